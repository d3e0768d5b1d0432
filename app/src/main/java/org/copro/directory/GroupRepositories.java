package org.copro.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocalGroupRepository extends JpaRepository<LocalGroup, Long> {

	@Query("select g from LocalGroup g order by lower(g.name), g.id")
	List<LocalGroup> findAllByName();

}

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

	List<GroupMember> findByGroupIdOrderByJoinedAt(long groupId);

	List<GroupMember> findByAccountId(long accountId);

	Optional<GroupMember> findByGroupIdAndAccountId(long groupId, long accountId);

	long countByGroupId(long groupId);

	void deleteByAccountId(long accountId);

}

interface GroupPostRepository extends JpaRepository<GroupPost, Long> {

	List<GroupPost> findByGroupIdAndKindOrderByCreatedAtDesc(long groupId, PostKind kind);

	List<GroupPost> findByThreadIdOrderByCreatedAt(long threadId);

	List<GroupPost> findByAuthorId(long authorId);

	long countByThreadId(long threadId);

}

interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

	List<GroupMeeting> findByGroupIdAndStartsAtAfterOrderByStartsAt(long groupId, Instant after);

	List<GroupMeeting> findByCreatedBy(long createdBy);

}
