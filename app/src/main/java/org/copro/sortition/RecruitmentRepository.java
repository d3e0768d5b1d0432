package org.copro.sortition;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RecruitmentRepository extends JpaRepository<Recruitment, Long> {

	List<Recruitment> findAllByOrderByCreatedAtDesc();

	@Query("select r.id from Recruitment r where r.status = ?1")
	List<Long> findIdsByStatus(RecruitmentStatus status);

	/**
	 * Locks the recruitment so that pool numbers, the draw and replacements happen one at
	 * a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Recruitment r where r.id = ?1")
	Optional<Recruitment> findForUpdate(long id);

}
