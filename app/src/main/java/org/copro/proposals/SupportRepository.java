package org.copro.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SupportRepository extends ListCrudRepository<ProposalSupport, Long> {

	/** How many supports one proposal has. */
	interface ProposalSupports {

		long getProposalId();

		long getSupports();

	}

	@Query("select s.proposalId as proposalId, count(s) as supports from ProposalSupport s, Proposal p"
			+ " where p.id = s.proposalId and p.spaceId = :spaceId group by s.proposalId")
	List<ProposalSupports> countBySpace(long spaceId);

	long countByProposalId(long proposalId);

	boolean existsByProposalIdAndSupporterId(long proposalId, long supporterId);

	List<ProposalSupport> findBySupporterIdOrderById(long supporterId);

	@Modifying
	@Query("delete from ProposalSupport s where s.proposalId = :proposalId and s.supporterId = :supporterId")
	int withdraw(long proposalId, long supporterId);

	@Modifying
	@Query("delete from ProposalSupport s where s.supporterId = :supporterId")
	int deleteBySupporter(long supporterId);

}
