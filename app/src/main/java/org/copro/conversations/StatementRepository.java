package org.copro.conversations;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StatementRepository extends ListCrudRepository<ConversationStatement, Long> {

	List<ConversationStatement> findByConversationIdOrderById(long conversationId);

	List<ConversationStatement> findByAuthorIdOrderById(long authorId);

	@Modifying
	@Query("update ConversationStatement s set s.authorId = null where s.authorId = :authorId")
	int forgetAuthor(long authorId);

}
