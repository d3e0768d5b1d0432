package org.copro.budgeting;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProcessRepository extends JpaRepository<BudgetingProcess, Long> {

	List<BudgetingProcess> findAllByOrderByCreatedAtDesc();

	/**
	 * Locks the process so that closing the vote waits for ballots being written, and
	 * they for it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from BudgetingProcess p where p.id = ?1")
	Optional<BudgetingProcess> findForUpdate(long id);

	/**
	 * A shared lock: ballots are written side by side, but never while the vote is being
	 * closed.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select p from BudgetingProcess p where p.id = ?1")
	Optional<BudgetingProcess> findForVoting(long id);

}
