package org.copro.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's memberships, claims and access needs in "download my data". When they delete
 * their account, their access needs and memberships go; their claims stay for the finance
 * records, from a former member.
 */
@Component
class ProjectsPersonalData implements PersonalDataContributor {

	private final Projects projects;

	private final Agreements agreements;

	private final Meetings meetings;

	private final ParticipationSupport support;

	private final PowerChecks powerChecks;

	private final ProjectReports reports;

	ProjectsPersonalData(Projects projects, Agreements agreements, Meetings meetings, ParticipationSupport support,
			PowerChecks powerChecks, ProjectReports reports) {
		this.reports = reports;
		this.powerChecks = powerChecks;
		this.projects = projects;
		this.agreements = agreements;
		this.meetings = meetings;
		this.support = support;
	}

	@Override
	public String section() {
		return "projects";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("memberships", projects.membershipsOf(account).stream().map(member -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("project", projects.find(member.projectId()).title());
			entry.put("role", member.role().name());
			entry.put("coLead", member.coLead());
			entry.put("joinedAt", member.joinedAt().toString());
			return entry;
		}).toList());
		data.put("aimsAgreed", projects.aimsAgreedBy(account).stream().map(Aim::text).toList());
		data.put("agreementsAgreed",
				agreements.agreedBy(account)
					.stream()
					.map(version -> Map.of("project", projects.find(version.projectId()).title(), "agreement",
							version.kind().name(), "version", version.versionNumber()))
					.toList());
		data.put("actions", meetings.ownedBy(account).stream().map(action -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("text", action.text());
			entry.put("due", action.dueOn() == null ? "" : action.dueOn().toString());
			entry.put("status", action.status().name());
			return entry;
		}).toList());
		List<Map<String, Object>> claims = support.claimsOf(account).stream().map(claim -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("project", projects.find(claim.projectId()).title());
			entry.put("category", claim.category().name());
			entry.put("amount", claim.amount().toPlainString());
			entry.put("description", claim.description());
			entry.put("status", claim.status().name());
			entry.put("submittedAt", claim.submittedAt().toString());
			return entry;
		}).toList();
		data.put("expenseClaims", claims);
		data.put("accessNeeds",
				support.needsOf(account)
					.stream()
					.map(need -> Map.of("project", projects.find(need.projectId()).title(), "needs", need.text()))
					.toList());
		data.put("powerChecks", powerChecks.of(account).stream().map(check -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("project", projects.find(check.projectId()).title());
			entry.put("answeredAt", check.answeredAt().toString());
			entry.put("ladder", check.ladder().name());
			entry.put("values", check.values());
			entry.put("reflections", check.reflections());
			return entry;
		}).toList());
		data.put("reportVersions",
				reports.editedBy(account)
					.stream()
					.map(version -> Map.of("project", projects.find(version.projectId()).title(), "version",
							version.versionNumber(), "savedAt", version.savedAt().toString()))
					.toList());
		return data;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		support.forget(event.account());
		powerChecks.forget(event.account());
		meetings.forget(event.account());
		agreements.forget(event.account());
		reports.forget(event.account());
		projects.forget(event.account());
	}

}
