package org.copro.conversations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface VoteRepository extends ListCrudRepository<Vote, Long> {

	List<Vote> findByConversationId(long conversationId);

	List<Vote> findByConversationIdAndVoterId(long conversationId, long voterId);

	Optional<Vote> findByStatementIdAndVoterId(long statementId, long voterId);

	List<Vote> findByVoterIdOrderByVotedAt(long voterId);
}
