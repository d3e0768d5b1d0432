package org.copro.sortition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

	List<Volunteer> findByRecruitmentIdOrderByPoolNumber(long recruitmentId);

	Optional<Volunteer> findByRecruitmentIdAndAccountId(long recruitmentId, long accountId);

	List<Volunteer> findByAccountId(long accountId);

	long countByRecruitmentId(long recruitmentId);

	@Query("select coalesce(max(v.poolNumber), 0) from Volunteer v where v.recruitmentId = ?1")
	int lastPoolNumber(long recruitmentId);

}
