package org.copro.budgeting;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copro.engines.budgeting.Outcome;
import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbTally;
import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The module's use cases: setting up a process, casting ballots, closing the vote and counting. */
@Service
class Budgeting {

	/** How often a ballot is retried when another write of the same voter's ballot got there first. */
	private static final int BALLOT_ATTEMPTS = 5;

	private final ProcessRepository processes;

	private final BudgetProjectRepository projects;

	private final BallotRepository ballots;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Budgeting(ProcessRepository processes, BudgetProjectRepository projects, BallotRepository ballots,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.events = events;
		this.processes = processes;
		this.projects = projects;
		this.ballots = ballots;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Transactional(readOnly = true)
	List<BudgetingProcess> list() {
		return processes.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	BudgetingProcess find(long id) {
		return processes.findById(id).orElseThrow(() -> new ProcessNotFoundException(id));
	}

	@Transactional
	long create(String title, String description, long budget, String currency, int minProjects, int maxProjects,
			CountingRule rule, AccountId organiser) {
		return processes.save(new BudgetingProcess(title, description, budget, currency, minProjects, maxProjects,
				rule, organiser)).id();
	}

	/** Adds a project while the process is being set up; false once voting has begun. */
	@Transactional
	boolean addProject(long processId, String title, String description, long cost, @Nullable String feasibility) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.settingUp()) {
			return false;
		}
		projects.save(new BudgetProject(processId, title, description, cost, feasibility));
		return true;
	}

