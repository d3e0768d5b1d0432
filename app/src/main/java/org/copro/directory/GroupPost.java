package org.copro.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A thread's opening post, a reply to it, or an announcement; the author is gone once
 * their account is.
 */
@Entity
@Table(name = "dir_group_post")
class GroupPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long groupId;

	private @Nullable Long threadId;

	@Enumerated(EnumType.STRING)
	private PostKind kind = PostKind.THREAD;

	private @Nullable String title;

	private String body = "";

	private String language = "en";

	private @Nullable Long authorId;

	private Instant createdAt = Instant.now();

	protected GroupPost() {
	}

	GroupPost(long groupId, @Nullable Long threadId, PostKind kind, @Nullable String title, String body,
			String language, AccountId author) {
		this.language = language;
		this.groupId = groupId;
		this.threadId = threadId;
		this.kind = kind;
		this.title = title == null ? null : title.strip();
		this.body = body.strip();
		this.authorId = author.value();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Post not saved yet");
		}
		return id;
	}

	public long groupId() {
		return groupId;
	}

	public @Nullable Long threadId() {
		return threadId;
	}

	public PostKind kind() {
		return kind;
	}

	public @Nullable String title() {
		return title;
	}

	public String body() {
		return body;
	}

	/** The language the title and text are written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public List<String> paragraphs() {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public @Nullable Long authorId() {
		return authorId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	void forgetAuthor() {
		authorId = null;
	}

}
