package org.copro.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeEntryRepository extends JpaRepository<KnowledgeEntry, Long> {

	Optional<KnowledgeEntry> findByExternalId(String externalId);

	List<KnowledgeEntry> findByExternalIdIn(Collection<String> externalIds);

	List<KnowledgeEntry> findByStatusOrderByUpdatedAtAsc(EntryStatus status);

	List<KnowledgeEntry> findByAuthorAccountOrderByUpdatedAtDesc(Long authorAccount);

	List<KnowledgeEntry> findByTranslationIdAndStatus(Long translationId, EntryStatus status);

	long countByStatus(EntryStatus status);

	/**
	 * Forgets whose entries these were, without raising their versions (see
	 * KnowledgePersonalData.forget); the author is not in the search index.
	 */
	@Modifying
	@Query("update KnowledgeEntry e set e.authorAccount = null, e.authorName = null where e.authorAccount = ?1")
	int forgetAuthor(Long authorAccount);

}