	/** Opens the phase in which residents submit project ideas; false unless the process is a draft. */
	@Transactional
	boolean openProposals(long processId) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.draft()) {
			return false;
		}
		process.openProposals();
		return true;
	}

	/** A resident's project idea, waiting for review; false unless the process is collecting ideas. */
	@Transactional
	boolean proposeIdea(long processId, String title, String description, long cost, AccountId proposer) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.proposals()) {
			return false;
		}
		projects.save(BudgetProject.idea(processId, title, description, cost, proposer));
		return true;
	}

	/** Records the reviewers' decision on a project before voting; false once voting has begun. */
	@Transactional
	boolean reviewProject(long processId, long projectId, ProjectReview decision, long cost, String reason) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		BudgetProject project = projects.findById(projectId).filter(p -> p.processId() == processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.settingUp()) {
			return false;
		}
		project.review(decision, cost, reason);
		return true;
	}

	@Transactional(readOnly = true)
	BudgetProject project(long processId, long projectId) {
		return projects.findById(projectId).filter(p -> p.processId() == processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
	}

	/** The projects on the ballot: those the reviewers found feasible. */
	@Transactional(readOnly = true)
	List<BudgetProject> ballotProjects(long processId) {
		return projects.findByProcessIdOrderById(processId).stream().filter(BudgetProject::onBallot).toList();
	}

	@Transactional(readOnly = true)
	List<BudgetProject> ideasOf(AccountId proposer) {
		return projects.findByProposerId(proposer.value());
	}

	/** Removes a project while the process is being set up; false once voting has begun or if it is not there. */
	@Transactional
	boolean removeProject(long processId, long projectId) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		Optional<BudgetProject> project = projects.findById(projectId).filter(p -> p.processId() == processId);
		if (!process.settingUp() || project.isEmpty()) {
			return false;
		}
		projects.delete(project.get());
		return true;
	}

	@Transactional(readOnly = true)
	List<BudgetProject> projects(long processId) {
		return projects.findByProcessIdOrderById(processId);
	}

	/** Opens the vote; false when the process is past setting up or has no feasible project. */
	@Transactional
	boolean openVoting(long processId) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.settingUp() || ballotProjects(processId).isEmpty()) {
			return false;
		}
		process.openVoting();
		return true;
	}

	/** Closes the vote, after every ballot being written has been written; false when it was not open. */
	@Transactional
	boolean closeVoting(long processId) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.voting()) {
			return false;
		}
		process.closeVoting();
		events.publishEvent(new VotingClosed(processId, ballots.countByProcessId(processId)));
		return true;
	}

	/**
	 * Records a voter's ballot, or replaces the one they cast before, in one transaction.
	 *
	 * @return the problem that stopped it, or empty when the ballot was taken
	 */
	Optional<BallotProblem> castBallot(long processId, AccountId voter, Set<Long> chosen) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> castBallotOnce(processId, voter, chosen));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// The same voter's ballot was written a moment ago by another request: try again as a change.
				if (attempt >= BALLOT_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Optional<BallotProblem> castBallotOnce(long processId, AccountId voter, Set<Long> chosen) {
		BudgetingProcess process = processes.findForVoting(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.voting()) {
			return Optional.of(new BallotProblem("budgeting.ballot.closed"));
		}
		Optional<BallotProblem> problem = check(process, chosen);
		if (problem.isPresent()) {
			return problem;
		}
		Optional<Ballot> existing = ballots.findByProcessIdAndVoterId(processId, voter.value());
		if (existing.isPresent()) {
			existing.get().change(chosen);
			ballots.flush();
		}
		else {
			ballots.saveAndFlush(new Ballot(processId, voter, chosen));
		}
		return Optional.empty();
	}

	/**
	 * Enters a ballot filled in on paper in person, marked as such, once per paper reference.
	 *
	 * @return the problem that stopped it, or empty when the ballot was taken
	 */
	Optional<BallotProblem> enterPaperBallot(long processId, Set<Long> chosen, String reference) {
		String paper = reference.strip();
		try {
			return transactions.execute(status -> {
				BudgetingProcess process = processes.findForVoting(processId)
					.orElseThrow(() -> new ProcessNotFoundException(processId));
				if (!process.voting()) {
					return Optional.of(new BallotProblem("budgeting.ballot.closed"));
				}
				if (ballots.existsByProcessIdAndPaperReference(processId, paper)) {
					return Optional.of(new BallotProblem("budgeting.paper.duplicate", paper));
				}
				Optional<BallotProblem> problem = check(process, chosen);
				if (problem.isEmpty()) {
					ballots.saveAndFlush(Ballot.withoutVoter(processId, chosen, BallotSource.PAPER, paper));
				}
				return problem;
			});
		}
		catch (DataIntegrityViolationException ex) {
			// The same paper was entered a moment ago by someone else.
			return Optional.of(new BallotProblem("budgeting.paper.duplicate", paper));
		}
	}

	/**
	 * Creates a closed process from a checked .pb file, with its projects and its ballots as imported ballots, all
	 * in one transaction.
	 */
	@Transactional
	long importFile(PbImport checked, String fallbackTitle, AccountId organiser) {
		if (!checked.ok()) {
			throw new IllegalArgumentException("The file has problems: " + checked.problems().size());
		}
		PbFile file = java.util.Objects.requireNonNull(checked.file());
		String title = checked.title(fallbackTitle);
		BudgetingProcess process = processes.save(new BudgetingProcess(title, title,
				file.budget().longValueExact(), checked.currency(), checked.minProjects(), checked.maxProjects(),
				java.util.Objects.requireNonNull(checked.rule()), organiser));
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		for (org.copro.engines.budgeting.PbProject project : file.projects()) {
			BudgetProject saved = projects.save(new BudgetProject(process.id(), PbImport.name(project),
					PbImport.description(project), project.cost().longValueExact(), null));
			ids.put(project.id(), saved.id());
		}
		List<Ballot> imported = new java.util.ArrayList<>();
		for (org.copro.engines.budgeting.PbVote vote : file.votes()) {
			imported.add(Ballot.withoutVoter(process.id(), PbImport.chosen(vote, ids), BallotSource.IMPORTED, null));
		}
		ballots.saveAll(imported);
		process.markImported();
		return process.id();
	}

	@Transactional(readOnly = true)
	long importedBallotCount(long processId) {
		return ballots.countByProcessIdAndSource(processId, BallotSource.IMPORTED);
	}

	@Transactional(readOnly = true)
	long paperBallotCount(long processId) {
		return ballots.countByProcessIdAndSource(processId, BallotSource.PAPER);
	}

	/** Checks a ballot against the process's limits and its projects. */
	Optional<BallotProblem> check(BudgetingProcess process, Set<Long> chosen) {
		Set<Long> known = new HashSet<>();
		ballotProjects(process.id()).forEach(project -> known.add(project.id()));
		if (!known.containsAll(chosen)) {
			return Optional.of(new BallotProblem("budgeting.ballot.unknown"));
		}
		if (chosen.size() < process.minProjects()) {
			return Optional.of(new BallotProblem(process.minProjects() == 1 ? "budgeting.ballot.too-few.one"
					: "budgeting.ballot.too-few", process.minProjects()));
		}
		if (chosen.size() > process.maxProjects()) {
			return Optional.of(new BallotProblem(process.maxProjects() == 1 ? "budgeting.ballot.too-many.one"
					: "budgeting.ballot.too-many", process.maxProjects(), chosen.size()));
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	Optional<Ballot> ballot(long processId, AccountId voter) {
		return ballots.findByProcessIdAndVoterId(processId, voter.value());
	}

	@Transactional(readOnly = true)
	long ballotCount(long processId) {
		return ballots.countByProcessId(processId);
	}

	@Transactional(readOnly = true)
	List<Ballot> ballots(long processId) {
		return ballots.findByProcessIdOrderById(processId);
	}

	/** The process and its ballots as a pabulib election, the form in which the engine counts them. */
	@Transactional(readOnly = true)
	PbFile election(long processId) {
		BudgetingProcess process = find(processId);
		return BudgetingElection.of(process, ballotProjects(processId), ballots(processId));
	}

	/** Counts the ballots with the process's rule; only once the vote is closed. */
	@Transactional(readOnly = true)
	Outcome count(long processId) {
		BudgetingProcess process = find(processId);
		if (!process.closed()) {
			throw new IllegalStateException("Process " + processId + " is still " + process.status());
		}
		return PbTally.tally(election(processId), process.rule().options());
	}

	@Transactional(readOnly = true)
	List<Ballot> ballotsOf(AccountId voter) {
		return ballots.findByVoterId(voter.value());
	}

	/** Keeps a person's ballots, which still count, but forgets that they were theirs. */
	@Transactional
	void forget(AccountId voter) {
		ballots.findByVoterId(voter.value()).forEach(Ballot::anonymise);
		projects.findByProposerId(voter.value()).forEach(BudgetProject::forgetProposer);
	}
}
