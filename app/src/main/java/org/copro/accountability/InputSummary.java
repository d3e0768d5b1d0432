package org.copro.accountability;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A piece of input and where its response stands, as other modules (the projects
 * workspace) show it.
 *
 * @param id the input's id in the log; its page is {@code /you-said-we-did/{id}}
 * @param tool the tool it arrived in, e.g. {@code conversations}
 * @param reference its key within the tool
 * @param excerpt what was said, or its first words
 * @param language the language the excerpt is written in, {@code en} or {@code cy}, or
 * null when its tool did not say
 * @param path the page where it can be seen
 * @param scope the project or group it belongs to, or null
 * @param receivedAt when it arrived
 * @param status the latest response's status, or null while it waits
 * @param response what the latest response says was done, or null while it waits
 * @param responseLanguage the language the response is written in, {@code en} or
 * {@code cy}, or null while it waits
 * @param answeredAt when the latest response was given, or null while it waits
 */
public record InputSummary(long id, String tool, String reference, String excerpt, @Nullable String language,
		String path, @Nullable String scope, Instant receivedAt, @Nullable ActionStatus status,
		@Nullable String response, @Nullable String responseLanguage, @Nullable Instant answeredAt) {

	/** Whether the input still waits for a response. */
	public boolean waiting() {
		return status == null;
	}

	/** The page of the input in the log. */
	public String logPath() {
		return "/you-said-we-did/" + id;
	}
}
