package org.copro.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeEntryRepository extends JpaRepository<KnowledgeEntry, Long> {

	Optional<KnowledgeEntry> findByExternalId(String externalId);

	List<KnowledgeEntry> findByExternalIdIn(Collection<String> externalIds);

	List<KnowledgeEntry> findByStatusOrderByUpdatedAtAsc(EntryStatus status);

	List<KnowledgeEntry> findByAuthorAccountOrderByUpdatedAtDesc(Long authorAccount);

	List<KnowledgeEntry> findByTranslationIdAndStatus(Long translationId, EntryStatus status);

	long countByStatus(EntryStatus status);

}
