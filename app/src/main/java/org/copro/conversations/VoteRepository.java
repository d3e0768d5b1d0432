package org.copro.conversations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface VoteRepository extends ListCrudRepository<Vote, Long> {

	/** How many votes one statement has. */
	interface StatementVotes {

		long getStatementId();

		long getVotes();

	}

	@Query("select v.statementId as statementId, count(v) as votes from Vote v where v.conversationId = :conversationId"
			+ " group by v.statementId")
	List<StatementVotes> countByStatement(long conversationId);

	List<Vote> findByConversationId(long conversationId);

	List<Vote> findByConversationIdAndVoterId(long conversationId, long voterId);

	Optional<Vote> findByStatementIdAndVoterId(long statementId, long voterId);

	List<Vote> findByVoterIdOrderByVotedAt(long voterId);

}
