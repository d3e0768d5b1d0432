package org.copro.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeCommentRepository extends JpaRepository<KnowledgeComment, Long> {

	List<KnowledgeComment> findByEntryIdOrderByCreatedAtAscIdAsc(long entryId);

	List<KnowledgeComment> findByReportCountGreaterThanAndHiddenFalseOrderByCreatedAtAsc(int reportCount);

	List<KnowledgeComment> findByAuthorAccount(Long authorAccount);

	/**
	 * Forgets whose comments these were, without raising their versions (see
	 * KnowledgePersonalData.forget); the author is not in the search index.
	 */
	@Modifying
	@Query("update KnowledgeComment e set e.authorAccount = null, e.authorName = '' where e.authorAccount = ?1")
	int forgetAuthor(Long authorAccount);

	/**
	 * Counts one more report in the database, without raising the version, so that people
	 * reporting the same comment at once are all counted.
	 */
	@Modifying
	@Query("update KnowledgeComment e set e.reportCount = e.reportCount + 1 where e.id = ?1")
	int countReport(long id);

	/**
	 * Shows a hidden comment again and takes away the reports the moderator has seen, in
	 * the database, so that a report counted meanwhile (countReport) stays; raises the
	 * version, so that a moderator hiding it at the same moment meets a conflict.
	 */
	@Modifying
	@Query("""
			update KnowledgeComment e set e.hidden = false, e.version = e.version + 1,
				e.reportCount = case when e.reportCount > ?2 then e.reportCount - ?2 else 0 end
			where e.id = ?1 and e.hidden = true""")
	int show(long id, int seenReports);

}
