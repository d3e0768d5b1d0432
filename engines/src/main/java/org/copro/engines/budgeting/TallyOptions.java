package org.copro.engines.budgeting;

/**
 * How to count an election.
 *
 * @param rule the rule
 * @param utility the satisfaction measure (MES: how costs are split; greedy: what is
 * maximised per cost)
 * @param completion what the Method of Equal Shares does with budget it leaves unspent
 * @param add1Start where Add1 starts: the exact per-voter budget, or that budget rounded
 * down
 * @param add1Stop when Add1 stops: at the first exhaustive outcome, or only before
 * overspending
 * @param comparison whether to run equalshares.net's comparison step against the greedy
 * outcome
 * @param greedySkip greedy: skip projects that do not fit (false: stop at the first one)
 * @param greedyThreshold greedy: minimum score (votes or points) a project needs, 0 for
 * none
 * @param tieBreaking how ties are decided
 * @param explain whether to report who paid how much for each MES winner
 */
public record TallyOptions(Rule rule, Utility utility, Completion completion, Add1Start add1Start, Add1Stop add1Stop,
		boolean comparison, boolean greedySkip, long greedyThreshold, TieBreaking tieBreaking, boolean explain) {

	/** The counting rules. */
	public enum Rule {

		/** The Method of Equal Shares. */
		MES,
		/** The utilitarian greedy rule. */
		GREEDY,
		/** Sequential Phragmén. */
		PHRAGMEN,
		/**
		 * The rule named in the file's META {@code rule} field, configured as that city
		 * used it.
		 */
		OFFICIAL

	}

	/** What the Method of Equal Shares does with the budget it leaves unspent. */
	public enum Completion {

		/** Nothing. */
		NONE,
		/**
		 * Add1: raise every voter's budget by one currency unit and rerun, while the
		 * outcome fits.
		 */
		ADD1,
		/**
		 * Add1, then fill what is left greedily (by votes for cost utilities, by points
		 * for points-cost).
		 */
		ADD1U,
		/** Fill what is left greedily, maximising the same utility per unit of cost. */
		UTILITARIAN

	}

	/** The per-voter budget of Add1's first run. */
	public enum Add1Start {

		/** The budget divided by the number of voters (pabutools). */
		EXACT,
		/** That amount rounded down to a whole currency unit (equalshares.net). */
		INTEGRAL

	}

	/** When Add1 stops raising budgets. */
	public enum Add1Stop {

		/**
		 * At the first outcome to which no further project can be added within the
		 * budget.
		 */
		EXHAUSTIVE,
		/** Only when the next raise would overspend the budget (Wieliczka 2023). */
		OVERSPEND

	}

	/** MES with cost utilities and Add1 as equalshares.net computes it. */
	public static TallyOptions mes() {
		return new TallyOptions(Rule.MES, Utility.COST, Completion.ADD1, Add1Start.INTEGRAL, Add1Stop.EXHAUSTIVE, false,
				true, 0, TieBreaking.DEFAULT, false);
	}

	/** The given rule with the defaults of {@link #mes()}. */
	public static TallyOptions of(Rule rule) {
		return mes().withRule(rule);
	}

	public TallyOptions withRule(Rule newRule) {
		return new TallyOptions(newRule, utility, completion, add1Start, add1Stop, comparison, greedySkip,
				greedyThreshold, tieBreaking, explain);
	}

	public TallyOptions withUtility(Utility newUtility) {
		return new TallyOptions(rule, newUtility, completion, add1Start, add1Stop, comparison, greedySkip,
				greedyThreshold, tieBreaking, explain);
	}

	public TallyOptions withCompletion(Completion newCompletion) {
		return new TallyOptions(rule, utility, newCompletion, add1Start, add1Stop, comparison, greedySkip,
				greedyThreshold, tieBreaking, explain);
	}

	public TallyOptions withAdd1(Add1Start start, Add1Stop stop) {
		return new TallyOptions(rule, utility, completion, start, stop, comparison, greedySkip, greedyThreshold,
				tieBreaking, explain);
	}

	public TallyOptions withComparison(boolean newComparison) {
		return new TallyOptions(rule, utility, completion, add1Start, add1Stop, newComparison, greedySkip,
				greedyThreshold, tieBreaking, explain);
	}

	public TallyOptions withGreedy(boolean skip, long threshold) {
		return new TallyOptions(rule, utility, completion, add1Start, add1Stop, comparison, skip, threshold,
				tieBreaking, explain);
	}

	public TallyOptions withTieBreaking(TieBreaking newTieBreaking) {
		return new TallyOptions(rule, utility, completion, add1Start, add1Stop, comparison, greedySkip, greedyThreshold,
				newTieBreaking, explain);
	}

	public TallyOptions withExplain(boolean newExplain) {
		return new TallyOptions(rule, utility, completion, add1Start, add1Stop, comparison, greedySkip, greedyThreshold,
				tieBreaking, newExplain);
	}
}
