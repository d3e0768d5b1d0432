package org.copro.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal use cases: open a call for ideas, submit, edit and withdraw a proposal,
 * support it, discuss it in threaded comments, moderate those, and answer it officially.
 */
@Service
class Proposals {

	/** Which proposals a list shows. */
	enum Filter {

		ALL, UNANSWERED, ACCEPTED, REJECTED, EVALUATING, WITHDRAWN;

		static Filter parse(@Nullable String value) {
			for (Filter filter : values()) {
				if (filter.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
					return filter;
				}
			}
			return ALL;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		boolean accepts(Proposal proposal) {
			return switch (this) {
				case ALL -> !proposal.withdrawn();
				case UNANSWERED -> !proposal.withdrawn() && proposal.answerStatus() == null;
				case ACCEPTED -> !proposal.withdrawn() && proposal.answerStatus() == AnswerStatus.ACCEPTED;
				case REJECTED -> !proposal.withdrawn() && proposal.answerStatus() == AnswerStatus.REJECTED;
				case EVALUATING -> !proposal.withdrawn() && proposal.answerStatus() == AnswerStatus.EVALUATING;
				case WITHDRAWN -> proposal.withdrawn();
			};
		}

	}

	/** The order of a list of proposals. */
	enum Sort {

		SUPPORTED, NEWEST;

