package org.copro.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

	List<Proposal> findBySpaceIdOrderByCreatedAtDesc(long spaceId);

	List<Proposal> findByAuthorIdOrderById(long authorId);

	long countBySpaceId(long spaceId);

	@Modifying
	@Query("update Proposal p set p.authorId = null where p.authorId = :authorId")
	int forgetAuthor(long authorId);

}
