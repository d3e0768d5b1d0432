package org.copro.budgeting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The .pb reader's problems in the reader's language: the engine names each problem in
 * English on one line, and the common kinds are recognised here and given a message key
 * with their details, keeping the line. A problem not recognised is shown as the engine
 * wrote it.
 */
final class PbProblems {

	private record Kind(Pattern pattern, String key) {
	}

	private static final List<Kind> KINDS = List.of(kind("section (\\S+) appears twice", "section-twice"),
			kind("section (\\S+) found where (\\S+) was expected", "section-order"),
			kind("the file must start with the META section", "meta-first"),
			kind("no (META|PROJECTS|VOTES) section", "no-section"),
			kind("the VOTES section has no header row", "no-votes-header"),
			kind("(\\S+) header lacks the column '(.*)'", "missing-column"),
			kind("(\\S+) header repeats the column '(.*)'", "repeated-column"),
			kind("(\\S+) header has an empty column name", "empty-column"),
			kind("META header must be 'key;value'", "meta-header"),
			kind("META row needs a key and a value", "meta-row"), kind("META key '(.*)' appears twice", "meta-twice"),
			kind("META lacks 'budget'", "no-budget"), kind("(.*) is not a number: '(.*)'", "not-a-number"),
			kind("budget is negative", "negative-budget"), kind("cost of project '(.*)' is negative", "negative-cost"),
			kind("empty project_id", "empty-project"), kind("empty voter_id", "empty-voter"),
			kind("project '(.*)' appears twice \\(first on line (\\d+)\\)", "project-twice"),
			kind("voter '(.*)' appears twice", "voter-twice"),
			kind("voter '(.*)' votes for unknown project '(.*)'", "unknown-project"),
			kind("voter '(.*)' has an empty entry in 'vote'", "empty-entry"),
			kind("voter '(.*)' has (\\d+) projects but (\\d+) points", "points-count"),
			kind("voter '(.*)' gives negative points", "negative-points"),
			kind("(\\S+) ballots need a 'points' column", "points-column"),
			kind("(\\S+) row has (\\d+) cells but the header has (\\d+)", "cells"),
			kind("a quoted cell is never closed", "quote"), kind("unknown vote_type '(.*)' .*", "vote-type"),
			kind("voter '(.*)' lists (\\d+) projects, fewer than min_length (\\d+)", "too-few"),
			kind("voter '(.*)' lists (\\d+) projects, more than max_length (\\d+)", "too-many"),
			kind("voter '(.*)' lists a project more than once \\((.*)\\); counted once.*", "repeated-project"),
			kind("voter '(.*)' has (\\S+) total cost, above max_sum_cost (\\S+)", "over-cost"),
			kind("voter '(.*)' has (\\S+) points in total, above max_sum_points (\\S+)", "over-points"),
			kind("voter '(.*)' has (\\S+) points per project, above max_points (\\S+)", "over-points-per-project"),
			kind("num_projects is (\\d+) but PROJECTS has (\\d+) rows", "num-projects"),
			kind("num_votes is (\\d+) but VOTES has (\\d+) rows", "num-votes"),
			kind("cost (\\S+) of project (.*) is not a whole amount above 0", "cost-not-whole"));

	private PbProblems() {
	}

	private static Kind kind(String regex, String key) {
		return new Kind(Pattern.compile(regex), "budgeting.import.error." + key);
	}

	/**
	 * The problem on a line (0 for the file as a whole) as a message key and its
	 * arguments.
	 */
	static ImportProblem of(int line, String problem) {
		for (Kind kind : KINDS) {
			Matcher matcher = kind.pattern().matcher(problem);
			if (matcher.matches()) {
				Object[] arguments = new Object[matcher.groupCount()];
				for (int group = 1; group <= matcher.groupCount(); group++) {
					arguments[group - 1] = matcher.group(group);
				}
				return new ImportProblem(line, kind.key(), arguments);
			}
		}
		return new ImportProblem(line, "budgeting.import.error.other", problem);
	}

}
