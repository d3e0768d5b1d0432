package org.copro.events;

import org.copro.web.ParticipationTool;
import org.springframework.stereotype.Component;

/** Offers events and workshops on the home page and in the menu. */
@Component
class EventsTool implements ParticipationTool {

	private final EventRepository events;

	EventsTool(EventRepository events) {
		this.events = events;
	}

	@Override
	public String id() {
		return "events";
	}

	@Override
	public String nameKey() {
		return "events.tool.name";
	}

	@Override
	public String menuKey() {
		return "events.tool.menu";
	}

	@Override
	public String descriptionKey() {
		return "events.tool.description";
	}

	@Override
	public String path() {
		return "/events";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public long count() {
		return events.count();
	}

}
