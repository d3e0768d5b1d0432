package org.copro.conversations;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

	List<Conversation> findAllByOrderByOpenDescCreatedAtDesc();

}
