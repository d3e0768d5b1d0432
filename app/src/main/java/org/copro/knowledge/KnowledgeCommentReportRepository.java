package org.copro.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeCommentReportRepository extends JpaRepository<CommentReport, Long> {

	boolean existsByCommentIdAndReporterAccount(long commentId, Long reporterAccount);

	List<CommentReport> findByReporterAccount(Long reporterAccount);

}
