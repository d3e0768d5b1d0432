package org.copro.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findAllByOrderByCreatedAtDesc();

	/** The ids only: closing takes each decision in a statement of its own (closeDue). */
	@Query("select d.id from Decision d where d.status = org.copro.decisions.DecisionStatus.OPEN"
			+ " and d.closesAt <= ?1 order by d.closesAt, d.id")
	List<Long> findIdsDueToClose(Instant at);

	/**
	 * Closes the decision at its closing time, in the database: 1 when it was open and
	 * due, 0 otherwise. The update waits for votes being written (findForVoting) and they
	 * for it, and it changes the decision whatever version a facilitator's change has
	 * just given it, so that the scheduled run never fails on such a change; the version
	 * is raised, so that a change begun before the closing does not pass unnoticed.
	 */
	@Modifying
	@Query("update Decision d set d.status = org.copro.decisions.DecisionStatus.CLOSED, d.closedAt = ?2,"
			+ " d.version = d.version + 1"
			+ " where d.id = ?1 and d.status = org.copro.decisions.DecisionStatus.OPEN and d.closesAt <= ?2")
	int closeDue(long id, Instant at);

	@Query("select d from Decision d where d.status = org.copro.decisions.DecisionStatus.OPEN"
			+ " and d.remindedAt is null and d.closesAt <= ?1 and d.closesAt > ?2")
	List<Decision> findDueForReminder(Instant remindBefore, Instant now);

	/**
	 * Marks the decision's reminder as sent, in a transaction of its own that commits at
	 * once; 1 for the run that claims it, 0 when another run already did. The mark does
	 * not raise the decision's version: the reminders go out while facilitators may be
	 * changing the decision, and neither must fail for the other.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Modifying
	@Query("update Decision d set d.remindedAt = ?2 where d.id = ?1 and d.remindedAt is null")
	int claimReminder(long id, Instant at);

	/**
	 * Locks the decision so that closing waits for votes being written, and they for it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Decision d where d.id = ?1")
	Optional<Decision> findForUpdate(long id);

	/**
	 * A shared lock: votes are written side by side, but never while the decision is
	 * being closed.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select d from Decision d where d.id = ?1")
	Optional<Decision> findForVoting(long id);

}
