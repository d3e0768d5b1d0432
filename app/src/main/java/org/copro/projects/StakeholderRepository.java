package org.copro.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StakeholderRepository extends JpaRepository<Stakeholder, Long> {

	List<Stakeholder> findByProjectIdOrderByIdAsc(long projectId);

}
