package org.copro.projects;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface ProjectRepository extends JpaRepository<Project, Long> {

	@Query("select p from Project p where p.visibility <> org.copro.projects.Visibility.PRIVATE or p.id in ?1 "
			+ "order by p.createdAt desc")
	List<Project> findVisible(Collection<Long> memberOf);

	List<Project> findByNextReviewOnBetween(LocalDate from, LocalDate to);

	/**
	 * Marks the project's review date as announced, in a transaction of its own that
	 * commits at once; 1 for the run that claims it, 0 when another run already did or
	 * the date changed. The mark does not raise the project's version: the reminders go
	 * out while members may be editing the project, and neither must fail for the other.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Modifying
	@Query("update Project p set p.reviewRemindedFor = ?2 where p.id = ?1 and p.nextReviewOn = ?2"
			+ " and (p.reviewRemindedFor is null or p.reviewRemindedFor <> ?2)")
	int claimReviewReminder(long id, LocalDate reviewOn);

	/**
	 * Tells administrators that the project lost its last co-lead, without raising its
	 * version (see Projects.forget).
	 */
	@Modifying
	@Query("update Project p set p.needsLead = true where p.id = ?1")
	int markNeedsLead(long id);

	List<Project> findByNeedsLeadTrueOrderByTitleAsc();

}

interface MemberRepository extends JpaRepository<Member, Long> {

	List<Member> findByProjectIdOrderByJoinedAtAscIdAsc(long projectId);

	Optional<Member> findByProjectIdAndAccountId(long projectId, long accountId);

	List<Member> findByAccountId(long accountId);

	long countByProjectIdAndCoLeadTrue(long projectId);

}

interface AimRepository extends JpaRepository<Aim, Long> {

	List<Aim> findByProjectIdOrderByIdAsc(long projectId);

	@Query("select a from Aim a join a.agreedBy b where b = ?1")
	List<Aim> findAgreedBy(long accountId);

}

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

	List<AgreementVersion> findByProjectIdAndKindOrderByVersionNumberDesc(long projectId, AgreementKind kind);

	@Query("select v from AgreementVersion v join v.agreedBy b where b = ?1")
	List<AgreementVersion> findAgreedBy(long accountId);

	List<AgreementVersion> findByAuthorId(Long authorId);

}

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByProjectIdOrderByHeldOnDescIdDesc(long projectId);

	@Query("select m from Meeting m join m.attendees a where a = ?1")
	List<Meeting> findAttendedBy(long accountId);

}

interface ActionRepository extends JpaRepository<Action, Long> {

	List<Action> findByMeetingIdOrderByIdAsc(long meetingId);

	List<Action> findByProjectIdOrderByIdAsc(long projectId);

	List<Action> findByOwnerId(Long ownerId);

}

interface ClaimRepository extends JpaRepository<Claim, Long> {

	List<Claim> findByProjectIdOrderBySubmittedAtDescIdDesc(long projectId);

	List<Claim> findByProjectIdAndClaimantIdOrderBySubmittedAtDescIdDesc(long projectId, Long claimantId);

	List<Claim> findByClaimantId(Long claimantId);

	/**
	 * Forgets whose claims these were, without raising their versions: a claimant's
	 * account may be deleted while a lead approves, rejects or pays their claim, and
	 * neither must fail for the other.
	 */
	@Modifying
	@Query("update Claim c set c.claimantId = null where c.claimantId = ?1")
	int forgetClaimant(Long claimantId);

}

interface AccessNeedRepository extends JpaRepository<AccessNeed, Long> {

	Optional<AccessNeed> findByProjectIdAndAccountId(long projectId, long accountId);

	List<AccessNeed> findByProjectIdOrderByIdAsc(long projectId);

	List<AccessNeed> findByAccountId(long accountId);

	void deleteByAccountId(long accountId);

	void deleteByProjectIdAndAccountId(long projectId, long accountId);

}

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

	List<ReportVersion> findByProjectIdOrderByVersionNumberDesc(long projectId);

	Optional<ReportVersion> findFirstByProjectIdOrderByVersionNumberDesc(long projectId);

	Optional<ReportVersion> findByProjectIdAndVersionNumber(long projectId, int versionNumber);

	List<ReportVersion> findByEditorId(Long editorId);

}
