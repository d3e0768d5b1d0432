package org.copro.projects;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's use cases for a project, its members and its aims. */
@Service
class Projects {

	/** What adding a member by email came to. */
	enum AddOutcome {

		ADDED, NO_ACCOUNT, ALREADY_MEMBER

	}

	private final ProjectRepository projects;

	private final MemberRepository members;

	private final AimRepository aims;

	private final Accounts accounts;

	private final MessageSource messages;

	private final AccessNeedRepository needs;

	// Lazy: the identity module's facade collects every module's personal data, this
	// module's included.
	Projects(ProjectRepository projects, MemberRepository members, AimRepository aims, @Lazy Accounts accounts,
			MessageSource messages, AccessNeedRepository needs) {
		this.needs = needs;
		this.projects = projects;
		this.members = members;
		this.aims = aims;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	Project find(long id) {
		return projects.findById(id).orElseThrow(() -> new ProjectNotFoundException("project " + id));
	}

	/** Public and listed projects, and the private ones the person is a member of. */
	@Transactional(readOnly = true)
	List<Project> visibleTo(Optional<AccountId> person) {
		List<Long> memberOf = person
			.map(account -> members.findByAccountId(account.value()).stream().map(Member::projectId).toList())
			.orElse(List.of());
		return projects.findVisible(memberOf.isEmpty() ? List.of(-1L) : memberOf);
	}

	@Transactional(readOnly = true)
	List<Project> memberOf(AccountId person) {
		return members.findByAccountId(person.value()).stream().map(m -> find(m.projectId())).toList();
	}

	/** Starts a project; the person who starts it is its first member and a co-lead. */
	@Transactional
	long create(ProjectForm.Details details, AccountId creator, MemberRole role) {
		Project project = projects.save(new Project(details));
		members.save(new Member(project.id(), creator, role, true));
		return project.id();
	}

	@Transactional
	void change(long id, ProjectForm.Details details) {
		find(id).change(details);
	}

	@Transactional(readOnly = true)
	List<Member> members(long projectId) {
		return members.findByProjectIdOrderByJoinedAtAscIdAsc(projectId);
	}

	/** The members' names in the language of the page being shown. */
	@Transactional(readOnly = true)
	Names names(long projectId) {
		return new Names(nameMap(projectId),
				messages.getMessage("projects.former-member", null, LocaleContextHolder.getLocale()));
	}

	/**
	 * Each member's name by account id, for the pages that show who agreed, attended or
	 * owns an action.
	 */
	@Transactional(readOnly = true)
	Map<Long, String> nameMap(long projectId) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Member member : members(projectId)) {
			accounts.displayName(member.account()).ifPresent(name -> names.put(member.accountId(), name));
		}
		return names;
	}

	/** How many members hold each role, in the order of the roles. */
	@Transactional(readOnly = true)
	Map<MemberRole, Long> balance(long projectId) {
		Map<MemberRole, Long> balance = new EnumMap<>(MemberRole.class);
		for (MemberRole role : MemberRole.values()) {
			balance.put(role, 0L);
		}
		members(projectId).forEach(member -> balance.merge(member.role(), 1L, Long::sum));
		return balance;
	}

	@Transactional
	AddOutcome addMember(long projectId, String email, MemberRole role, boolean coLead) {
		Optional<AccountId> account = accounts.findByEmail(email);
		if (account.isEmpty()) {
			return AddOutcome.NO_ACCOUNT;
		}
		if (members.findByProjectIdAndAccountId(projectId, account.get().value()).isPresent()) {
			return AddOutcome.ALREADY_MEMBER;
		}
		members.save(new Member(projectId, account.get(), role, coLead));
		return AddOutcome.ADDED;
	}

	/**
	 * Removes a member, unless they are the last co-lead: a project always keeps someone
	 * to lead it.
	 */
	@Transactional
	boolean removeMember(long projectId, long memberId) {
		Member member = member(projectId, memberId);
		if (member.coLead() && members.countByProjectIdAndCoLeadTrue(projectId) <= 1) {
			return false;
		}
		members.delete(member);
		// Access needs are shared with the co-leads only while the person takes part.
		needs.deleteByProjectIdAndAccountId(projectId, member.accountId());
		return true;
	}

	/** Changes a member's role and co-lead flag; the last co-lead cannot step down. */
	@Transactional
	boolean changeMember(long projectId, long memberId, MemberRole role, boolean coLead) {
		Member member = member(projectId, memberId);
		if (member.coLead() && !coLead && members.countByProjectIdAndCoLeadTrue(projectId) <= 1) {
			return false;
		}
		member.changeRole(role);
		member.makeCoLead(coLead);
		if (coLead) {
			find(projectId).needsLead(false);
		}
		return true;
	}

	private Member member(long projectId, long memberId) {
		return members.findById(memberId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("member " + memberId));
	}

	@Transactional(readOnly = true)
	List<Aim> aims(long projectId) {
		return aims.findByProjectIdOrderByIdAsc(projectId);
	}

	/** Proposes an aim; the person who proposes it agrees to it. */
	@Transactional
	void proposeAim(long projectId, String text, AccountId proposer) {
		Aim aim = new Aim(projectId, text);
		aim.agree(proposer.value());
		aims.save(aim);
	}

	@Transactional
	void agreeToAim(long projectId, long aimId, AccountId person, boolean agree) {
		Aim aim = aims.findById(aimId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("aim " + aimId));
		if (agree) {
			aim.agree(person.value());
		}
		else {
			aim.withdraw(person.value());
		}
	}

	@Transactional(readOnly = true)
	List<Member> membershipsOf(AccountId person) {
		return members.findByAccountId(person.value());
	}

	@Transactional(readOnly = true)
	List<Aim> aimsAgreedBy(AccountId person) {
		return aims.findAgreedBy(person.value());
	}

	/**
	 * Removes a deleted account's memberships and its agreement to aims. A project that
	 * loses its last co-lead is not left leaderless: its longest-standing facilitator
	 * becomes co-lead, or, with none, the project is flagged for administrators to
	 * appoint one.
	 */
	@Transactional
	void forget(AccountId person) {
		for (Aim aim : new ArrayList<>(aims.findAgreedBy(person.value()))) {
			aim.withdraw(person.value());
		}
		for (Member member : members.findByAccountId(person.value())) {
			members.delete(member);
			members.flush();
			if (member.coLead() && members.countByProjectIdAndCoLeadTrue(member.projectId()) == 0) {
				handOver(member.projectId());
			}
		}
	}

	private void handOver(long projectId) {
		Optional<Member> facilitator = members(projectId).stream()
			.filter(member -> member.role() == MemberRole.FACILITATOR)
			.findFirst();
		if (facilitator.isPresent()) {
			facilitator.get().makeCoLead(true);
		}
		else {
			// Without raising the project's version: members may be editing the project
			// just as its last co-lead's account is deleted, and neither must fail.
			projects.markNeedsLead(projectId);
		}
	}

	/**
	 * The projects that lost their last co-lead and wait for an administrator to appoint
	 * one.
	 */
	@Transactional(readOnly = true)
	List<Project> leaderless() {
		return projects.findByNeedsLeadTrueOrderByTitleAsc();
	}

	static Set<Long> ids(List<Member> members) {
		return members.stream().map(Member::accountId).collect(Collectors.toSet());
	}

}
