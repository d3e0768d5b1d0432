package org.copro.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProposalCommentReportRepository extends ListCrudRepository<CommentReport, Long> {

	boolean existsByCommentIdAndReporterId(long commentId, long reporterId);

	List<CommentReport> findByReporterIdOrderById(long reporterId);

	/** Comments reported by anyone and not hidden yet, the most reported first. */
	@Query("select r.commentId from ProposalCommentReport r, ProposalComment c where c.id = r.commentId and c.hidden = false"
			+ " group by r.commentId order by count(r) desc, r.commentId")
	List<Long> reportedVisibleComments();

	long countByCommentId(long commentId);

	@Modifying
	@Query("delete from ProposalCommentReport r where r.reporterId = :reporterId")
	int deleteByReporter(long reporterId);

}
