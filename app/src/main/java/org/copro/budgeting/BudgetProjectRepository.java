package org.copro.budgeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetProjectRepository extends JpaRepository<BudgetProject, Long> {

	List<BudgetProject> findByProcessIdOrderById(long processId);

	List<BudgetProject> findByHeadingIdOrderById(long headingId);

	List<BudgetProject> findByProposerId(long proposerId);

}
