package org.copro.knowledge;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/**
 * Offers the knowledge base on the home page and in the menu, first of all the parts.
 */
@Component
class KnowledgeTool implements ParticipationTool {

	private final KnowledgeEntryRepository entries;

	KnowledgeTool(KnowledgeEntryRepository entries) {
		this.entries = entries;
	}

	@Override
	public String id() {
		return "knowledge";
	}

	@Override
	public String nameKey() {
		return "knowledge.nav";
	}

	@Override
	public String descriptionKey() {
		return "knowledge.tool.description";
	}

	@Override
	public String path() {
		return "/knowledge";
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public long count() {
		return entries.countByStatus(EntryStatus.PUBLISHED);
	}

}
