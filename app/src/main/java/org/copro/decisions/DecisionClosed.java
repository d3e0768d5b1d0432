package org.copro.decisions;

import java.time.LocalDate;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;
import org.jspecify.annotations.Nullable;

/**
 * A decision closed and its outcome was recorded: what the group decided, for the
 * accountability log to track what was done with it by the review date.
 *
 * @param decision the decision's id
 * @param title what was decided on
 * @param outcome the outcome statement
 * @param reviewOn when the decision is to be reviewed
 * @param facilitator who ran the decision and recorded the outcome
 * @param scope the project or group the decision belongs to, e.g. {@code project:7}; null
 * for none
 */
public record DecisionClosed(long decision, String title, String outcome, LocalDate reviewOn, AccountId facilitator,
		@Nullable String scope) implements InputReceived {

	@Override
	public String tool() {
		return "decisions";
	}

	@Override
	public String reference() {
		return "decision:" + decision;
	}

	@Override
	public Long authorAccount() {
		return facilitator.value();
	}

	@Override
	public String excerpt() {
		return title + ": " + outcome;
	}

	@Override
	public String path() {
		return "/decisions/" + decision + "/outcome";
	}
}
