package org.copro.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeCommentRepository extends JpaRepository<KnowledgeComment, Long> {

	List<KnowledgeComment> findByEntryIdOrderByCreatedAtAscIdAsc(long entryId);

	List<KnowledgeComment> findByReportCountGreaterThanAndHiddenFalseOrderByCreatedAtAsc(int reportCount);

	List<KnowledgeComment> findByAuthorAccount(Long authorAccount);

}
