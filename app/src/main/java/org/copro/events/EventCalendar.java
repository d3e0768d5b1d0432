package org.copro.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An event's sessions as an iCalendar (RFC 5545) file, written by ical4j: times in UTC,
 * text escaped and folded.
 */
final class EventCalendar {

	private EventCalendar() {
	}

	static String of(Event event, List<EventSession> sessions, Locale locale, String baseUrl, String host) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//CoPro//Events//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		String title = event.title(locale);
		String description = String.join("\n\n", event.paragraphs(locale));
		URI page = URI.create(baseUrl + "/events/" + event.id());
		for (EventSession session : sessions) {
			VEvent component = new VEvent(session.startsAt(), session.endsAt(),
					session.title().isBlank() ? title : title + ": " + session.title());
			component.add(new Uid("event-" + event.id() + "-session-" + session.id() + "@" + host));
			String where = session.place() != null ? session.place() : session.onlineLink();
			if (where != null) {
				component.add(new Location(where));
			}
			if (!description.isBlank()) {
				component.add(new Description(description));
			}
			component.add(new Url(session.onlineLink() != null ? URI.create(session.onlineLink()) : page));
			calendar.add(component);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
