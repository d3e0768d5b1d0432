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
 * A process as a pabulib election: projects by their id, ballots by their number, no voter's identity. The
 * same file is what the platform counts and what anyone can download to count again.
 */
final class BudgetingElection {

	private BudgetingElection() {
	}

	static PbFile of(BudgetingProcess process, List<BudgetProject> projects, List<Ballot> ballots) {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("description", process.title());
		meta.put("unit", process.title());
		meta.put("instance", Long.toString(process.id()));
		meta.put("num_projects", Integer.toString(projects.size()));
		meta.put("num_votes", Integer.toString(ballots.size()));
		meta.put("budget", Long.toString(process.budget()));
		meta.put("vote_type", "approval");
		meta.put("rule", switch (process.rule()) {
			case MES -> "equalshares/add1";
			case GREEDY -> "greedy";
			case PHRAGMEN -> "phragmen";
		});
		meta.put("currency", process.currency());
		meta.put("min_length", Integer.toString(process.minProjects()));
		meta.put("max_length", Integer.toString(process.maxProjects()));
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
			List<String> chosen = ballot.projects().stream().sorted().map(String::valueOf).toList();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("voter_id", Long.toString(ballot.id()));
			fields.put("vote", String.join(",", chosen));
			fields.put("source", ballot.source().label());
			votes.add(new PbVote(fields.get("voter_id"), chosen, null, fields, 0));
		}
		return new PbFile(meta, List.of("project_id", "cost", "name"), rows, List.of("voter_id", "vote", "source"), votes,
				List.of());
	}
}
