package org.copro.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PowerCheckRepository extends JpaRepository<PowerCheck, Long> {

	List<PowerCheck> findByProjectIdOrderByAnsweredAtAscIdAsc(long projectId);

	List<PowerCheck> findByAccountId(Long accountId);

}
