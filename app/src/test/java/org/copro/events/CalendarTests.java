package org.copro.events;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.copro.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar file parses back, with one event per session in UTC, text escaped and long
 * lines folded.
 */
class CalendarTests {

	@Test
	void anEventWithTwoSessionsBecomesTwoCalendarEventsThatParseBack() throws Exception {
		String description = "Commas, semicolons; and backslashes \\ all escaped. " + "A long line. ".repeat(20);
		Event event = new Event(
				new EventDetails("Co-production, part 1; basics", "Cydgynhyrchu", description, "", 20, ""),
				new AccountId(1));
		ReflectionTestUtils.setField(event, "id", 42L);
		// 10:00 on a British Summer Time day is 09:00 UTC.
		EventSession first = session(1L, "Introduction", Instant.parse("2027-06-14T09:00:00Z"), "Hall, 1 High St",
				null);
		EventSession second = session(2L, "Case studies", Instant.parse("2027-06-21T09:00:00Z"), null,
				"https://meet.example.org/room");
		String ics = EventCalendar.of(event, List.of(first, second), Locale.ENGLISH, "https://copro.example.org",
				"copro.example.org");

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
		assertThat(ics).contains("DTSTART:20270614T090000Z").contains("DTEND:20270614T113000Z");
		assertThat(ics).contains("SUMMARY:Co-production\\, part 1\\; basics: Introduction");
		assertThat(ics.split("\r\n"))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		assertThat(parsed.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
		assertThat(parsed.getProperty(Property.PRODID)).isPresent();
		List<VEvent> events = parsed.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		VEvent back = events.getFirst();
		assertThat(back.getProperty(Property.SUMMARY).map(Property::getValue))
			.contains("Co-production, part 1; basics: Introduction");
		assertThat(back.getProperty(Property.LOCATION).map(Property::getValue)).contains("Hall, 1 High St");
		assertThat(back.getProperty(Property.DESCRIPTION).map(Property::getValue)).contains(description.strip());
		assertThat(back.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).distinct())
			.containsExactly("event-42-session-1@copro.example.org", "event-42-session-2@copro.example.org");
		assertThat(events.get(1).getProperty(Property.URL).map(Property::getValue))
			.contains("https://meet.example.org/room");
	}

	@Test
	void welshReadersGetTheWelshTitleAndEnglishWhenThereIsNoWelsh() {
		Event event = new Event(new EventDetails("English title", "Teitl Cymraeg", "English only.", "", 5, ""),
				new AccountId(1));
		assertThat(event.title(Locale.forLanguageTag("cy"))).isEqualTo("Teitl Cymraeg");
		assertThat(event.title(Locale.ENGLISH)).isEqualTo("English title");
		assertThat(event.paragraphs(Locale.forLanguageTag("cy"))).containsExactly("English only.");
	}

	@Test
	void answersThatSayTheSameThingAreGroupedTogether() {
		assertThat(ExerciseSummary.normalise("Sharing power!")).isEqualTo(ExerciseSummary.normalise("  sharing POWER"));
		assertThat(ExerciseSummary.normalise("Power and sharing"))
			.isEqualTo(ExerciseSummary.normalise("sharing power"));
		assertThat(ExerciseSummary.normalise("Time")).isNotEqualTo(ExerciseSummary.normalise("Money"));
	}

	@Test
	void datesAndTimesAreReadAsPeopleInTheUkWriteThem() {
		assertThat(EventsAdminController.date("14/03/2027")).isEqualTo(java.time.LocalDate.of(2027, 3, 14));
		assertThat(EventsAdminController.date("2027-03-14")).isEqualTo(java.time.LocalDate.of(2027, 3, 14));
		assertThat(EventsAdminController.date("31/02/2027")).isNull();
		assertThat(EventsAdminController.time("9.30")).isEqualTo(java.time.LocalTime.of(9, 30));
		assertThat(EventsAdminController.time("25:00")).isNull();
	}

	private static EventSession session(long id, String title, Instant start, String place, String link) {
		EventSession session = new EventSession(42L, title, "en", start, start.plusSeconds(9000), place, link);
		ReflectionTestUtils.setField(session, "id", id);
		return session;
	}

}
