package org.copro.decisions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.copro.web.Scopes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's use cases: starting a decision, casting votes, objections, closing and
 * recording the outcome.
 */
@Service
class Decisions {

	/** How long before closing the people who have not voted are reminded. */
	static final Duration REMINDER_BEFORE = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(Decisions.class);

	/**
	 * How often a vote is retried when another write of the same voter's vote got there
	 * first.
	 */
	private static final int VOTE_ATTEMPTS = 5;

	private final DecisionRepository decisions;

	private final DecisionVoteRepository votes;

	private final ObjectionRepository objections;

	// Accounts asks every module for personal data, this one included: look it up when
	// needed, not at start.
	private final ObjectProvider<Accounts> accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final String baseUrl;

	private final Scopes scopes;

	Decisions(DecisionRepository decisions, DecisionVoteRepository votes, ObjectionRepository objections,
			ObjectProvider<Accounts> accounts, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, @Value("${copro.base-url}") String baseUrl, Scopes scopes) {
		this.decisions = decisions;
		this.scopes = scopes;
		this.votes = votes;
		this.objections = objections;
		this.accounts = accounts;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Transactional(readOnly = true)
	List<Decision> list() {
		return decisions.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	Decision find(long id) {
		return decisions.findById(id).orElseThrow(() -> new DecisionNotFoundException(id));
	}

	@Transactional
	long start(DecisionKind kind, String title, String details, String language, List<String> options,
			DecisionSettings settings, Instant closesAt, @Nullable String scope, AccountId facilitator) {
		return decisions
			.save(new Decision(kind, title, details, language, options, settings, closesAt, scope, facilitator))
			.id();
	}

	/**
	 * Records a person's vote, or replaces the one they cast before, in one transaction.
	 * @return the problem that stopped it, or empty when the vote was taken
	 */
	Optional<VoteProblem> castVote(long decisionId, AccountId voter, Ballot ballot) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> castVoteOnce(decisionId, voter, ballot));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// The same voter's vote was written a moment ago by another request: try
				// again as a change.
				if (attempt >= VOTE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Optional<VoteProblem> castVoteOnce(long decisionId, AccountId voter, Ballot ballot) {
		Decision decision = decisions.findForVoting(decisionId)
			.orElseThrow(() -> new DecisionNotFoundException(decisionId));
		if (!decision.open() || !decision.closesAt().isAfter(Instant.now())) {
			return Optional.of(new VoteProblem("position", "decisions.vote.closed"));
		}
		Optional<VoteProblem> problem = ballot.problem(decision);
		if (problem.isPresent()) {
			return problem;
		}
		Optional<DecisionVote> existing = votes.findByDecisionIdAndVoterId(decisionId, voter.value());
		if (existing.isPresent()) {
			existing.get().change(ballot.position(), ballot.answer(), ballot.reason(), ballot.language());
			votes.flush();
		}
		else {
			votes.saveAndFlush(new DecisionVote(decisionId, voter, ballot.position(), ballot.answer(), ballot.reason(),
					ballot.language()));
		}
		if (decision.kind() == DecisionKind.CONSENT) {
			List<Objection> open = objections.findByDecisionIdAndObjectorIdAndStatus(decisionId, voter.value(),
					ObjectionStatus.OPEN);
			if ("OBJECT".equals(ballot.position())) {
				String text = String.valueOf(ballot.reason());
				if (open.isEmpty()) {
					objections.save(new Objection(decisionId, voter, text, ballot.language()));
				}
				else {
					open.getFirst().restate(text, ballot.language());
				}
			}
			else {
				open.forEach(Objection::withdraw);
			}
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	Optional<DecisionVote> vote(long decisionId, AccountId voter) {
		return votes.findByDecisionIdAndVoterId(decisionId, voter.value());
	}

	@Transactional(readOnly = true)
	List<DecisionVote> votes(long decisionId) {
		return votes.findByDecisionIdOrderById(decisionId);
	}

	@Transactional(readOnly = true)
	long voteCount(long decisionId) {
		return votes.countByDecisionId(decisionId);
	}

	@Transactional(readOnly = true)
	List<Objection> objections(long decisionId) {
		return objections.findByDecisionIdOrderById(decisionId);
	}

	/**
	 * The proposer's response to an objection, written in the given language; false when
	 * the decision is closed or the objection not open.
	 */
	@Transactional
	boolean addressObjection(long decisionId, long objectionId, String response, String language) {
		Decision decision = decisions.findForUpdate(decisionId)
			.orElseThrow(() -> new DecisionNotFoundException(decisionId));
		Optional<Objection> objection = objections.findById(objectionId)
			.filter(o -> o.decisionId() == decisionId && o.open());
		if (!decision.open() || objection.isEmpty()) {
			return false;
		}
		objection.get().address(response, language);
		return true;
	}

	/** Changes what is proposed while the decision is open; false once it has closed. */
	@Transactional
	boolean amend(long decisionId, String title, String details, String language) {
		Decision decision = decisions.findForUpdate(decisionId)
			.orElseThrow(() -> new DecisionNotFoundException(decisionId));
		if (!decision.open()) {
			return false;
		}
		decision.amend(title, details, language);
		return true;
	}

	/**
	 * Closes the decision, after every vote being written has been written; false when it
	 * was not open.
	 */
	@Transactional
	boolean close(long decisionId) {
		Decision decision = decisions.findForUpdate(decisionId)
			.orElseThrow(() -> new DecisionNotFoundException(decisionId));
		if (!decision.open()) {
			return false;
		}
		decision.close(Instant.now());
		return true;
	}

	/** Closes every open decision whose closing time has come; returns their ids. */
	@Transactional
	List<Long> closeDue(Instant now) {
		List<Long> closed = new ArrayList<>();
		// By id and with an update each, never through decisions loaded first: a
		// facilitator may change one meanwhile, and the run must not fail on it.
		for (long due : decisions.findIdsDueToClose(now)) {
			if (decisions.closeDue(due, now) == 1) {
				closed.add(due);
			}
		}
		return closed;
	}

	/**
	 * Reminds, once per decision, the people who have not voted on a decision that closes
	 * within a day.
	 * @return the people reminded, per decision
	 */
	@Transactional(readOnly = true)
	Map<Long, List<AccountId>> remind(Instant now) {
		Map<Long, List<AccountId>> reminded = new LinkedHashMap<>();
		for (Decision decision : decisions.findDueForReminder(now.plus(REMINDER_BEFORE), now)) {
			Set<Long> voted = new HashSet<>();
			votes.findByDecisionIdOrderById(decision.id()).forEach(v -> {
				if (v.voter() != null) {
					voted.add(v.voter().value());
				}
			});
			// Mark first, and at once: a failure part-way leaves the decision reminded
			// rather than reminding people twice, and the mark leaves the version, so
			// that a facilitator changing the decision meanwhile fails neither.
			if (decisions.claimReminder(decision.id(), now) != 1) {
				continue;
			}
			List<AccountId> people = new ArrayList<>();
			for (AccountId person : accounts.getObject().reachableAccounts()) {
				if (!voted.contains(person.value()) && scopes.reaches(decision.scope(), person.value())
						&& accounts.getObject()
							.sendNotice(person, "decisions.mail.reminder", decision.title(),
									baseUrl + "/decisions/" + decision.id())) {
					people.add(person);
				}
			}
			reminded.put(decision.id(), people);
			log.info("Reminded {} people who had not voted on decision {}", people.size(), decision.id());
		}
		return reminded;
	}

	/**
	 * Records the outcome of a closed decision and announces it; false when open or
	 * already recorded.
	 */
	@Transactional
	boolean recordOutcome(long decisionId, String statement, String language, LocalDate reviewOn) {
		Decision decision = decisions.findForUpdate(decisionId)
			.orElseThrow(() -> new DecisionNotFoundException(decisionId));
		if (!decision.closed() || decision.outcomeRecorded()) {
			return false;
		}
		decision.recordOutcome(statement, language, reviewOn);
		events.publishEvent(new DecisionClosed(decisionId, decision.title(), decision.outcomeStatement(), reviewOn,
				decision.facilitator(), decision.scope()));
		return true;
	}

	@Transactional(readOnly = true)
	DecisionResult result(long decisionId) {
		Decision decision = find(decisionId);
		return DecisionResult.of(decision, votes(decisionId), objections(decisionId), this::nameOf);
	}

	String nameOf(@Nullable AccountId account) {
		return account == null ? "" : accounts.getObject().displayName(account).orElse("");
	}

	@Transactional(readOnly = true)
	List<DecisionVote> votesOf(AccountId voter) {
		return votes.findByVoterId(voter.value());
	}

	@Transactional(readOnly = true)
	List<Objection> objectionsOf(AccountId objector) {
		return objections.findByObjectorId(objector.value());
	}

	/**
	 * Keeps a person's votes and objections, which still count, but forgets that they
	 * were theirs.
	 */
	@Transactional
	void forget(AccountId person) {
		votes.findByVoterId(person.value()).forEach(DecisionVote::anonymise);
		objections.forgetObjector(person.value());
	}

}
