package org.copro.proposals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's proposals, supports, comments and reports in "download my data"; when they
 * delete their account, their proposals and comments stay under "former participant" and
 * their supports and reports go.
 */
@Component
class ProposalsPersonalData implements PersonalDataContributor {

	// Repositories only: the identity module's facade asks every contributor, so this
	// must not need it back.
	private final ProposalRepository proposalRepository;

	private final SupportRepository supports;

	private final CommentRepository comments;

	private final ProposalCommentReportRepository reports;

	ProposalsPersonalData(ProposalRepository proposalRepository, SupportRepository supports, CommentRepository comments,
			ProposalCommentReportRepository reports) {
		this.proposalRepository = proposalRepository;
		this.supports = supports;
		this.comments = comments;
		this.reports = reports;
	}

	@Override
	public String section() {
		return "proposals";
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		forget(event.account());
	}

	/** Everything this module holds about one person. */
	@Transactional(readOnly = true)
	@Override
	public Map<String, Object> personalData(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("proposals", proposalRepository.findByAuthorIdOrderById(account.value()).stream().map(p -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("space", p.spaceId());
			each.put("proposal", p.id());
			each.put("title", p.title());
			each.put("body", p.body());
			each.put("withdrawn", p.withdrawn());
			each.put("createdAt", p.createdAt().toString());
			return each;
		}).toList());
		data.put("supports", supports.findBySupporterIdOrderById(account.value()).stream().map(s -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("proposal", s.proposalId());
			each.put("title", proposalRepository.findById(s.proposalId()).map(Proposal::title).orElse(""));
			each.put("supportedAt", s.createdAt().toString());
			return each;
		}).toList());
		data.put("comments", comments.findByAuthorIdOrderById(account.value()).stream().map(c -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("proposal", c.proposalId());
			each.put("comment", c.id());
			each.put("inReplyTo", c.parentId());
			each.put("stance", c.stance().key());
			each.put("text", c.text());
			each.put("hidden", c.hidden());
			each.put("createdAt", c.createdAt().toString());
			return each;
		}).toList());
		data.put("reports", reports.findByReporterIdOrderById(account.value()).stream().map(r -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("comment", r.commentId());
			each.put("reportedAt", r.createdAt().toString());
			return each;
		}).toList());
		return data;
	}

	/**
	 * A deleted account's proposals and comments stay, from a former participant; its
	 * supports and reports go.
	 */
	@Transactional
	void forget(AccountId account) {
		proposalRepository.forgetAuthor(account.value());
		comments.forgetAuthor(account.value());
		supports.deleteBySupporter(account.value());
		reports.deleteByReporter(account.value());
	}

}
