package org.copro.directory;

import java.time.Instant;
import java.util.List;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local groups' use cases: starting one, joining and leaving, threads and replies,
 * announcements, meetings.
 */
@Service
class Groups {

	private final LocalGroupRepository groups;

	private final GroupMemberRepository members;

	private final GroupPostRepository posts;

	private final GroupMeetingRepository meetings;

	private final ApplicationEventPublisher events;

	Groups(LocalGroupRepository groups, GroupMemberRepository members, GroupPostRepository posts,
			GroupMeetingRepository meetings, ApplicationEventPublisher events) {
		this.groups = groups;
		this.members = members;
		this.posts = posts;
		this.meetings = meetings;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<LocalGroup> list() {
		return groups.findAllByName();
	}

	@Transactional(readOnly = true)
	LocalGroup find(long id) {
		return groups.findById(id).orElseThrow(() -> new DirectoryNotFoundException("group", id));
	}

	/** Starts a group; the person who starts it is its first member and organiser. */
	@Transactional
	long start(String name, GroupKind kind, @Nullable Area area, @Nullable String theme, String description,
			String language, AccountId organiser) {
		LocalGroup group = groups.save(new LocalGroup(name, kind, area, theme, description, language));
		members.save(new GroupMember(group.id(), organiser.value(), true));
		return group.id();
	}

	@Transactional(readOnly = true)
	boolean isMember(long groupId, AccountId account) {
		return members.findByGroupIdAndAccountId(groupId, account.value()).isPresent();
	}

	@Transactional(readOnly = true)
	boolean isOrganiser(long groupId, AccountId account) {
		return members.findByGroupIdAndAccountId(groupId, account.value()).map(GroupMember::organiser).orElse(false);
	}

	@Transactional(readOnly = true)
	List<GroupMember> members(long groupId) {
		return members.findByGroupIdOrderByJoinedAt(groupId);
	}

	@Transactional(readOnly = true)
	long memberCount(long groupId) {
		return members.countByGroupId(groupId);
	}

	@Transactional(readOnly = true)
	List<GroupMember> membershipsOf(AccountId account) {
		return members.findByAccountId(account.value());
	}

	@Transactional
	void join(long groupId, AccountId account) {
		find(groupId);
		if (!isMember(groupId, account)) {
			members.save(new GroupMember(groupId, account.value(), false));
		}
	}

	@Transactional
	void leave(long groupId, AccountId account) {
		members.findByGroupIdAndAccountId(groupId, account.value()).ifPresent(members::delete);
	}

	@Transactional(readOnly = true)
	List<GroupPost> threads(long groupId) {
		return posts.findByGroupIdAndKindOrderByCreatedAtDesc(groupId, PostKind.THREAD);
	}

	@Transactional(readOnly = true)
	List<GroupPost> announcements(long groupId) {
		return posts.findByGroupIdAndKindOrderByCreatedAtDesc(groupId, PostKind.ANNOUNCEMENT);
	}

	@Transactional(readOnly = true)
	long replyCount(long threadId) {
		return posts.countByThreadId(threadId);
	}

	/** A thread's opening post or an announcement of the group. */
	@Transactional(readOnly = true)
	GroupPost thread(long groupId, long postId) {
		return posts.findById(postId)
			.filter(post -> post.groupId() == groupId && post.kind() != PostKind.REPLY)
			.orElseThrow(() -> new DirectoryNotFoundException("thread", postId));
	}

	@Transactional(readOnly = true)
	List<GroupPost> replies(long threadId) {
		return posts.findByThreadIdOrderByCreatedAt(threadId);
	}

	@Transactional
	long startThread(long groupId, String title, String body, String language, AccountId author) {
		GroupPost post = posts
			.save(new GroupPost(find(groupId).id(), null, PostKind.THREAD, title, body, language, author));
		events.publishEvent(
				new GroupPostPublished(groupId, post.id(), post.id(), author, excerpt(title, body), language));
		return post.id();
	}

	@Transactional
	long reply(long groupId, long threadId, String body, String language, AccountId author) {
		GroupPost thread = thread(groupId, threadId);
		if (thread.kind() != PostKind.THREAD) {
			throw new DirectoryNotFoundException("thread", threadId);
		}
		GroupPost post = posts.save(new GroupPost(groupId, threadId, PostKind.REPLY, null, body, language, author));
		events
			.publishEvent(new GroupPostPublished(groupId, post.id(), threadId, author, excerpt(null, body), language));
		return post.id();
	}

	@Transactional
	long announce(long groupId, String title, String body, String language, AccountId author) {
		GroupPost post = posts
			.save(new GroupPost(find(groupId).id(), null, PostKind.ANNOUNCEMENT, title, body, language, author));
		events.publishEvent(
				new GroupPostPublished(groupId, post.id(), post.id(), author, excerpt(title, body), language));
		return post.id();
	}

	private static String excerpt(@Nullable String title, String body) {
		String text = (title == null ? "" : title.strip() + ": ") + body.strip();
		return text.length() > 500 ? text.substring(0, 500) + "…" : text;
	}

	@Transactional
	long scheduleMeeting(long groupId, String title, Instant startsAt, String place, boolean online,
			@Nullable String description, String language, AccountId organiser) {
		return meetings
			.save(new GroupMeeting(find(groupId).id(), title, startsAt, place, online, description, language,
					organiser))
			.id();
	}

	@Transactional(readOnly = true)
	List<GroupMeeting> upcomingMeetings(long groupId) {
		return meetings.findByGroupIdAndStartsAtAfterOrderByStartsAt(groupId, Instant.now().minusSeconds(3 * 3600));
	}

	@Transactional(readOnly = true)
	List<GroupPost> postsBy(AccountId author) {
		return posts.findByAuthorId(author.value());
	}

	/**
	 * Removes the person from every group; their posts stay, under "former participant".
	 */
	@Transactional
	void forget(AccountId account) {
		members.deleteByAccountId(account.value());
		posts.findByAuthorId(account.value()).forEach(GroupPost::forgetAuthor);
		meetings.findByCreatedBy(account.value()).forEach(GroupMeeting::forgetCreator);
	}

}
