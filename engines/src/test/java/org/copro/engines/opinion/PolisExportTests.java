package org.copro.engines.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.copro.engines.InvalidInputException;
import org.junit.jupiter.api.Test;

class PolisExportTests {

	static Path resource(String name) {
		try {
			return Path.of(PolisExportTests.class.getResource("/opinion/" + name).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void votesCsvKeepsTheLatestVoteOfEachParticipantOnEachStatement() {
		VoteMatrix votes = PolisExport.readVotes(resource("votes.csv"));

		assertThat(votes.participants()).containsExactly("0", "1", "10");
		assertThat(votes.statements()).containsExactly("0", "1", "2");
		assertThat(votes.voteCount()).isEqualTo(5);
		// Participant 0 agreed with 0 at 1000 and disagreed at 1010: the later vote wins.
		assertThat(votes.vote(0, 0)).isEqualTo(VoteMatrix.DISAGREE);
		// On statement 1 the later timestamp (1005) wins even though it comes later in
		// the file too.
		assertThat(votes.vote(0, 1)).isEqualTo(VoteMatrix.AGREE);
		assertThat(votes.vote(1, 2)).isEqualTo(VoteMatrix.PASS);
		assertThat(votes.vote(1, 1)).isNull();
	}

	@Test
	void theLatestTimestampWinsEvenWhenItComesFirstInTheFile() {
		VoteMatrix votes = VoteMatrix.builder().add("p", "s", 1, 20).add("p", "s", -1, 10).build();

		assertThat(votes.vote(0, 0)).isEqualTo(VoteMatrix.AGREE);
	}

	@Test
	void wideParticipantsVotesCsvReadsOneColumnPerStatement() {
		VoteMatrix votes = PolisExport.readVotes(resource("participants-votes.csv"));

		assertThat(votes.participants()).containsExactly("0", "1", "10");
		assertThat(votes.statements()).containsExactly("0", "1", "2");
		assertThat(votes.voteCount()).isEqualTo(5);
		assertThat(votes.vote(0, 0)).isEqualTo(VoteMatrix.DISAGREE);
		assertThat(votes.vote(1, 2)).isEqualTo(VoteMatrix.PASS);
		assertThat(votes.vote(2, 2)).isEqualTo(VoteMatrix.AGREE);
		assertThat(votes.vote(0, 2)).isNull();
	}

	@Test
	void commentsCsvCarriesModerationAndMultiLineBodies() {
		List<Statement> statements = PolisExport.readComments(resource("comments.csv"));

		assertThat(statements).extracting(Statement::id).containsExactly("0", "1", "2");
		assertThat(statements).extracting(Statement::excluded).containsExactly(false, true, false);
		assertThat(statements.get(1).text()).isEqualTo("Spam, spam\nand more spam");
	}

	@Test
	void aBadVoteNamesTheFileAndLine() {
		Path file = resource("bad-vote.csv");

		assertThatThrownBy(() -> PolisExport.readVotes(file)).isInstanceOf(InvalidInputException.class)
			.hasMessage(file + ":3: vote must be 1 (agree), -1 (disagree) or 0 (pass), not '2'")
			.satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
	}

	@Test
	void aBadModerationNamesTheLineAfterAMultiLineBody() {
		Path file = resource("bad-moderation.csv");

		assertThatThrownBy(() -> PolisExport.readComments(file)).isInstanceOf(InvalidInputException.class)
			.hasMessage(file + ":4: moderated must be -1, 0 or 1, not 'maybe'");
	}

	@Test
	void anUnknownHeaderIsRejected() {
		Path file = resource("comments.csv");

		assertThatThrownBy(() -> PolisExport.readVotes(file)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith(file + ":1: unknown header");
	}

}
