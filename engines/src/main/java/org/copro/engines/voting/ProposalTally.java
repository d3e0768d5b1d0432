package org.copro.engines.voting;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.copro.engines.InvalidInputException;

/**
 * Tallies a proposal (agree / abstain / disagree / block) or a consent decision (consent
 * or object), with a quorum: the share of eligible members who must take part for the
 * result to stand.
 *
 * <p>
 * The rules are those of sociocratic consent decision-making (Endenburg, "Sociocracy: the
 * organization of decision-making", 1998) and of Loomio's proposals: one block or one
 * objection stops a decision, an abstention counts towards the quorum but not towards the
 * majority.
 */
public final class ProposalTally {

	private ProposalTally() {
	}

	/**
	 * The counts and outcome of a decision.
	 *
	 * @param counts votes per stance (consent decisions use AGREE for consent and BLOCK
	 * for objection)
	 * @param voted how many took part
	 * @param eligible how many could take part
	 * @param quorumMet whether enough took part
	 */
	public record Result(Map<Stance, Integer> counts, int voted, int eligible, boolean quorumMet, Outcome outcome) {

		public Result {
			counts = Map.copyOf(counts);
		}

		/** Share of those eligible who took part. */
		public double participation() {
			return eligible == 0 ? 0 : (double) voted / eligible;
		}
	}

	/**
	 * A proposal: blocked if anyone blocks; otherwise passed when the quorum is met and
	 * agrees outnumber disagrees; rejected otherwise.
	 * @param quorum share of eligible members who must vote, from 0 (no quorum) to 1
	 */
	public static Result proposal(Collection<Stance> votes, int eligible, double quorum) {
		Map<Stance, Integer> counts = count(votes, eligible, quorum);
		boolean quorumMet = quorumMet(votes.size(), eligible, quorum);
		Outcome outcome;
		if (counts.get(Stance.BLOCK) > 0) {
			outcome = Outcome.BLOCKED;
		}
		else if (!quorumMet) {
			outcome = Outcome.NO_QUORUM;
		}
		else {
			outcome = counts.get(Stance.AGREE) > counts.get(Stance.DISAGREE) ? Outcome.PASSED : Outcome.REJECTED;
		}
		return new Result(counts, votes.size(), eligible, quorumMet, outcome);
	}

	/**
	 * A consent decision: each vote consents ({@code true}) or objects; it passes when
	 * the quorum is met and nobody objects.
	 */
	public static Result consent(Collection<Boolean> consents, int eligible, double quorum) {
		int objections = (int) consents.stream().filter(c -> !c).count();
		Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
		for (Stance stance : Stance.values()) {
			counts.put(stance, 0);
		}
		counts.put(Stance.AGREE, consents.size() - objections);
		counts.put(Stance.BLOCK, objections);
		checkSizes(consents.size(), eligible, quorum);
		boolean quorumMet = quorumMet(consents.size(), eligible, quorum);
		Outcome outcome = objections > 0 ? Outcome.BLOCKED : quorumMet ? Outcome.PASSED : Outcome.NO_QUORUM;
		return new Result(counts, consents.size(), eligible, quorumMet, outcome);
	}

	/**
	 * A proposal whose quorum is a number of votes rather than a share of the members,
	 * for groups whose membership is not counted; the result reports those who voted as
	 * the eligible.
	 * @param minimumVotes how many must vote for the result to stand (0: no quorum)
	 */
	public static Result proposal(Collection<Stance> votes, int minimumVotes) {
		requireMinimum(minimumVotes);
		int eligible = Math.max(votes.size(), minimumVotes);
		return proposal(votes, eligible, eligible == 0 ? 0 : (double) minimumVotes / eligible);
	}

	/**
	 * A consent decision whose quorum is a number of votes, as
	 * {@link #proposal(Collection, int)}.
	 */
	public static Result consent(Collection<Boolean> consents, int minimumVotes) {
		requireMinimum(minimumVotes);
		int eligible = Math.max(consents.size(), minimumVotes);
		return consent(consents, eligible, eligible == 0 ? 0 : (double) minimumVotes / eligible);
	}

	private static void requireMinimum(int minimumVotes) {
		if (minimumVotes < 0) {
			throw new InvalidInputException("the quorum must be 0 or more votes, not " + minimumVotes);
		}
	}

	private static Map<Stance, Integer> count(Collection<Stance> votes, int eligible, double quorum) {
		checkSizes(votes.size(), eligible, quorum);
		Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
		for (Stance stance : Stance.values()) {
			counts.put(stance, 0);
		}
		for (Stance vote : votes) {
			counts.merge(vote, 1, Integer::sum);
		}
		return counts;
	}

	private static void checkSizes(int voted, int eligible, double quorum) {
		if (voted > eligible) {
			throw new InvalidInputException(voted + " votes from only " + eligible + " eligible members");
		}
		if (!(quorum >= 0 && quorum <= 1)) {
			throw new InvalidInputException("quorum must be a share between 0 and 1, not " + quorum);
		}
	}

	/**
	 * The quorum is a share of the eligible; it is met when at least that share took
	 * part.
	 */
	private static boolean quorumMet(int voted, int eligible, double quorum) {
		// Compare in integers where possible so that 0.5 of 10 needs exactly 5.
		return voted >= Math.ceil(quorum * eligible - 1e-9);
	}

}
