package org.copro.accountability;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;
import org.copro.web.TextLanguages;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of input from a tool, as the log keeps it: what was said, where, by whom, and
 * the status its latest response gave it (none while it waits).
 */
@Entity
@Table(name = "acc_input")
// An update writes only what changed, so that an answer given just as the author's
// account is deleted keeps the author forgotten (InputItemRepository.forgetAuthor).
@DynamicUpdate
class InputItem {

	/** Long enough to recognise the input; the whole of it is one link away. */
	static final int EXCERPT_LENGTH = 280;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String tool = "";

	private String reference = "";

	private @Nullable Long authorId;

	/**
	 * True once the author deleted their account, so that the log says "former
	 * participant".
	 */
	private boolean authorFormer;

	private String excerpt = "";

	private @Nullable String language;

	private String path = "/";

	private @Nullable String scope;

	private Instant receivedAt = Instant.now();

	@Enumerated(EnumType.STRING)
	private @Nullable ActionStatus status;

	private @Nullable Instant answeredAt;

	@Version
	private long version;

	protected InputItem() {
	}

	InputItem(InputReceived input, Instant receivedAt) {
		this.tool = input.tool().strip();
		this.reference = input.reference().strip();
		this.authorId = input.authorAccount();
		this.excerpt = excerptOf(input.excerpt());
		String written = input.language();
		this.language = written != null && written.matches(TextLanguages.PATTERN) ? written : null;
		this.path = safePath(input.path());
		String scope = input.scope();
		// Scopes are short keys such as "project:7"; a longer one cannot be one.
		this.scope = scope == null || scope.isBlank() || scope.strip().length() > 100 ? null : scope.strip();
		this.receivedAt = receivedAt;
	}

	/**
	 * The first words of the input, cut at a word boundary with an ellipsis when it is
	 * long.
	 */
	static String excerptOf(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH - 1);
		if (cut < EXCERPT_LENGTH / 2) {
			cut = EXCERPT_LENGTH - 1;
		}
		return flat.substring(0, cut).strip() + "…";
	}

	/** Only a path on this site, so that a link in the log can never lead elsewhere. */
	static String safePath(String path) {
		String trimmed = path.strip();
		boolean local = trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.contains("\\")
				&& trimmed.length() <= 500 && trimmed.chars().noneMatch(Character::isWhitespace);
		return local ? trimmed : "/";
	}

	void answer(Response response) {
		this.status = response.status();
		this.answeredAt = response.respondedAt();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Input not saved yet");
		}
		return id;
	}

	String tool() {
		return tool;
	}

	String reference() {
		return reference;
	}

	@Nullable AccountId author() {
		return authorId == null ? null : new AccountId(authorId);
	}

	boolean authorFormer() {
		return authorFormer;
	}

	String excerpt() {
		return excerpt;
	}

	/** The language the excerpt is written in, or null when its tool did not say. */
	@Nullable String language() {
		return language;
	}

	String path() {
		return path;
	}

	@Nullable String scope() {
		return scope;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	@Nullable ActionStatus status() {
		return status;
	}

	@Nullable Instant answeredAt() {
		return answeredAt;
	}

	boolean waiting() {
		return status == null;
	}

}
