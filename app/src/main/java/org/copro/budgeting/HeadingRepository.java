package org.copro.budgeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HeadingRepository extends JpaRepository<BudgetHeading, Long> {

	List<BudgetHeading> findByProcessIdOrderById(long processId);

}
