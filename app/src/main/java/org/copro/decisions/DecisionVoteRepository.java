package org.copro.decisions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionVoteRepository extends JpaRepository<DecisionVote, Long> {

	Optional<DecisionVote> findByDecisionIdAndVoterId(long decisionId, long voterId);

	List<DecisionVote> findByDecisionIdOrderById(long decisionId);

	long countByDecisionId(long decisionId);

	List<DecisionVote> findByVoterId(long voterId);

}
