package org.copro.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A person's profile in the directory. It is public only while published. The contact
 * details have no public accessor: {@link People#contactDetails} hands them out only to
 * the people the person chose.
 */
@Entity
@Table(name = "dir_profile")
class Profile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long accountId;

	private String displayName = "";

	private @Nullable Long organisationId;

	private @Nullable String interests;

	private @Nullable String bio;

	private String language = "en";

	private boolean published;

	private boolean champion;

	private @Nullable String contactEmail;

	private @Nullable String contactPhone;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Profile() {
	}

	Profile(AccountId account, String displayName) {
		this.accountId = account.value();
		this.displayName = displayName;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Profile not saved yet");
		}
		return id;
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable Long organisationId() {
		return organisationId;
	}

	public @Nullable String interests() {
		return interests;
	}

	/** The language the interests and bio are written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public @Nullable String bio() {
		return bio;
	}

	public boolean published() {
		return published;
	}

	public boolean champion() {
		return champion;
	}

	@Nullable String contactEmail() {
		return contactEmail;
	}

	@Nullable String contactPhone() {
		return contactPhone;
	}

	void change(String displayName, @Nullable Long organisationId, String interests, String bio, String language,
			boolean published, String contactEmail, String contactPhone) {
		this.language = language;
		this.displayName = displayName.strip();
		this.organisationId = organisationId;
		this.interests = blankToNull(interests);
		this.bio = blankToNull(bio);
		this.published = published;
		this.contactEmail = blankToNull(contactEmail);
		this.contactPhone = blankToNull(contactPhone);
		this.updatedAt = Instant.now();
	}

	void withdraw() {
		published = false;
		updatedAt = Instant.now();
	}

	void awardChampion(boolean champion) {
		this.champion = champion;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