		static Sort parse(@Nullable String value) {
			return "newest".equalsIgnoreCase(value == null ? "" : value.strip()) ? NEWEST : SUPPORTED;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final SpaceRepository spaces;

	private final ProposalRepository proposals;

	private final SupportRepository supports;

	private final CommentRepository comments;

	private final ProposalCommentReportRepository reports;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	Proposals(SpaceRepository spaces, ProposalRepository proposals, SupportRepository supports,
			CommentRepository comments, ProposalCommentReportRepository reports, Accounts accounts,
			ApplicationEventPublisher events) {
		this.spaces = spaces;
		this.proposals = proposals;
		this.supports = supports;
		this.comments = comments;
		this.reports = reports;
		this.accounts = accounts;
		this.events = events;
	}

	// Calls for ideas

	@Transactional(readOnly = true)
	List<ProposalSpace> spaces() {
		return spaces.findAllByOrderByOpenDescCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	ProposalSpace space(long id) {
		return spaces.findById(id).orElseThrow(() -> new ProposalNotFoundException("call for ideas", id));
	}

	@Transactional
	long openSpace(SpaceForm form, AccountId facilitator) {
		return spaces
			.save(new ProposalSpace(form.getTitle(), form.getDescription(), form.language(), form.isOpen(),
					form.getScope(), facilitator))
			.id();
	}

	@Transactional
	void setOpen(long spaceId, boolean open) {
		space(spaceId).setOpen(open);
	}

	// Proposals

	/** A proposal of a call for ideas; not found when it belongs to another. */
	@Transactional(readOnly = true)
	Proposal proposal(ProposalSpace space, long id) {
		return proposals.findById(id)
			.filter(p -> p.spaceId() == space.id())
			.orElseThrow(() -> new ProposalNotFoundException("proposal", id));
	}

	@Transactional(readOnly = true)
	List<ProposalSummary> summaries(ProposalSpace space, Filter filter, Sort sort) {
		Map<Long, Long> supportCounts = new HashMap<>();
		supports.countBySpace(space.id()).forEach(c -> supportCounts.put(c.getProposalId(), c.getSupports()));
		Map<Long, Long> commentCounts = new HashMap<>();
		comments.countVisibleBySpace(space.id()).forEach(c -> commentCounts.put(c.getProposalId(), c.getComments()));
		Names names = new Names();
		Comparator<ProposalSummary> order = sort == Sort.NEWEST
				? Comparator.comparing((ProposalSummary s) -> s.proposal().createdAt()).reversed()
				: Comparator.comparingLong(ProposalSummary::supports)
					.reversed()
					.thenComparing(Comparator.comparing((ProposalSummary s) -> s.proposal().createdAt()).reversed());
		return proposals.findBySpaceIdOrderByCreatedAtDesc(space.id())
			.stream()
			.filter(filter::accepts)
			.map(p -> new ProposalSummary(p, names.of(p.author()), supportCounts.getOrDefault(p.id(), 0L),
					commentCounts.getOrDefault(p.id(), 0L)))
			.sorted(order)
			.toList();
	}

	@Transactional(readOnly = true)
	@Nullable String authorName(Proposal proposal) {
		return new Names().of(proposal.author());
	}

	/** Adds a proposal and tells other modules that input has arrived. */
	@Transactional
	Proposal submit(ProposalSpace space, AccountId author, ProposalForm form) {
		Proposal proposal = proposals
			.save(new Proposal(space.id(), author, form.getTitle(), form.getBody(), form.language()));
		events.publishEvent(new ProposalSubmitted(space.id(), proposal.id(), author, proposal.title(),
				proposal.language(), space.scope()));
		return proposal;
	}

	/**
	 * Whether others have already responded to it, after which its author may no longer
	 * change it.
	 */
	@Transactional(readOnly = true)
	boolean hasResponses(Proposal proposal) {
		return supports.countByProposalId(proposal.id()) > 0 || comments.countByProposalId(proposal.id()) > 0;
	}

	@Transactional
	void edit(Proposal proposal, ProposalForm form) {
		proposals.findById(proposal.id()).orElseThrow().edit(form.getTitle(), form.getBody(), form.language());
	}

	@Transactional
	void withdraw(Proposal proposal) {
		proposals.findById(proposal.id()).orElseThrow().withdraw();
	}

	// Supports

	@Transactional(readOnly = true)
	long supportCount(Proposal proposal) {
		return supports.countByProposalId(proposal.id());
	}

	@Transactional(readOnly = true)
	boolean supports(Proposal proposal, AccountId account) {
		return supports.existsByProposalIdAndSupporterId(proposal.id(), account.value());
	}

	/**
	 * Adds a person's support; a second one changes nothing. Two at once are stopped by
	 * the database's unique constraint, which the caller treats as the first standing.
	 */
	@Transactional
	void support(Proposal proposal, AccountId supporter) {
		if (!supports(proposal, supporter)) {
			supports.save(new ProposalSupport(proposal.id(), supporter));
		}
	}

	@Transactional
	void withdrawSupport(Proposal proposal, AccountId supporter) {
		supports.withdraw(proposal.id(), supporter.value());
	}

	// Comments

	/**
	 * The comments of a proposal as threads: each comment with its replies beneath it,
	 * oldest first.
	 */
	@Transactional(readOnly = true)
	List<CommentNode> commentThreads(Proposal proposal) {
		List<ProposalComment> all = comments.findByProposalIdOrderById(proposal.id());
		Map<Long, List<ProposalComment>> children = new HashMap<>();
		Map<Long, ProposalComment> byId = new HashMap<>();
		for (ProposalComment comment : all) {
			byId.put(comment.id(), comment);
			children.computeIfAbsent(comment.parentId() == null ? 0L : comment.parentId(), k -> new ArrayList<>())
				.add(comment);
		}
		Names names = new Names();
		return threads(0L, 0, children, byId, names);
	}

	private static List<CommentNode> threads(long parent, int depth, Map<Long, List<ProposalComment>> children,
			Map<Long, ProposalComment> byId, Names names) {
		List<CommentNode> nodes = new ArrayList<>();
		for (ProposalComment comment : children.getOrDefault(parent, List.of())) {
			ProposalComment parentComment = comment.parentId() == null ? null : byId.get(comment.parentId());
			String parentName = parentComment == null ? null : names.of(parentComment.author());
			nodes.add(new CommentNode(comment, names.of(comment.author()), parentName, parentComment != null, depth,
					threads(comment.id(), depth + 1, children, byId, names)));
		}
		return nodes;
	}

	/** How many comments that can be read stand in favour, against and neutral. */
	@Transactional(readOnly = true)
	Map<Stance, Long> stanceCounts(Proposal proposal) {
		Map<Stance, Long> counts = new EnumMap<>(Stance.class);
		for (Stance stance : Stance.values()) {
			counts.put(stance, 0L);
		}
		comments.findByProposalIdOrderById(proposal.id())
			.stream()
			.filter(c -> !c.hidden())
			.forEach(c -> counts.merge(c.stance(), 1L, Long::sum));
		return counts;
	}

	@Transactional(readOnly = true)
	ProposalComment comment(Proposal proposal, long commentId) {
		return comments.findById(commentId)
			.filter(c -> c.proposalId() == proposal.id())
			.orElseThrow(() -> new ProposalNotFoundException("comment", commentId));
	}

	@Transactional(readOnly = true)
	ProposalComment comment(long commentId) {
		return comments.findById(commentId).orElseThrow(() -> new ProposalNotFoundException("comment", commentId));
	}

	@Transactional(readOnly = true)
	Proposal proposalOf(ProposalComment comment) {
		return proposals.findById(comment.proposalId())
			.orElseThrow(() -> new ProposalNotFoundException("proposal", comment.proposalId()));
	}

	@Transactional(readOnly = true)
	@Nullable String authorName(ProposalComment comment) {
		return new Names().of(comment.author());
	}

	/**
	 * Adds a comment, or a reply to one, and tells other modules that input has arrived.
	 */
	@Transactional
	ProposalComment comment(ProposalSpace space, Proposal proposal, @Nullable ProposalComment parent, AccountId author,
			Stance stance, String text, String language) {
		ProposalComment comment = comments.save(new ProposalComment(proposal.id(), parent == null ? null : parent.id(),
				author, stance, text, language));
		events.publishEvent(new ProposalCommented(space.id(), proposal.id(), comment.id(), author, comment.text(),
				comment.language(), space.scope()));
		return comment;
	}

	/** Records a participant's report; false when they had reported it already. */
	@Transactional
	boolean report(ProposalComment comment, AccountId reporter) {
		if (reports.existsByCommentIdAndReporterId(comment.id(), reporter.value())) {
			return false;
		}
		reports.save(new CommentReport(comment.id(), reporter));
		return true;
	}

	@Transactional
	void hide(ProposalComment comment, String reason, AccountId moderator) {
		comments.findById(comment.id()).orElseThrow().hide(reason, moderator);
	}

	@Transactional(readOnly = true)
	List<ReportedComment> reportedComments() {
		Names names = new Names();
		return reports.reportedVisibleComments()
			.stream()
			.map(this::comment)
			.map(c -> new ReportedComment(c, proposals.findById(c.proposalId()).orElseThrow(), names.of(c.author()),
					reports.countByCommentId(c.id())))
			.toList();
	}

	// Official answers

	/** Gives or changes the official answer and tells other modules. */
	@Transactional
	void answer(ProposalSpace space, Proposal proposal, AnswerStatus status, String text, String language,
			AccountId facilitator) {
		Proposal current = proposals.findById(proposal.id()).orElseThrow();
		current.answer(status, text, language, facilitator);
		events.publishEvent(
				new ProposalAnswered(space.id(), proposal.id(), status, text.strip(), facilitator, space.scope()));
	}

	/** Display names looked up once per page. */
	private final class Names {

		private final Map<Long, Optional<String>> known = new HashMap<>();

		@Nullable String of(@Nullable AccountId account) {
			if (account == null) {
				return null;
			}
			return known.computeIfAbsent(account.value(), id -> accounts.displayName(account)).orElse(null);
		}

	}

}
