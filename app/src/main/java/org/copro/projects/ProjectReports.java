package org.copro.projects;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.copro.accountability.AccountabilityLog;
import org.copro.accountability.InputSummary;
import org.copro.identity.AccountId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project report that members write together: a first draft assembled from the
 * project's own records, each save kept as a version with its editor, a save from an
 * out-of-date version refused as a conflict, and the version a co-lead publishes.
 */
@Service
class ProjectReports {

	/**
	 * A save made from a version that is no longer the latest: someone else saved in
	 * between.
	 */
	static final class Conflict extends RuntimeException {

		private final int latest;

		Conflict(int latest) {
			super("The report has a newer version " + latest);
			this.latest = latest;
		}

		int latest() {
			return latest;
		}

	}

	private final ReportVersionRepository versions;

	private final ProjectRepository projects;

	private final Projects projectService;

	private final Meetings meetings;

	private final Evaluation evaluation;

	private final Stakeholders stakeholders;

	private final AccountabilityLog accountability;

	private final MessageSource messages;

	ProjectReports(ReportVersionRepository versions, ProjectRepository projects, Projects projectService,
			Meetings meetings, Evaluation evaluation, Stakeholders stakeholders, AccountabilityLog accountability,
			MessageSource messages) {
		this.versions = versions;
		this.projects = projects;
		this.projectService = projectService;
		this.meetings = meetings;
		this.evaluation = evaluation;
		this.stakeholders = stakeholders;
		this.accountability = accountability;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	Optional<ReportVersion> latest(long projectId) {
		return versions.findFirstByProjectIdOrderByVersionNumberDesc(projectId);
	}

	@Transactional(readOnly = true)
	Optional<ReportVersion> version(long projectId, int versionNumber) {
		return versions.findByProjectIdAndVersionNumber(projectId, versionNumber);
	}

	/** The version the public reads, if one is published. */
	@Transactional(readOnly = true)
	Optional<ReportVersion> published(Project project) {
		Integer number = project.reportPublishedVersion();
		return number == null ? Optional.empty() : version(project.id(), number);
	}

	/** Every saved version, newest first. */
	@Transactional(readOnly = true)
	List<ReportVersion> history(long projectId) {
		return versions.findByProjectIdOrderByVersionNumberDesc(projectId);
	}

	/**
	 * Saves the sections as the next version, written in the given language.
	 * @param basedOn the version the editor started from, 0 for the first draft
	 * @throws Conflict when another version was saved since that one
	 */
	@Transactional
	int save(long projectId, int basedOn, Map<ReportSection, String> texts, String language, AccountId editor) {
		int latest = latest(projectId).map(ReportVersion::versionNumber).orElse(0);
		if (latest != basedOn) {
			throw new Conflict(latest);
		}
		// Two saves from the same version both try this number: the unique key lets one
		// through, not both.
		versions.saveAndFlush(new ReportVersion(projectId, latest + 1, texts, language, editor.value()));
		return latest + 1;
	}

	/**
	 * Publishes the latest version; with none saved yet, the first draft (drafted in the
	 * publisher's language) is saved as the publisher's.
	 */
	@Transactional
	int publish(long projectId, String language, AccountId publisher) {
		int number = latest(projectId).map(ReportVersion::versionNumber).orElse(0);
		if (number == 0) {
			number = save(projectId, 0, draft(projectId), language, publisher);
		}
		project(projectId).publishReport(number);
		return number;
	}

	@Transactional
	void unpublish(long projectId) {
		project(projectId).unpublishReport();
	}

	private Project project(long projectId) {
		return projects.findById(projectId).orElseThrow(() -> new ProjectNotFoundException("project " + projectId));
	}

	@Transactional(readOnly = true)
	List<ReportVersion> editedBy(AccountId person) {
		return versions.findByEditorId(person.value());
	}

	@Transactional
	void forget(AccountId person) {
		versions.findByEditorId(person.value()).forEach(version -> version.forgetEditor(person.value()));
	}

	/**
	 * A first draft of every section, in the language of the page, from what the project
	 * has recorded.
	 */
	@Transactional(readOnly = true)
	Map<ReportSection, String> draft(long projectId) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		Project project = project(projectId);
		Map<ReportSection, String> draft = new EnumMap<>(ReportSection.class);

		StringBuilder summary = new StringBuilder(project.purpose().strip());
		List<Aim> aims = projectService.aims(projectId);
		if (!aims.isEmpty()) {
			summary.append("\n\n").append(text("projects.report.draft.aims", locale));
			aims.forEach(aim -> summary.append("\n- ").append(aim.text()));
		}
		draft.put(ReportSection.SUMMARY, summary.toString());

		List<Meeting> held = meetings.list(projectId);
		List<Action> actions = meetings.projectActions(projectId);
		List<Stakeholder> map = stakeholders.list(projectId);
		List<String> did = new ArrayList<>();
		did.add(text("projects.report.draft.meetings", locale, held.size()));
		List<String> decisions = held.reversed()
			.stream()
			.filter(m -> !m.decisions().isBlank())
			.map(m -> "- " + dates.format(m.heldOn()) + ": " + m.decisions().strip().replaceAll("\\R+", " "))
			.toList();
		if (!decisions.isEmpty()) {
			did.add(String.join("\n", decisions));
		}
		did.add(text("projects.report.draft.actions", locale, actions.stream().filter(Action::done).count(),
				actions.size()));
		did.add(text("projects.report.draft.stakeholders", locale,
				map.stream().filter(s -> s.status() == InvitationStatus.INVOLVED).count(), map.size()));
		draft.put(ReportSection.WHAT_WE_DID, String.join("\n\n", did));

		List<String> outcomes = new ArrayList<>();
		evaluation.outcomes(projectId).forEach((outcome, readings) -> {
			if (readings.isEmpty()) {
				outcomes.add(text("projects.report.draft.outcome-unmeasured", locale, outcome.title(),
						outcome.indicator(), plain(outcome.baseline())));
			}
			else {
				BigDecimal last = readings.get(readings.size() - 1).amount();
				outcomes.add(text("projects.report.draft.outcome", locale, outcome.title(), outcome.indicator(),
						plain(outcome.baseline()), plain(last), plain(last.subtract(outcome.baseline()))));
			}
		});
		draft.put(ReportSection.OUTCOMES,
				outcomes.isEmpty() ? text("projects.outcomes.empty", locale) : String.join("\n\n", outcomes));

		List<Feedback> feedback = meetings.projectFeedback(projectId);
		if (feedback.isEmpty()) {
			draft.put(ReportSection.FEEDBACK, text("projects.report.no-feedback", locale));
		}
		else {
			double average = Math.round(feedback.stream().mapToInt(Feedback::rating).average().orElse(0) * 10) / 10.0;
			StringBuilder said = new StringBuilder(
					text("projects.report.feedback-summary", locale, feedback.size(), average));
			feedback.stream()
				.map(Feedback::comment)
				.filter(c -> !c.isBlank())
				.limit(20)
				.forEach(comment -> said.append("\n- \u201c").append(comment.strip()).append('\u201d'));
			draft.put(ReportSection.FEEDBACK, said.toString());
		}

		draft.put(ReportSection.WHAT_CHANGED, text("projects.report.draft.what-changed", locale));

		List<String> log = new ArrayList<>();
		for (InputSummary input : accountability.forScope(project.scope())) {
			log.add(input.waiting() ? text("projects.report.draft.waiting", locale, input.excerpt())
					: text("projects.report.draft.you-said", locale, input.excerpt(), input.response()));
		}
		draft.put(ReportSection.YOU_SAID_WE_DID,
				log.isEmpty() ? text("projects.report.draft.nothing-said", locale) : String.join("\n\n", log));
		return draft;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
