package org.copro.engines.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.copro.engines.InvalidInputException;
import org.junit.jupiter.api.Test;

class RankedChoiceTests {

	private static void add(List<List<String>> ballots, int copies, String... ranking) {
		ballots.addAll(Collections.nCopies(copies, List.of(ranking)));
	}

	@Test
	void instantRunoffElectsKnoxvilleInTheTennesseeCapitalExample() {
		// The classic example: Memphis leads on first preferences but lacks a majority.
		List<List<String>> ballots = new ArrayList<>();
		add(ballots, 42, "Memphis", "Nashville", "Chattanooga", "Knoxville");
		add(ballots, 26, "Nashville", "Chattanooga", "Knoxville", "Memphis");
		add(ballots, 15, "Chattanooga", "Knoxville", "Nashville", "Memphis");
		add(ballots, 17, "Knoxville", "Chattanooga", "Nashville", "Memphis");

		RankedChoice.Result result = RankedChoice
			.instantRunoff(List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"), ballots);

		assertThat(result.elected()).containsExactly("Knoxville");
		assertThat(result.quota()).isEqualTo(51);
		assertThat(result.rounds()).extracting(RankedChoice.Round::excluded)
			.containsExactly(List.of("Chattanooga"), List.of("Nashville"), List.of());
		assertThat(result.rounds().get(2).votes()).containsEntry("Knoxville", 58.0).containsEntry("Memphis", 42.0);
	}

	@Test
	void singleTransferableVoteElectsChocolateOrangesAndStrawberries() {
		// The food election used to explain STV: 20 voters, 3 seats, Droop quota 6.
		List<List<String>> ballots = new ArrayList<>();
		add(ballots, 4, "Oranges");
		add(ballots, 2, "Pears", "Oranges");
		add(ballots, 8, "Chocolate", "Strawberries");
		add(ballots, 4, "Chocolate", "Hamburgers");
		add(ballots, 1, "Strawberries");
		add(ballots, 1, "Hamburgers");

		RankedChoice.Result result = RankedChoice
			.singleTransferableVote(List.of("Oranges", "Pears", "Chocolate", "Strawberries", "Hamburgers"), ballots, 3);

		assertThat(result.elected()).containsExactly("Chocolate", "Oranges", "Strawberries");
		assertThat(result.quota()).isEqualTo(6);
		// Chocolate's surplus of 6 on 12 ballots moves at half value: 4 to Strawberries,
		// 2 to Hamburgers.
		assertThat(result.rounds().get(1).votes()).containsEntry("Strawberries", 5.0).containsEntry("Hamburgers", 3.0);
	}

	@Test
	void surplusesTransferInExactFractions() {
		// 7 ballots A>B and quota 4 (2 seats): A's surplus 3/7 per ballot, 3 in all,
		// exactly.
		List<List<String>> ballots = new ArrayList<>();
		add(ballots, 7, "A", "B");
		add(ballots, 2, "C");
		add(ballots, 2, "D");

		RankedChoice.Result result = RankedChoice.singleTransferableVote(List.of("A", "B", "C", "D"), ballots, 2);

		assertThat(result.rounds().get(1).votes().get("B")).isEqualTo(3.0);
		assertThat(result.elected()).containsExactly("A", "B");
	}

	@Test
	void tiesForExclusionLookBackToEarlierRounds() {
		// Round 1: B 3, C 2 (D 1 excluded, to C). Round 2: B 3, C 3 tie: B led before, so
		// C goes.
		List<List<String>> ballots = new ArrayList<>();
		add(ballots, 5, "A");
		add(ballots, 3, "B");
		add(ballots, 2, "C");
		add(ballots, 1, "D", "C");

		RankedChoice.Result result = RankedChoice.instantRunoff(List.of("A", "B", "C", "D"), ballots);

		assertThat(result.rounds()).extracting(RankedChoice.Round::excluded).startsWith(List.of("D"), List.of("C"));
	}

	@Test
	void aBallotRankingAnUnknownCandidateIsRefused() {
		assertThatThrownBy(() -> RankedChoice.instantRunoff(List.of("A", "B"), List.of(List.of("A"), List.of("Z"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("ballot 2 ranks 'Z', who is not a candidate");
	}

}
