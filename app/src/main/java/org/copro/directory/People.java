package org.copro.directory;

import java.util.List;
import java.util.Optional;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's profiles and their consent to share contact details: a profile is public only
 * while its owner publishes it, and contact details reach only the people the owner
 * chose, for as long as they agree.
 */
@Service
class People {

	private final ProfileRepository profiles;

	private final ContactGrantRepository grants;

	People(ProfileRepository profiles, ContactGrantRepository grants) {
		this.profiles = profiles;
		this.grants = grants;
	}

	@Transactional(readOnly = true)
	Optional<Profile> profileOf(AccountId account) {
		return profiles.findByAccountId(account.value());
	}

	@Transactional(readOnly = true)
	Profile find(long profileId) {
		return profiles.findById(profileId).orElseThrow(() -> new DirectoryNotFoundException("profile", profileId));
	}

	/** The id of the person's profile when it is public, for linking to it. */
	@Transactional(readOnly = true)
	@Nullable Long publishedProfileId(AccountId account) {
		return profiles.findByAccountId(account.value()).filter(Profile::published).map(Profile::id).orElse(null);
	}

	@Transactional(readOnly = true)
	List<Profile> published() {
		return profiles.findPublished();
	}

	@Transactional(readOnly = true)
	List<Profile> publishedAt(long organisationId) {
		return profiles.findPublishedByOrganisation(organisationId);
	}

	@Transactional
	Profile save(AccountId account, String displayName, @Nullable Long organisationId, String interests, String bio,
			String language, boolean published, String contactEmail, String contactPhone) {
		Profile profile = profiles.findByAccountId(account.value())
			.orElseGet(() -> profiles.save(new Profile(account, displayName)));
		profile.change(displayName, organisationId, interests, bio, language, published, contactEmail, contactPhone);
		return profile;
	}

	/**
	 * Hides the person's profile at once; their consent to share contact details is kept
	 * as they gave it.
	 */
	@Transactional
	void withdraw(AccountId account) {
		profiles.findByAccountId(account.value()).ifPresent(Profile::withdraw);
	}

	@Transactional
	void awardChampion(long profileId, boolean champion) {
		find(profileId).awardChampion(champion);
	}

	/**
	 * Whether the viewer may see the profile: when it is public, when it is theirs, or
	 * when it is shared with them.
	 */
	@Transactional(readOnly = true)
	boolean visibleTo(Profile profile, @Nullable AccountId viewer) {
		return profile.published() || (viewer != null && (profile.account().equals(viewer)
				|| grants.existsByOwnerIdAndGranteeId(profile.account().value(), viewer.value())));
	}

	/**
	 * The owner's contact details for this viewer: only for the owner and the people the
	 * owner shares them with; for everyone else, moderators and administrators included,
	 * nothing.
	 */
	@Transactional(readOnly = true)
	Optional<ContactDetails> contactDetails(Profile profile, @Nullable AccountId viewer) {
		if (viewer == null) {
			return Optional.empty();
		}
		boolean allowed = profile.account().equals(viewer)
				|| grants.existsByOwnerIdAndGranteeId(profile.account().value(), viewer.value());
		ContactDetails details = new ContactDetails(profile.contactEmail(), profile.contactPhone());
		return allowed && !details.isEmpty() ? Optional.of(details) : Optional.empty();
	}

	@Transactional(readOnly = true)
	boolean shares(AccountId owner, AccountId grantee) {
		return grants.existsByOwnerIdAndGranteeId(owner.value(), grantee.value());
	}

	/**
	 * Shares the owner's contact details with the person behind a public profile; false
	 * when that is not possible.
	 */
	@Transactional
	boolean share(AccountId owner, long granteeProfileId) {
		Profile grantee = find(granteeProfileId);
		if (!grantee.published() || grantee.account().equals(owner)) {
			return false;
		}
		if (!grants.existsByOwnerIdAndGranteeId(owner.value(), grantee.account().value())) {
			grants.save(new ContactGrant(owner.value(), grantee.account().value()));
		}
		return true;
	}

	/**
	 * Withdraws the consent at once: the other person no longer sees the details on any
	 * page.
	 */
	@Transactional
	void withdrawShare(AccountId owner, AccountId grantee) {
		grants.findByOwnerIdAndGranteeId(owner.value(), grantee.value()).ifPresent(grants::delete);
	}

	@Transactional(readOnly = true)
	List<ContactGrant> grantsBy(AccountId owner) {
		return grants.findByOwnerIdOrderByGrantedAt(owner.value());
	}

	@Transactional(readOnly = true)
	List<ContactGrant> grantsTo(AccountId grantee) {
		return grants.findByGranteeIdOrderByGrantedAt(grantee.value());
	}

	@Transactional
	void forget(AccountId account) {
		grants.deleteByOwnerId(account.value());
		grants.deleteByGranteeId(account.value());
		profiles.deleteByAccountId(account.value());
	}

}
