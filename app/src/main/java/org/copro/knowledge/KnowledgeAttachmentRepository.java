package org.copro.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeAttachmentRepository extends JpaRepository<KnowledgeAttachment, Long> {

	List<KnowledgeAttachment> findByEntryIdOrderByIdAsc(long entryId);

	List<KnowledgeAttachment> findByUploadedBy(Long uploadedBy);

}
