package org.copro.engines.budgeting;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of counting one election.
 *
 * @param rule what was counted, e.g. {@code mes/cost/add1}
 * @param selected the funded projects, in the order the rule chose them
 * @param totalCost their total cost
 * @param budget the budget
 * @param ties every tie the rule met that changed which project came first, and how it
 * was decided
 * @param addedByCompletion projects added after the main rule (utilitarian completion)
 * @param endowment for the Method of Equal Shares: the budget per voter of the final run
 * @param comparison for the comparison step: what the voters preferred, or null when not
 * run
 * @param payments for the Method of Equal Shares with explanation: who paid how much, per
 * winner
 */
public record Outcome(String rule, List<String> selected, BigDecimal totalCost, BigDecimal budget, List<Tie> ties,
		List<String> addedByCompletion, @Nullable BigDecimal endowment, @Nullable Comparison comparison,
		List<Payment> payments) {

	public Outcome {
		selected = List.copyOf(selected);
		ties = List.copyOf(ties);
		addedByCompletion = List.copyOf(addedByCompletion);
		payments = List.copyOf(payments);
	}

	/**
	 * A tie between projects the rule found equally good at one step.
	 *
	 * @param step the step of the rule (1 for its first choice)
	 * @param tied the tied projects
	 * @param chosen the project taken
	 * @param decidedBy the tie-breaking criterion that decided it ({@code unresolved} if
	 * none did)
	 */
	public record Tie(int step, List<String> tied, String chosen, String decidedBy) {

		public Tie {
			tied = List.copyOf(tied);
		}
	}

	/**
	 * The comparison step: voters who are better off with the MES outcome or with the
	 * greedy one.
	 *
	 * @param prefersMes voters who approve more winners of the MES outcome
	 * @param prefersGreedy voters who approve more winners of the greedy outcome
	 * @param keptMes whether the MES outcome stood
	 */
	public record Comparison(long prefersMes, long prefersGreedy, boolean keptMes) {
	}

	/**
	 * How the supporters of one winner paid for it.
	 *
	 * @param project the winner
	 * @param cost its cost
	 * @param shares groups of supporters who paid the same amount each
	 */
	public record Payment(String project, BigDecimal cost, List<Share> shares) {

		public Payment {
			shares = List.copyOf(shares);
		}
	}

	/**
	 * Voters who paid the same amount for a winner.
	 *
	 * @param amount what each paid, rounded to a hundredth of the currency unit
	 * @param voters how many paid it
	 * @param exhausted whether this payment used up the rest of their budget
	 */
	public record Share(BigDecimal amount, long voters, boolean exhausted) {
	}
}
