package org.copro.engines.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copro.engines.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChoiceTallyTests {

	private static final List<String> OPTIONS = List.of("park", "library", "pool");

	@Test
	void approvalCountsEachApprovalAndRanksTiesInListedOrder() {
		ChoiceTally.Result result = ChoiceTally.approval(OPTIONS,
				List.of(Set.of("park", "pool"), Set.of("library"), Set.of("pool", "library")), 1, 2);

		assertThat(result.totals()).containsExactly(Map.entry("park", 1L), Map.entry("library", 2L),
				Map.entry("pool", 2L));
		assertThat(result.ranking()).containsExactly("library", "pool", "park");
		assertThat(result.winners()).containsExactly("library", "pool");
	}

	@Test
	void approvalOutsideTheLimitsIsRefusedNamingTheBallot() {
		assertThatThrownBy(
				() -> ChoiceTally.approval(OPTIONS, List.of(Set.of("park"), Set.of("park", "pool", "library")), 1, 2))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("ballot 2 approves 3 options; this poll takes 1 to 2");
	}

	@Test
	void scoreGivesUnmentionedOptionsTheLowestScore() {
		ChoiceTally.Result result = ChoiceTally.score(OPTIONS,
				List.of(Map.of("park", 5, "pool", 2), Map.of("library", 4)), 0, 5);

		assertThat(result.totals()).containsEntry("park", 5L).containsEntry("library", 4L).containsEntry("pool", 2L);
		assertThat(result.average("park")).isEqualTo(2.5);
		assertThatThrownBy(() -> ChoiceTally.score(OPTIONS, List.of(Map.of("park", 6)), 0, 5))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("ballot 1 scores 'park' 6");
	}

	@Test
	void dotVotesAddUpAndMayNotExceedTheDots() {
		ChoiceTally.Result result = ChoiceTally.dotVote(OPTIONS,
				List.of(Map.of("park", 3), Map.of("park", 1, "pool", 2)), 3);

		assertThat(result.totals()).containsEntry("park", 4L).containsEntry("pool", 2L);
		assertThatThrownBy(() -> ChoiceTally.dotVote(OPTIONS, List.of(Map.of("park", 2, "pool", 2)), 3))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("ballot 1 places 4 dots; each voter has 3");
	}

	@Test
	void theBestMeetingTimeHasMostYesThenMostIfNeedBe() {
		List<String> slots = List.of("mon", "tue", "wed");
		ChoiceTally.Result result = ChoiceTally.meetingTime(slots,
				List.of(Map.of("mon", Availability.YES, "tue", Availability.YES, "wed", Availability.NO),
						Map.of("mon", Availability.NO, "tue", Availability.IF_NEED_BE, "wed", Availability.YES),
						Map.of("mon", Availability.YES, "tue", Availability.YES, "wed", Availability.IF_NEED_BE)));

		assertThat(result.ranking()).containsExactly("tue", "mon", "wed");
	}

	@Test
	void aSenseCheckCountsOneAnswerEach() {
		ChoiceTally.Result result = ChoiceTally.singleChoice(List.of("looks good", "not sure", "concerned"),
				List.of("looks good", "concerned", "looks good"));

		assertThat(result.winners()).containsExactly("looks good");
		assertThatThrownBy(() -> ChoiceTally.singleChoice(OPTIONS, List.of("park", "zoo")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("ballot 2 names 'zoo', which is not an option of this poll");
	}

}
