package org.copro.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The exercise summary as CSV for commissioners: one row per group of answers. */
final class EventReportCsv {

	private EventReportCsv() {
	}

	static String of(ExerciseSummary summary, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader("question", "theme", "answer", "count").get())) {
			for (ExerciseSummary.QuestionSummary question : summary.questions()) {
				for (ExerciseSummary.Group group : question.groups()) {
					csv.printRecord(question.question().text(locale), group.theme() == null ? "" : group.theme(),
							group.text(), group.count());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
