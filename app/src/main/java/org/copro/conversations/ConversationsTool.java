package org.copro.conversations;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/**
 * Offers conversations on the home page and in the menu.
 */
@Component
class ConversationsTool implements ParticipationTool {

	private final ConversationRepository conversations;

	ConversationsTool(ConversationRepository conversations) {
		this.conversations = conversations;
	}

	@Override
	public String id() {
		return "conversations";
	}

	@Override
	public String nameKey() {
		return "conversations.list.title";
	}

	@Override
	public String descriptionKey() {
		return "conversations.tool.description";
	}

	@Override
	public String path() {
		return "/conversations";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public long count() {
		return conversations.count();
	}

	@Override
	public boolean takesPart() {
		return true;
	}

}
