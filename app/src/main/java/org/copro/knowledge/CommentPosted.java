package org.copro.knowledge;

import org.copro.web.InputReceived;

/**
 * Someone commented on a knowledge-base entry: input that deserves a visible response.
 *
 * @param entry the entry's id
 * @param comment the comment's id
 * @param author the account id of who wrote it
 * @param text what they wrote
 * @param language the language it is written in, {@code en} or {@code cy}
 */
public record CommentPosted(long entry, long comment, long author, String text,
		String language) implements InputReceived {

	@Override
	public String tool() {
		return "knowledge";
	}

	@Override
	public String reference() {
		return "comment:" + comment;
	}

	@Override
	public Long authorAccount() {
		return author;
	}

	@Override
	public String excerpt() {
		return text;
	}

	@Override
	public String path() {
		return "/knowledge/" + entry + "#comment-" + comment;
	}
}
