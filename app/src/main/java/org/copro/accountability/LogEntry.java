package org.copro.accountability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A piece of input as the log's pages show it.
 *
 * @param toolNameKey the message key of its tool's name, or null when the tool is not
 * installed
 * @param language the language the excerpt is written in, or null when its tool did not
 * say
 * @param author the author's name, shown only to those who may see it; null otherwise
 * @param authorFormer whether the author has deleted their account
 * @param waitingDays whole days since it arrived (while it waits) or until its first
 * answer came
 * @param latest its latest response, or null while it waits
 */
record LogEntry(long id, String tool, @Nullable String toolNameKey, String excerpt, @Nullable String language,
		String path, @Nullable String scope, LocalDate receivedOn, long waitingDays, @Nullable ActionStatus status,
		@Nullable ResponseView latest, @Nullable String author, boolean authorFormer) {

	/**
	 * The time zone in which dates are shown: the platform serves Wales and England
	 * first.
	 */
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	static LogEntry of(InputItem item, @Nullable String toolNameKey, @Nullable Response latest, Instant now,
			@Nullable String author) {
		return new LogEntry(item.id(), item.tool(), toolNameKey, item.excerpt(), item.language(), item.path(),
				item.scope(), item.receivedAt().atZone(ZONE).toLocalDate(),
				Math.max(0, Duration.between(item.receivedAt(), now).toDays()), item.status(),
				latest == null ? null : ResponseView.of(latest), author, item.authorFormer());
	}

	public boolean waiting() {
		return status == null;
	}

	/** Message key of the tag that shows its status. */
	public String statusKey() {
		return "accountability.status." + (status == null ? "WAITING" : status.name());
	}

	/** GOV.UK tag colour of its status. */
	public String statusClass() {
		return ResponseView.tagClass(status);
	}

	/** A response as shown: its text and reason are written in its language. */
	record ResponseView(ActionStatus status, String text, @Nullable String reason, String language,
			@Nullable String responder, LocalDate respondedOn) {

		static ResponseView of(Response response) {
			return new ResponseView(response.status(), response.text(), response.reason(), response.language(),
					response.responderName(), response.respondedAt().atZone(ZONE).toLocalDate());
		}

		public String statusKey() {
			return "accountability.status." + status.name();
		}

		public String statusClass() {
			return tagClass(status);
		}

		static String tagClass(@Nullable ActionStatus status) {
			return switch (status) {
				case null -> "govuk-tag--grey";
				case PLANNED -> "govuk-tag--blue";
				case IN_PROGRESS -> "govuk-tag--yellow";
				case DONE -> "govuk-tag--green";
				case NOT_POSSIBLE -> "govuk-tag--red";
			};
		}
	}
}
