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
