package org.copro.budgeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * The module's use cases: setting up a process, casting ballots, closing the vote and
 * counting.
 */
@Service
class Budgeting {

	/**
	 * How often a ballot is retried when another write of the same voter's ballot got
	 * there first.
	 */
	private static final int BALLOT_ATTEMPTS = 5;

	private final ProcessRepository processes;

	private final BudgetProjectRepository projects;

	private final BallotRepository ballots;

	private final HeadingRepository headings;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Budgeting(ProcessRepository processes, BudgetProjectRepository projects, BallotRepository ballots,
			HeadingRepository headings, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.events = events;
		this.headings = headings;
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

	/** An approval process with one heading named after it. */
	@Transactional
	long create(String title, String description, long budget, String currency, int minProjects, int maxProjects,
			CountingRule rule, AccountId organiser) {
		return create(title, description, budget, currency, minProjects, maxProjects, rule, organiser,
				BallotType.APPROVAL, 0, 0, title);
	}

	/** A process written in English, with its ballot type and its first heading. */
	@Transactional
	long create(String title, String description, long budget, String currency, int minProjects, int maxProjects,
			CountingRule rule, AccountId organiser, BallotType type, int pointsTotal, int pointsPerProject,
			String firstHeading) {
		return create(title, description, "en", budget, currency, minProjects, maxProjects, rule, organiser, type,
				pointsTotal, pointsPerProject, firstHeading);
	}

	/**
	 * A process with its ballot type and its first heading, which holds the budget given;
	 * its name and description are written in the given language.
	 */
	@Transactional
	long create(String title, String description, String language, long budget, String currency, int minProjects,
			int maxProjects, CountingRule rule, AccountId organiser, BallotType type, int pointsTotal,
			int pointsPerProject, String firstHeading) {
		BudgetingProcess process = new BudgetingProcess(title, description, language, budget, currency, minProjects,
				maxProjects, rule, organiser);
		process.ballot(type, pointsTotal, pointsPerProject);
		long id = processes.save(process).id();
		headings.save(new BudgetHeading(id, firstHeading.isBlank() ? title : firstHeading, budget));
		return id;
	}

	@Transactional(readOnly = true)
	List<BudgetHeading> headings(long processId) {
		return headings.findByProcessIdOrderById(processId);
	}

	@Transactional(readOnly = true)
	BudgetHeading heading(long processId, long headingId) {
		return headings.findById(headingId)
			.filter(h -> h.processId() == processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
	}

	/** The process's first heading: the only one of a process without districts. */
	@Transactional(readOnly = true)
	BudgetHeading firstHeading(long processId) {
		return headings.findByProcessIdOrderById(processId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ProcessNotFoundException(processId));
	}

	/**
	 * Adds a district or heading with its own budget before voting; false once voting has
	 * begun.
	 */
	@Transactional
	boolean addHeading(long processId, String name, long budget) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.settingUp()) {
			return false;
		}
		headings.save(new BudgetHeading(processId, name, budget));
		process.budgetChanged(
				headings.findByProcessIdOrderById(processId).stream().mapToLong(BudgetHeading::budget).sum());
		return true;
	}

