package org.copro.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CommentRepository extends ListCrudRepository<ProposalComment, Long> {

	/** How many comments one proposal has. */
	interface ProposalComments {

		long getProposalId();

		long getComments();

	}

	List<ProposalComment> findByProposalIdOrderById(long proposalId);

	List<ProposalComment> findByAuthorIdOrderById(long authorId);

	long countByProposalId(long proposalId);

	@Query("select c.proposalId as proposalId, count(c) as comments from ProposalComment c, Proposal p"
			+ " where p.id = c.proposalId and p.spaceId = :spaceId and c.hidden = false group by c.proposalId")
	List<ProposalComments> countVisibleBySpace(long spaceId);

	@Modifying
	@Query("update ProposalComment c set c.authorId = null where c.authorId = :authorId")
	int forgetAuthor(long authorId);

}
