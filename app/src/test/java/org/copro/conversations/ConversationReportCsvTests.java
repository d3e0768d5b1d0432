package org.copro.conversations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationReportCsvTests {

	@Test
	void quotesCellsAsRfc4180AndDefusesFormulas() {
		StringBuilder csv = new StringBuilder();
		ConversationReportController.row(csv, List.of("1", "a,b", "say \"hi\"", "=1+1", "@cmd", "-5", "two\nlines"));
		assertThat(csv).hasToString("1,\"a,b\",\"say \"\"hi\"\"\",'=1+1,'@cmd,-5,\"two\nlines\"\r\n");
	}

	@Test
	void percentagesAreWholeSharesOfThoseWhoSawTheStatement() {
		assertThat(ConversationReport.Percentages.of(2, 1, 0))
			.isEqualTo(new ConversationReport.Percentages(67, 33, 0, 3));
		assertThat(ConversationReport.Percentages.of(0, 0, 0))
			.isEqualTo(new ConversationReport.Percentages(0, 0, 0, 0));
	}

	@Test
	void eachGroupHasItsOwnMarkerShape() {
		assertThat(ConversationReport.marker("square", 10, 10)).isEqualTo("M5 5h10v10h-10z");
		assertThat(ConversationReport.marker("circle", 10, 10)).startsWith("M4 10a6 6");
		assertThat(ConversationReport.marker("ungrouped", 10.25, 10)).startsWith("M6.3 10a4 4");
	}

}