	/**
	 * Sets the dates on which the phases begin; empty dates leave a phase to be started
	 * by hand.
	 */
	@Transactional
	void schedule(long processId, @Nullable LocalDate proposals, @Nullable LocalDate review, @Nullable LocalDate voting,
			@Nullable LocalDate results) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		process.schedule(proposals, review, voting, results);
		settle(process);
	}

	/**
	 * Records the phase that the dates have reached, so that a vote closed by its date is
	 * closed as if by hand (with its event), once; returns the process.
	 */
	BudgetingProcess current(long processId) {
		BudgetingProcess process = find(processId);
		if (process.status() == process.recordedStatus()) {
			return process;
		}
		return Objects.requireNonNull(transactions.execute(status -> {
			BudgetingProcess locked = processes.findForUpdate(processId)
				.orElseThrow(() -> new ProcessNotFoundException(processId));
			settle(locked);
			return locked;
		}));
	}

	private void settle(BudgetingProcess process) {
		if (process.catchUp()) {
			events.publishEvent(new VotingClosed(process.id(), ballots.countByProcessId(process.id())));
		}
	}

	/**
	 * Adds a project to the first heading while the process is being set up; false once
	 * voting has begun.
	 */
	@Transactional
	boolean addProject(long processId, String title, String description, long cost, @Nullable String feasibility) {
		return addProject(processId, firstHeading(processId).id(), title, description, "en", cost, feasibility);
	}

	/**
	 * Adds a project to a heading while the process is being set up; false once voting
	 * has begun.
	 */
	@Transactional
	boolean addProject(long processId, long headingId, String title, String description, String language, long cost,
			@Nullable String feasibility) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		heading(processId, headingId);
		if (!process.settingUp()) {
			return false;
		}
		projects.save(new BudgetProject(processId, headingId, title, description, language, cost, feasibility));
		return true;
	}

	/**
	 * Opens the phase in which residents submit project ideas; false unless the process
	 * is a draft.
	 */
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

	/**
	 * Closes the collection of ideas so that reviewers can finish; false unless ideas
	 * were being collected.
	 */
	@Transactional
	boolean openReview(long processId) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.proposals()) {
			return false;
		}
		process.openReview();
		return true;
	}

	/** A resident's project idea in English for the first heading, waiting for review. */
	@Transactional
	boolean proposeIdea(long processId, String title, String description, long cost, AccountId proposer) {
		return proposeIdea(processId, firstHeading(processId).id(), title, description, "en", cost, proposer);
	}

	/**
	 * A resident's project idea, waiting for review; false unless the process is
	 * collecting ideas.
	 */
	@Transactional
	boolean proposeIdea(long processId, long headingId, String title, String description, String language, long cost,
			AccountId proposer) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		heading(processId, headingId);
		if (!process.proposals()) {
			return false;
		}
		projects.save(BudgetProject.idea(processId, headingId, title, description, language, cost, proposer));
		return true;
	}

	/**
	 * Records the reviewers' decision on a project before voting; false once voting has
	 * begun.
	 */
	@Transactional
	boolean reviewProject(long processId, long projectId, ProjectReview decision, long cost, String reason,
			String language) {
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		BudgetProject project = projects.findById(projectId)
			.filter(p -> p.processId() == processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!process.settingUp()) {
			return false;
		}
		project.review(decision, cost, reason, language);
		return true;
	}

	@Transactional(readOnly = true)
	BudgetProject project(long processId, long projectId) {
		return projects.findById(projectId)
			.filter(p -> p.processId() == processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
	}

	/**
	 * The projects on the ballots of every heading: those the reviewers found feasible.
	 */
	@Transactional(readOnly = true)
	List<BudgetProject> ballotProjects(long processId) {
		return projects.findByProcessIdOrderById(processId).stream().filter(BudgetProject::onBallot).toList();
	}

	/** The projects on one heading's ballot. */
	@Transactional(readOnly = true)
	List<BudgetProject> ballotProjects(long processId, long headingId) {
		heading(processId, headingId);
		return projects.findByHeadingIdOrderById(headingId).stream().filter(BudgetProject::onBallot).toList();
	}

	@Transactional(readOnly = true)
	List<BudgetProject> ideasOf(AccountId proposer) {
		return projects.findByProposerId(proposer.value());
	}

	/**
	 * Removes a project while the process is being set up; false once voting has begun or
	 * if it is not there.
	 */
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

	/**
	 * Opens the vote; false when the process is past setting up or has no feasible
	 * project.
	 */
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

	/**
	 * Closes the vote, after every ballot being written has been written; false when it
	 * was not open.
	 */
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
	 * Records an approval ballot in the first heading (for processes without districts).
	 */
	Optional<BallotProblem> castBallot(long processId, AccountId voter, Set<Long> chosen) {
		return castBallot(processId, firstHeading(processId).id(), voter, ticked(chosen));
	}

	static Map<Long, Integer> ticked(Set<Long> chosen) {
		Map<Long, Integer> choices = new LinkedHashMap<>();
		chosen.forEach(project -> choices.put(project, 1));
		return choices;
	}

	/**
	 * Records a voter's ballot in one heading, or replaces the one they cast there
	 * before, in one transaction.
	 * @param choices each chosen project with its points (1 when ticked) or its rank
	 * @return the problem that stopped it, or empty when the ballot was taken
	 */
	Optional<BallotProblem> castBallot(long processId, long headingId, AccountId voter, Map<Long, Integer> choices) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> castBallotOnce(processId, headingId, voter, choices));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// The same voter's ballot was written a moment ago by another request:
				// try again as a change.
				if (attempt >= BALLOT_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Optional<BallotProblem> castBallotOnce(long processId, long headingId, AccountId voter,
			Map<Long, Integer> choices) {
		BudgetingProcess process = processes.findForVoting(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		BudgetHeading heading = heading(processId, headingId);
		Optional<BallotProblem> problem = notVoting(process).or(() -> check(process, heading, choices));
		if (problem.isPresent()) {
			return problem;
		}
		Optional<Ballot> existing = ballots.findByHeadingIdAndVoterId(headingId, voter.value());
		if (existing.isPresent()) {
			existing.get().change(choices);
			ballots.flush();
		}
		else {
			ballots.saveAndFlush(new Ballot(processId, headingId, voter, choices));
		}
		return Optional.empty();
	}

	/**
	 * Why no ballot is taken now, with the date voting opens or closed when there is one.
	 */
	static Optional<BallotProblem> notVoting(BudgetingProcess process) {
		if (process.voting()) {
			return Optional.empty();
		}
		if (process.settingUp()) {
			LocalDate opens = process.votingFrom();
			return Optional.of(opens == null ? new BallotProblem("budgeting.ballot.not-yet")
					: new BallotProblem("budgeting.ballot.not-yet.date", Dates.of(opens)));
		}
		return Optional.of(new BallotProblem("budgeting.ballot.closed"));
	}

	/**
	 * Enters a ballot filled in on paper in person, marked as such, once per paper
	 * reference and heading.
	 * @return the problem that stopped it, or empty when the ballot was taken
	 */
	Optional<BallotProblem> enterPaperBallot(long processId, long headingId, Map<Long, Integer> choices,
			String reference) {
		String paper = reference.strip();
		try {
			return transactions.execute(status -> {
				BudgetingProcess process = processes.findForVoting(processId)
					.orElseThrow(() -> new ProcessNotFoundException(processId));
				BudgetHeading heading = heading(processId, headingId);
				Optional<BallotProblem> closed = notVoting(process);
				if (closed.isPresent()) {
					return closed;
				}
				if (ballots.existsByHeadingIdAndPaperReference(headingId, paper)) {
					return Optional.of(new BallotProblem("budgeting.paper.duplicate", paper));
				}
				Optional<BallotProblem> problem = check(process, heading, choices);
				if (problem.isEmpty()) {
					ballots.saveAndFlush(Ballot.withoutVoter(processId, headingId, choices, BallotSource.PAPER, paper));
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
	 * Creates a closed process from a checked .pb file, with its projects and its ballots
	 * as imported ballots, all in one transaction.
	 */
	@Transactional
	long importFile(PbImport checked, String fallbackTitle, AccountId organiser) {
		if (!checked.ok()) {
			throw new IllegalArgumentException("The file has problems: " + checked.problems().size());
		}
		PbFile file = Objects.requireNonNull(checked.file());
		String title = checked.title(fallbackTitle);
		BudgetingProcess process = processes
			// A .pb file does not say which language it is written in.
			.save(new BudgetingProcess(title, title, "en", file.budget().longValueExact(), checked.currency(),
					checked.minProjects(), checked.maxProjects(), Objects.requireNonNull(checked.rule()), organiser));
		process.ballot(checked.ballotType(), checked.pointsTotal(), checked.pointsPerProject());
		saveImported(process, checked, checked.headingName(title));
		process.markImported();
		return process.id();
	}

	/**
	 * Adds a checked .pb file to an imported process as one more heading (a district held
	 * in its own file), with its projects and ballots, in one transaction; false unless
	 * the process was imported and counts the same ballot type.
	 */
	@Transactional
	boolean importHeading(long processId, PbImport checked, String fallbackName) {
		if (!checked.ok()) {
			throw new IllegalArgumentException("The file has problems: " + checked.problems().size());
		}
		BudgetingProcess process = processes.findForUpdate(processId)
			.orElseThrow(() -> new ProcessNotFoundException(processId));
		if (!imported(processId) || process.ballotType() != checked.ballotType()) {
			return false;
		}
		saveImported(process, checked, checked.headingName(fallbackName));
		process.budgetChanged(
				headings.findByProcessIdOrderById(processId).stream().mapToLong(BudgetHeading::budget).sum());
		return true;
	}

	/**
	 * Whether a process holds only ballots imported from files (so more files may be
	 * added to it).
	 */
	@Transactional(readOnly = true)
	boolean imported(long processId) {
		BudgetingProcess process = find(processId);
		long count = ballots.countByProcessId(processId);
		return process.closed() && count > 0 && importedBallotCount(processId) == count;
	}

	private void saveImported(BudgetingProcess process, PbImport checked, String name) {
		PbFile file = Objects.requireNonNull(checked.file());
		BudgetHeading heading = headings.save(new BudgetHeading(process.id(), name, file.budget().longValueExact()));
		Map<String, Long> ids = new HashMap<>();
		for (org.copro.engines.budgeting.PbProject project : file.projects()) {
			BudgetProject saved = projects.save(new BudgetProject(process.id(), heading.id(), PbImport.name(project),
					PbImport.description(project), "en", project.cost().longValueExact(), null));
			ids.put(project.id(), saved.id());
		}
		List<Ballot> imported = new ArrayList<>();
		for (org.copro.engines.budgeting.PbVote vote : file.votes()) {
			imported.add(Ballot.withoutVoter(process.id(), heading.id(),
					PbImport.choices(vote, ids, checked.ballotType()), BallotSource.IMPORTED, null));
		}
		ballots.saveAll(imported);
	}

	@Transactional(readOnly = true)
	long importedBallotCount(long processId) {
		return ballots.countByProcessIdAndSource(processId, BallotSource.IMPORTED);
	}

	@Transactional(readOnly = true)
	long paperBallotCount(long processId) {
		return ballots.countByProcessIdAndSource(processId, BallotSource.PAPER);
	}

	/**
	 * Checks a ballot against the process's ballot type and limits and the heading's
	 * projects and budget.
	 */
	Optional<BallotProblem> check(BudgetingProcess process, BudgetHeading heading, Map<Long, Integer> choices) {
		Map<Long, BudgetProject> known = new HashMap<>();
		projects.findByHeadingIdOrderById(heading.id())
			.stream()
			.filter(BudgetProject::onBallot)
			.forEach(project -> known.put(project.id(), project));
		if (!known.keySet().containsAll(choices.keySet())) {
			return Optional.of(new BallotProblem("budgeting.ballot.unknown"));
		}
		return BallotRules.check(process, heading, choices, known);
	}

	/** The voter's ballot in the first heading. */
	@Transactional(readOnly = true)
	Optional<Ballot> ballot(long processId, AccountId voter) {
		return ballot(processId, firstHeading(processId).id(), voter);
	}

	@Transactional(readOnly = true)
	Optional<Ballot> ballot(long processId, long headingId, AccountId voter) {
		return ballots.findByHeadingIdAndVoterId(headingId, voter.value()).filter(b -> b.processId() == processId);
	}

	/** The headings in which the voter has cast a ballot. */
	@Transactional(readOnly = true)
	Set<Long> headingsVoted(long processId, AccountId voter) {
		Set<Long> voted = new HashSet<>();
		ballots.findByProcessIdAndVoterId(processId, voter.value()).forEach(b -> voted.add(b.headingId()));
		return voted;
	}

	/** Ballots in every heading of the process. */
	@Transactional(readOnly = true)
	long ballotCount(long processId) {
		return ballots.countByProcessId(processId);
	}

	@Transactional(readOnly = true)
	long ballotCount(long processId, long headingId) {
		heading(processId, headingId);
		return ballots.countByHeadingId(headingId);
	}

	@Transactional(readOnly = true)
	List<Ballot> ballots(long processId) {
		return ballots.findByProcessIdOrderById(processId);
	}

	@Transactional(readOnly = true)
	List<Ballot> ballots(long processId, long headingId) {
		heading(processId, headingId);
		return ballots.findByHeadingIdOrderById(headingId);
	}

	/** The first heading and its ballots as a pabulib election. */
	@Transactional(readOnly = true)
	PbFile election(long processId) {
		return election(processId, firstHeading(processId).id());
	}

	/**
	 * A heading and its ballots as a pabulib election, the form in which the engine
	 * counts them.
	 */
	@Transactional(readOnly = true)
	PbFile election(long processId, long headingId) {
		BudgetingProcess process = find(processId);
		BudgetHeading heading = heading(processId, headingId);
		return BudgetingElection.of(process, heading, headings(processId).size() > 1,
				ballotProjects(processId, headingId), ballots(processId, headingId));
	}

	/** Counts the first heading's ballots. */
	@Transactional(readOnly = true)
	Outcome count(long processId) {
		return count(processId, firstHeading(processId).id());
	}

	/**
	 * Counts a heading's ballots with the process's rule, on its own budget; only once
	 * the vote is closed.
	 */
	@Transactional(readOnly = true)
	Outcome count(long processId, long headingId) {
		BudgetingProcess process = find(processId);
		if (!process.closed()) {
			throw new IllegalStateException("Process " + processId + " is still " + process.status());
		}
		return PbTally.tally(election(processId, headingId), process.rule().options(process.ballotType()));
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
