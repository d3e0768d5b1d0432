package org.copro.budgeting;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A ballot as the form sent it, read without JavaScript: ticked boxes named
 * {@code projects}, or one number box per project named {@code points-ID} or
 * {@code rank-ID}. What a box says is kept to show it again, and a box that cannot be
 * read gets its own error.
 *
 * @param choices each readable choice: project id to points (1 when ticked) or rank
 * @param entered what each number box said, by project id, to show the form again
 * @param errors a problem per project box
 * @param unreadable whether a ticked value was not a project number at all
 */
record BallotInput(Map<Long, Integer> choices, Map<Long, String> entered, Map<Long, BallotProblem> errors,
		boolean unreadable) {

	static final int MAX_TEXT = 6;

	/** An empty ballot, or the voter's earlier one to change. */
	static BallotInput of(Map<Long, Integer> choices) {
		Map<Long, String> entered = new HashMap<>();
		choices.forEach((project, points) -> entered.put(project, Integer.toString(points)));
		return new BallotInput(new LinkedHashMap<>(choices), entered, Map.of(), false);
	}

	static BallotInput read(BudgetingProcess process, List<BudgetProject> ballotProjects,
			MultiValueMap<String, String> form) {
		Map<Long, Integer> choices = new LinkedHashMap<>();
		Map<Long, String> entered = new HashMap<>();
		Map<Long, BallotProblem> errors = new LinkedHashMap<>();
		boolean unreadable = false;
		BallotType type = process.ballotType();
		if (type.ticked()) {
			for (String value : form.getOrDefault("projects", List.of())) {
				try {
					choices.put(Long.parseLong(value.strip()), 1);
				}
				catch (NumberFormatException ex) {
					unreadable = true;
				}
			}
			return new BallotInput(choices, entered, errors, unreadable);
		}
		Map<Integer, Long> byRank = new HashMap<>();
		for (BudgetProject project : ballotProjects) {
			String name = (type.points() ? "points-" : "rank-") + project.id();
			String value = form.getFirst(name);
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				continue;
			}
			entered.put(project.id(), text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
			Integer number = text.matches("[0-9]{1,6}") ? Integer.valueOf(text) : null;
			if (type.points()) {
				if (number == null || number > process.pointsPerProject()) {
					errors.put(project.id(),
							new BallotProblem("budgeting.ballot.points.invalid", process.pointsPerProject()));
				}
				else if (number > 0) {
					choices.put(project.id(), number);
				}
			}
			else if (number == null || number < 1 || number > process.maxProjects()) {
				errors.put(project.id(), new BallotProblem("budgeting.ballot.rank.invalid", process.maxProjects()));
			}
			else if (byRank.containsKey(number)) {
				errors.put(project.id(), new BallotProblem("budgeting.ballot.rank.duplicate", number));
			}
			else {
				byRank.put(number, project.id());
				choices.put(project.id(), number);
			}
		}
		return new BallotInput(choices, entered, errors, false);
	}

	public boolean hasErrors() {
		return unreadable || !errors.isEmpty();
	}

	/** Whether the project is ticked (for check boxes). */
	public boolean ticked(long project) {
		return choices.containsKey(project);
	}

	/** What the project's number box says. */
	public String entered(long project) {
		return entered.getOrDefault(project, "");
	}

	public boolean hasError(long project) {
		return errors.containsKey(project);
	}

	public BallotProblem error(long project) {
		return errors.get(project);
	}
}
