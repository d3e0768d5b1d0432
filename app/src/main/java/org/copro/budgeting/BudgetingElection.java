package org.copro.budgeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbProject;
import org.copro.engines.budgeting.PbVote;

/**
 * A heading of a process as a pabulib election: projects by their id, ballots by their
 * number, no voter's identity. The same file is what the platform counts and what anyone
 * can download to count again.
 */
final class BudgetingElection {

	private BudgetingElection() {
	}

	static PbFile of(BudgetingProcess process, BudgetHeading heading, boolean severalHeadings,
			List<BudgetProject> projects, List<Ballot> ballots) {
		BallotType type = process.ballotType();
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("description", severalHeadings ? process.title() + " – " + heading.name() : process.title());
		meta.put("unit", process.title());
		if (severalHeadings) {
			meta.put("subunit", heading.name());
		}
		meta.put("instance", Long.toString(process.id()));
		meta.put("num_projects", Integer.toString(projects.size()));
		meta.put("num_votes", Integer.toString(ballots.size()));
		meta.put("budget", Long.toString(heading.budget()));
		meta.put("vote_type", type.voteType().label());
		meta.put("rule", switch (process.rule()) {
			case MES -> "equalshares/add1";
			case GREEDY -> "greedy";
			case PHRAGMEN -> "phragmen";
		});
		meta.put("currency", process.currency());
		switch (type) {
			case APPROVAL, RANKING -> {
				meta.put("min_length", Integer.toString(process.minProjects()));
				meta.put("max_length", Integer.toString(process.maxProjects()));
			}
			case KNAPSACK -> meta.put("max_sum_cost", Long.toString(heading.budget()));
			case CUMULATIVE -> {
				meta.put("max_points", Integer.toString(process.pointsPerProject()));
				meta.put("max_sum_points", Integer.toString(process.pointsTotal()));
			}
		}
		List<PbProject> rows = new ArrayList<>();
		for (BudgetProject project : projects) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("project_id", Long.toString(project.id()));
			fields.put("cost", Long.toString(project.cost()));
			fields.put("name", project.title());
			rows.add(new PbProject(fields.get("project_id"), BigDecimal.valueOf(project.cost()), fields, 0));
		}
		List<PbVote> votes = new ArrayList<>();
		for (Ballot ballot : ballots) {
			List<Long> order = type.ranks() ? ballot.ranked() : ballot.projects().stream().sorted().toList();
			List<String> chosen = order.stream().map(String::valueOf).toList();
			List<BigDecimal> points = type.points()
					? order.stream().map(id -> BigDecimal.valueOf(ballot.choices().get(id))).toList() : null;
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("voter_id", Long.toString(ballot.id()));
			fields.put("vote", String.join(",", chosen));
			if (points != null) {
				fields.put("points", String.join(",", points.stream().map(BigDecimal::toPlainString).toList()));
			}
			fields.put("source", ballot.source().label());
			votes.add(new PbVote(fields.get("voter_id"), chosen, points, fields, 0));
		}
		List<String> voteColumns = type.points() ? List.of("voter_id", "vote", "points", "source")
				: List.of("voter_id", "vote", "source");
		return new PbFile(meta, List.of("project_id", "cost", "name"), rows, voteColumns, votes, List.of());
	}

}
