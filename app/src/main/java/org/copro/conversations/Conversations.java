package org.copro.conversations;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copro.engines.opinion.OpinionAnalysis;
import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation use cases: start one, vote, submit and moderate statements, and what
 * the module holds about a person.
 */
@Service
class Conversations implements PersonalDataContributor {

	private final ConversationRepository conversations;

	private final StatementRepository statements;

	private final VoteRepository votes;

	private final OpinionReports reports;

	private final ApplicationEventPublisher events;

	Conversations(ConversationRepository conversations, StatementRepository statements, VoteRepository votes,
			OpinionReports reports, ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.statements = statements;
		this.votes = votes;
		this.reports = reports;
		this.events = events;
	}

	/** How many of the statements shown now a voter has voted on. */
	record Progress(int voted, int shown) {
	}

	@Transactional(readOnly = true)
	List<Conversation> list() {
		return conversations.findAllByOrderByOpenDescCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	Conversation find(long id) {
		return conversations.findById(id).orElseThrow(() -> new ConversationNotFoundException(id));
	}

	/** Starts a conversation with the facilitator's seed statements, all or nothing. */
	@Transactional
	long start(ConversationForm form, AccountId facilitator) {
		Conversation conversation = conversations.save(new Conversation(form.getTitle(), form.getQuestion(),
				form.isOpen(), form.isParticipantStatements(), form.getModeration(), facilitator, form.language()));
		for (String text : form.seedStatementList()) {
			statements.save(ConversationStatement.seed(conversation.id(), facilitator, text, conversation.language()));
		}
		return conversation.id();
	}

	@Transactional
	void setOpen(long id, boolean open) {
		Conversation conversation = find(id);
		if (open) {
			conversation.reopen();
		}
		else {
			conversation.close();
		}
	}

	@Transactional(readOnly = true)
	List<ConversationStatement> statements(long conversationId) {
		return statements.findByConversationIdOrderById(conversationId);
	}

	/** The statements voters see now. */
	@Transactional(readOnly = true)
	List<ConversationStatement> visibleStatements(Conversation conversation) {
		return statements(conversation.id()).stream().filter(s -> conversation.shows(s.status())).toList();
	}

	/**
	 * The statement to put to this voter next: by the engine's priority once there is
	 * enough to analyse, otherwise the one with fewest votes; statements the engine has
	 * not seen yet come first.
	 */
	@Transactional(readOnly = true)
	Optional<ConversationStatement> nextStatement(Conversation conversation, AccountId voter) {
		Set<Long> voted = new HashSet<>();
		votes.findByConversationIdAndVoterId(conversation.id(), voter.value())
			.forEach(vote -> voted.add(vote.statementId()));
		List<ConversationStatement> unseen = visibleStatements(conversation).stream()
			.filter(s -> !voted.contains(s.id()))
			.toList();
		if (unseen.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, Long> voteCounts = new HashMap<>();
		for (VoteRepository.StatementVotes count : votes.countByStatement(conversation.id())) {
			voteCounts.put(count.getStatementId(), count.getVotes());
		}
		Comparator<ConversationStatement> fewestVotes = Comparator
			.<ConversationStatement>comparingLong(s -> voteCounts.getOrDefault(s.id(), 0L))
			.thenComparingLong(ConversationStatement::id);
		// Every vote is loaded only when the last analysis is too old to order by.
		Optional<OpinionAnalysis> analysis = reports.analysisForOrdering(conversation,
				() -> statements(conversation.id()), () -> votes.findByConversationId(conversation.id()));
		if (analysis.isEmpty()) {
			return unseen.stream().min(fewestVotes);
		}
		Map<String, Double> priorities = analysis.get().priorities();
		Comparator<ConversationStatement> byPriority = Comparator.comparingDouble(
				(ConversationStatement s) -> -priorities.getOrDefault(Long.toString(s.id()), Double.MAX_VALUE));
		return unseen.stream().min(byPriority.thenComparing(fewestVotes));
	}

	/** The report of a conversation as its votes stand now. */
	@Transactional(readOnly = true)
	ConversationReport report(Conversation conversation) {
		return reports.report(conversation, statements(conversation.id()),
				votes.findByConversationId(conversation.id()));
	}

	@Transactional(readOnly = true)
	Progress progress(Conversation conversation, AccountId voter) {
		Set<Long> visible = new HashSet<>();
		visibleStatements(conversation).forEach(s -> visible.add(s.id()));
		long voted = votes.findByConversationIdAndVoterId(conversation.id(), voter.value())
			.stream()
			.filter(vote -> visible.contains(vote.statementId()))
			.count();
		return new Progress((int) voted, visible.size());
	}

	/**
	 * Records or changes a vote; false when the statement is not one voters see in this
	 * conversation.
	 */
	@Transactional
	boolean castVote(Conversation conversation, long statementId, AccountId voter, VoteChoice choice) {
		Optional<ConversationStatement> statement = statements.findById(statementId)
			.filter(s -> s.conversationId() == conversation.id() && conversation.shows(s.status()));
		if (statement.isEmpty()) {
			return false;
		}
		votes.findByStatementIdAndVoterId(statementId, voter.value())
			.ifPresentOrElse(vote -> vote.change(choice),
					() -> votes.save(new Vote(conversation.id(), statementId, voter, choice)));
		return true;
	}

	/**
	 * Adds a participant's statement; a moderator's own statement needs no review. Other
	 * modules hear of a participant's statement as input once the public can see it: at
	 * once, or when a moderator accepts it.
	 */
	@Transactional
	ConversationStatement submitStatement(Conversation conversation, AccountId author, String text, String language,
			boolean byModerator) {
		ConversationStatement statement = ConversationStatement.submitted(conversation.id(), author, text, language);
		if (byModerator) {
			statement.accept();
		}
		ConversationStatement saved = statements.save(statement);
		if (!byModerator && conversation.shows(saved.status())) {
			events.publishEvent(
					new StatementSubmitted(conversation.id(), saved.id(), author, saved.text(), saved.language()));
		}
		return saved;
	}

	@Transactional
	void moderate(Conversation conversation, long statementId, ModerationAction action) {
		ConversationStatement statement = statements.findById(statementId)
			.filter(s -> s.conversationId() == conversation.id())
			.orElseThrow(() -> new ConversationNotFoundException(statementId));
		boolean wasShown = conversation.shows(statement.status());
		switch (action) {
			case ACCEPT -> statement.accept();
			case REJECT -> statement.reject();
			case META -> statement.markMeta(true);
			case NOT_META -> statement.markMeta(false);
		}
		AccountId author = statement.author();
		if (action == ModerationAction.ACCEPT && !wasShown && author != null) {
			events.publishEvent(new StatementSubmitted(conversation.id(), statement.id(), author, statement.text(),
					statement.language()));
		}
	}

	/**
	 * A deleted account's statements stay, shown as from a former participant; votes
	 * carry no name.
	 */
	@ApplicationModuleListener
	void on(AccountDeleted event) {
		statements.forgetAuthor(event.account().value());
	}

	@Override
	public String section() {
		return "conversations";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("statements", statements.findByAuthorIdOrderById(account.value()).stream().map(s -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("conversation", s.conversationId());
			each.put("statement", s.id());
			each.put("text", s.text());
			each.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
			each.put("meta", s.meta());
			each.put("createdAt", s.createdAt().toString());
			return each;
		}).toList());
		List<Vote> cast = votes.findByVoterIdOrderByVotedAt(account.value());
		Map<Long, String> texts = new HashMap<>();
		statements.findAllById(cast.stream().map(Vote::statementId).distinct().toList())
			.forEach(s -> texts.put(s.id(), s.text()));
		data.put("votes", cast.stream().map(vote -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("conversation", vote.conversationId());
			each.put("statement", vote.statementId());
			each.put("text", texts.getOrDefault(vote.statementId(), ""));
			each.put("vote", vote.choice().name().toLowerCase(java.util.Locale.ROOT));
			each.put("votedAt", vote.votedAt().toString());
			return each;
		}).toList());
		return data;
	}

}
