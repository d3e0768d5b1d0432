package org.copro.directory;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;

/**
 * A member posted in a local group (a thread, a reply or an announcement): input that
 * deserves a response.
 *
 * @param group the group's id
 * @param post the post's id
 * @param thread the thread the post belongs to (the post itself when it opens one)
 * @param author who wrote it
 * @param text what they wrote
 * @param language the language it is written in, {@code en} or {@code cy}
 */
public record GroupPostPublished(long group, long post, long thread, AccountId author, String text,
		String language) implements InputReceived {

	@Override
	public String tool() {
		return "directory";
	}

	@Override
	public String reference() {
		return "post:" + post;
	}

	@Override
	public Long authorAccount() {
		return author.value();
	}

	@Override
	public String excerpt() {
		return text;
	}

	@Override
	public String path() {
		return "/directory/groups/" + group + "/threads/" + thread;
	}

	@Override
	public String scope() {
		return "group:" + group;
	}
}
