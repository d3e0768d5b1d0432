package org.copro.engines.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copro.engines.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PbReaderTests {

	@Test
	void readsSectionsQuotesAndListCells() {
		PbFile file = Fixtures.read("small_approval.pb");
		assertThat(file.meta()).containsEntry("description", "Small test; with a quoted separator");
		assertThat(file.budget()).isEqualByComparingTo("100");
		assertThat(file.voteType()).isEqualTo(VoteType.APPROVAL);
		assertThat(file.rule()).isEqualTo("greedy");
		assertThat(file.projects()).extracting(PbProject::id).containsExactly("a", "b", "c", "d");
		assertThat(file.projects().get(0).fields()).containsEntry("name", "Park \"green\"");
		assertThat(file.projects()).filteredOn(PbProject::selected).extracting(PbProject::id).containsExactly("a", "b");
		assertThat(file.votes()).hasSize(6);
		assertThat(file.votes().get(0).projects()).containsExactly("a", "b");
		assertThat(file.votes().get(0).line()).isEqualTo(20);
		assertThat(file.limitViolations()).isEmpty();
	}

	@Test
	void readsPointsOfCumulativeBallots() {
		PbFile file = Fixtures.read("small_cumulative.pb");
		assertThat(file.voteType()).isEqualTo(VoteType.CUMULATIVE);
		assertThat(file.votes().get(2).points()).containsExactly(BigDecimal.ONE, new BigDecimal("3"), BigDecimal.ONE);
	}

	@Test
	void toleratesByteOrderMarkCarriageReturnsAndQuotedLineBreaks() {
		String text = "\uFEFFMETA\r\nkey;value\r\nbudget;10\r\nnote;\"two\r\nlines\"\r\nPROJECTS\r\nproject_id;cost\r\n"
				+ "p1;5\r\n\r\nVOTES\r\nvoter_id;vote\r\nv1;p1\r\n";
		PbFile file = PbReader.parse(text);
		assertThat(file.meta()).containsKey("budget");
		assertThat(file.meta().get("note")).isEqualTo("two\r\nlines");
		assertThat(file.votes().get(0).line()).isEqualTo(12);
	}

	@Test
	void unknownProjectIsAnErrorWithItsLine() {
		assertThatThrownBy(() -> Fixtures.read("bad_unknown_project.pb")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("bad_unknown_project.pb:11: voter '2' votes for unknown project 'z'")
			.satisfies(error -> assertThat(((InvalidInputException) error).line()).isEqualTo(11));
	}

	@Test
	void costThatIsNotANumberIsAnErrorWithItsLine() {
		assertThatThrownBy(() -> Fixtures.read("bad_cost.pb")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(":7: cost of project 'b' is not a number: 'forty'");
	}

	@Test
	void structuralProblemsNameTheirLines() {
		assertThatThrownBy(() -> PbReader.parse("PROJECTS\nproject_id;cost\n"))
			.hasMessage("line 1: section PROJECTS found where META was expected");
		assertThatThrownBy(() -> PbReader.parse("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;name\n"))
			.hasMessage("line 5: PROJECTS header lacks the column 'cost'");
		assertThatThrownBy(() -> PbReader.parse("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\np;1\np;2\n"))
			.hasMessage("line 7: project 'p' appears twice (first on line 6)");
		assertThatThrownBy(() -> PbReader.parse("META\nkey;value\nbudget;10\nnote;\"open\n"))
			.hasMessage("line 4: a quoted cell is never closed");
		assertThatThrownBy(() -> PbReader.parse("META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\n"
				+ "project_id;cost\np;1\nVOTES\nvoter_id;vote;points\nv;p;1,2\n"))
			.hasMessage("line 10: voter 'v' has 1 projects but 2 points");
	}

	@Test
	void ballotsThatBreakTheirMetaLimitsAreReportedWithLines() {
		PbFile file = Fixtures.read("bad_limits.pb");
		assertThat(file.limitViolations()).extracting(PbFile.LimitViolation::line).containsExactly(17, 18);
		assertThat(file.limitViolations().get(0).problem()).contains("lists 3 projects, more than max_length 2");
		assertThat(file.limitViolations().get(1).problem()).contains("lists 0 projects, fewer than min_length 1");
	}

	@Test
	void aProjectListedTwiceCountsOnceAndIsReported() {
		PbFile file = PbReader.parse("META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n"
				+ "p;1\nq;1\nVOTES\nvoter_id;vote;points\nv;p,q,p;1,2,3\n");
		assertThat(file.votes().get(0).projects()).containsExactly("p", "q");
		assertThat(file.votes().get(0).points()).containsExactly(new BigDecimal("4"), new BigDecimal("2"));
		assertThat(file.limitViolations()).singleElement()
			.satisfies(v -> assertThat(v.line()).isEqualTo(11))
			.satisfies(v -> assertThat(v.problem()).contains("lists a project more than once"));
	}

	@Test
	void pointsAboveTheDeclaredSumAreReported() {
		PbFile file = PbReader.parse("META\nkey;value\nbudget;10\nvote_type;cumulative\nmax_sum_points;3\n"
				+ "PROJECTS\nproject_id;cost\np;1\nq;2\nVOTES\nvoter_id;vote;points\nv;p,q;2,2\n");
		assertThat(file.limitViolations()).singleElement()
			.satisfies(v -> assertThat(v.line()).isEqualTo(12))
			.satisfies(v -> assertThat(v.problem()).contains("4 points in total, above max_sum_points 3"));
	}

	@Test
	void writerOutputReadsBackAsTheSameElection(@TempDir Path directory) throws Exception {
		PbFile original = Fixtures.read("small_cumulative.pb");
		Path copy = directory.resolve("copy.pb");
		PbWriter.write(Fixtures.read("small_approval.pb"), copy);
		PbFile approval = PbReader.read(copy);
		assertThat(approval.meta()).isEqualTo(Fixtures.read("small_approval.pb").meta());
		assertThat(approval.projects().get(0).fields()).containsEntry("name", "Park \"green\"");
		PbFile again = PbReader.parse(PbWriter.toText(original));
		assertThat(again.votes()).extracting(PbVote::projects)
			.isEqualTo(original.votes().stream().map(PbVote::projects).toList());
		assertThat(again.votes()).extracting(PbVote::points)
			.isEqualTo(original.votes().stream().map(PbVote::points).toList());
		assertThat(Files.readString(copy))
			.startsWith("META\nkey;value\ndescription;\"Small test; with a quoted separator\"\n");
		assertThat(PbTally.tally(again, TallyOptions.mes()).selected())
			.isEqualTo(PbTally.tally(original, TallyOptions.mes()).selected());
		assertThat(List.of(approval.voteColumns())).isNotEmpty();
	}

}
