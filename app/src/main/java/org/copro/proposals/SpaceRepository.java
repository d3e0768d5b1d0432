package org.copro.proposals;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SpaceRepository extends ListCrudRepository<ProposalSpace, Long> {

	List<ProposalSpace> findAllByOrderByOpenDescCreatedAtDesc();

}
