package org.copro.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's profile, their consent to share contact details (given and received),
 * memberships and posts in "download my data". When they delete their account the profile
 * and every consent go, and their posts stay under "former participant".
 */
@Component
class DirectoryPersonalData implements PersonalDataContributor {

	private final People people;

	private final Organisations organisations;

	private final Groups groups;

	DirectoryPersonalData(People people, Organisations organisations, Groups groups) {
		this.people = people;
		this.organisations = organisations;
		this.groups = groups;
	}

	@Override
	public String section() {
		return "directory";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		people.profileOf(account).ifPresent(profile -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("displayName", profile.displayName());
			entry.put("organisation", profile.organisationId());
			entry.put("interests", profile.interests());
			entry.put("bio", profile.bio());
			entry.put("published", profile.published());
			entry.put("champion", profile.champion());
			entry.put("contactEmail", profile.contactEmail());
			entry.put("contactPhone", profile.contactPhone());
			data.put("profile", entry);
		});
		data.put("contactsSharedWith",
				people.grantsBy(account)
					.stream()
					.map(grant -> Map.of("person", name(grant.granteeId()), "since", grant.grantedAt().toString()))
					.toList());
		data.put("contactsSharedWithYou",
				people.grantsTo(account)
					.stream()
					.map(grant -> Map.of("person", name(grant.ownerId()), "since", grant.grantedAt().toString()))
					.toList());
		data.put("organisations",
				organisations.membershipsOf(account)
					.stream()
					.map(member -> Map.of("organisation",
							organisations.findOptional(member.organisationId()).map(Organisation::name).orElse(""),
							"manager", member.manager(), "joinedAt", member.joinedAt().toString()))
					.toList());
		data.put("groups",
				groups.membershipsOf(account)
					.stream()
					.map(member -> Map.of("group", groups.find(member.groupId()).name(), "organiser",
							member.organiser(), "joinedAt", member.joinedAt().toString()))
					.toList());
		List<Map<String, Object>> posts = groups.postsBy(account).stream().map(post -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("group", groups.find(post.groupId()).name());
			entry.put("kind", post.kind().name());
			entry.put("title", post.title());
			entry.put("body", post.body());
			entry.put("createdAt", post.createdAt().toString());
			return entry;
		}).toList();
		data.put("posts", posts);
		return data;
	}

	private String name(long accountId) {
		return people.profileOf(new AccountId(accountId)).map(Profile::displayName).orElse("#" + accountId);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		people.forget(event.account());
		organisations.forget(event.account());
		groups.forget(event.account());
	}

}
