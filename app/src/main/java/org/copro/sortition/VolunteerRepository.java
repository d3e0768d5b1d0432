package org.copro.sortition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

	List<Volunteer> findByRecruitmentIdOrderByPoolNumber(long recruitmentId);

	Optional<Volunteer> findByRecruitmentIdAndAccountId(long recruitmentId, long accountId);

	List<Volunteer> findByAccountId(long accountId);

	@Query("select v.recruitmentId from Volunteer v where v.accountId = ?1 order by v.recruitmentId")
	List<Long> findRecruitmentIdsByAccountId(long accountId);

	/**
	 * Forgets who a drawn volunteer is; their answers stay, since the published pool and
	 * panel rely on them. The caller holds the recruitment's lock.
	 */
	@Modifying
	@Query("update Volunteer v set v.accountId = null, v.name = null, v.contact = null, v.accessNeeds = null,"
			+ " v.household = null, v.anonymised = true where v.recruitmentId = ?1 and v.accountId = ?2")
	int anonymise(long recruitmentId, long accountId);

	long countByRecruitmentId(long recruitmentId);

	@Query("select coalesce(max(v.poolNumber), 0) from Volunteer v where v.recruitmentId = ?1")
	int lastPoolNumber(long recruitmentId);

	/**
	 * Records that a volunteer was told of the draw without raising their version: the
	 * notice is sent just after the draw, when the volunteer may be answering for their
	 * place at the same moment, and that answer must not fail for it.
	 */
	@Modifying
	@Query("update Volunteer v set v.notified = true where v.id = ?1")
	void markNotified(long id);

}
