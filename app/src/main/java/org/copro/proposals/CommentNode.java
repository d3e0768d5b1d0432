package org.copro.proposals;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One comment as the proposal page shows it, with the replies to it.
 *
 * @param comment the comment
 * @param authorName its author's display name, or null for a former participant
 * @param parentAuthorName the display name of the author of the comment it replies to, or
 * null
 * @param reply whether it replies to another comment
 * @param depth how deep in the thread: 0 for a comment on the proposal itself
 * @param replies the replies to it, oldest first
 */
record CommentNode(ProposalComment comment, @Nullable String authorName, @Nullable String parentAuthorName,
		boolean reply, int depth, List<CommentNode> replies) {
}
