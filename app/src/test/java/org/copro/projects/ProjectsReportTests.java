package org.copro.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copro.directory.TestOrganisations;
import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.web.WordDiff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project report that members co-edit and a co-lead publishes (page and PDF), the
 * reminders of review dates, and what happens to a project when its last co-lead deletes
 * their account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectsReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Projects projects;

	@Autowired
	ProjectReports reports;

	@Autowired
	Evaluation evaluation;

	@Autowired
	ReportVersionRepository versions;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Stakeholders stakeholders;

	@Autowired
	Agreements agreements;

	@Autowired
	Meetings meetings;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ProjectRepository projectRepository;

	long project(SignedInAccount lead, String title, Visibility visibility) {
		return projects.create(new ProjectForm.Details(title, "Shorter waits for young people.", "Mental health",
				"Wrexham", null, null, Phase.DOING, visibility), lead.account(), MemberRole.LIVED_EXPERIENCE);
	}

	static Map<ReportSection, String> texts(String summary) {
		return Map.of(ReportSection.SUMMARY, summary, ReportSection.WHAT_CHANGED, "Evening sessions.");
	}

	@Test
	void theFirstDraftIsPutTogetherFromWhatTheProjectRecorded() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = project(lead, "Draft " + UUID.randomUUID(), Visibility.LISTED);
		projects.proposeAim(id, "Young people are seen within four weeks", lead.account());
		long meeting = meetings.record(id, LocalDate.of(2027, 1, 11), "Aims", "", "Meet monthly", Set.of());
		meetings.giveFeedback(id, meeting, 4, "Good to hear from everyone");
		long outcome = evaluation.addOutcome(id, "Shorter waits", "Weeks to a first appointment",
				BigDecimal.valueOf(18));
		evaluation.measure(id, outcome, LocalDate.of(2027, 6, 30), new BigDecimal("13.5"), "");

		mvc.perform(get("/projects/{id}/report/edit", id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Young people are seen within four weeks")))
			.andExpect(content().string(containsString("11 January 2027: Meet monthly")))
			.andExpect(content().string(containsString(
					"Shorter waits (Weeks to a first appointment): from 18 at the start to 13.5, a change of -4.5.")))
			.andExpect(content().string(containsString("Good to hear from everyone")))
			.andExpect(content().string(containsString("name=\"basedOn\" value=\"0\"")));
		mvc.perform(get("/projects/{id}/report/edit", id).with(user(lead)).param("lang", "cy"))
			.andExpect(content().string(containsString("o 18 ar y dechrau i 13.5")))
			.andExpect(content().string(containsString("11 Ionawr 2027")));
	}

	@Test
	void membersSaveVersionsAndASaveFromAnOldVersionIsAConflictThatKeepsBothTexts() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String otherEmail = accounts.create("Priya Shah", Role.PARTICIPANT);
		SignedInAccount other = accounts.signedIn(otherEmail);
		long id = project(lead, "Versions " + UUID.randomUUID(), Visibility.LISTED);
		projects.addMember(id, otherEmail, MemberRole.PRACTITIONER, false);

		mvc.perform(post("/projects/{id}/report", id).with(user(lead))
			.with(csrf())
			.param("basedOn", "0")
			.param("summary", "First words from Lowri.")).andExpect(redirectedUrl("/projects/" + id + "/report"));
		// Both open version 1; Priya saves first, then Lowri's save from version 1 must
		// not replace Priya's.
		mvc.perform(post("/projects/{id}/report", id).with(user(other))
			.with(csrf())
			.param("basedOn", "1")
			.param("summary", "Priya's rewrite of the summary."))
			.andExpect(redirectedUrl("/projects/" + id + "/report"));
		mvc.perform(post("/projects/{id}/report", id).with(user(lead))
			.with(csrf())
			.param("basedOn", "1")
			.param("summary", "Lowri's second thoughts."))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Priya Shah saved version 2 while you were editing")))
			.andExpect(content().string(containsString("Lowri&#39;s second thoughts.")))
			.andExpect(content().string(containsString("Priya&#39;s rewrite of the summary.")))
			.andExpect(content().string(containsString("name=\"basedOn\" value=\"2\"")));
		assertThat(reports.latest(id).orElseThrow().text(ReportSection.SUMMARY))
			.isEqualTo("Priya's rewrite of the summary.");

		mvc.perform(post("/projects/{id}/report", id).with(user(lead))
			.with(csrf())
			.param("basedOn", "2")
			.param("summary", "Lowri's second thoughts, with Priya's.")).andExpect(status().is3xxRedirection());
		assertThat(reports.history(id)).extracting(ReportVersion::versionNumber).containsExactly(3, 2, 1);
		mvc.perform(get("/projects/{id}/report", id).with(user(other)))
			.andExpect(content().string(containsString("Version 3, saved by Lowri Lead")))
			.andExpect(content().string(containsString("Priya Shah")));

		// Two saves racing from the same version: the database keeps one, the other fails
		// instead of overwriting.
		reports.save(id, 3, texts("Race A"), "en", lead.account());
		assertThatThrownBy(
				() -> versions.saveAndFlush(new ReportVersion(id, 4, texts("Race B"), "en", other.account().value())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aBlankSummaryIsAFieldErrorAndNothingIsSaved() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = project(lead, "Blank " + UUID.randomUUID(), Visibility.LISTED);
		mvc.perform(post("/projects/{id}/report", id).with(user(lead))
			.with(csrf())
			.param("basedOn", "0")
			.param("summary", " ")
			.param("whatWeDid", "Kept text"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#summary\"")))
			.andExpect(content().string(containsString("id=\"summary-error\"")))
			.andExpect(content().string(containsString("Kept text")));
		assertThat(reports.latest(id)).isEmpty();
	}

	@Test
	void aCoLeadPublishesTheReportWhichThePublicReadsAsAPageAndAPdfWithWelshLetters() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		SignedInAccount outsider = accounts.person("Out Sider", Role.PARTICIPANT);
		String title = "Gwasanaethau ieuenctid ŵ ŷ " + UUID.randomUUID();
		long id = project(lead, title, Visibility.LISTED);
		reports.save(id, 0, texts("Pobl ifanc a’u teuluoedd: dŵr, tŷ, ŵyr."), "cy", lead.account());

		mvc.perform(get("/projects/{id}/report", id).with(user(outsider))).andExpect(status().isForbidden());
		mvc.perform(get("/projects/{id}/report.pdf", id).with(user(outsider))).andExpect(status().isForbidden());
		mvc.perform(post("/projects/{id}/report", id).with(user(outsider)).with(csrf()).param("summary", "x"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/projects/{id}/report/publish", id).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id + "/report"));
		// A draft saved after publishing stays with the members until a co-lead publishes
		// it.
		reports.save(id, 1, texts("Not for the public yet"), "en", lead.account());
		mvc.perform(get("/projects/{id}/report", id).with(user(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dŵr, tŷ, ŵyr")))
			// The members' Welsh text is marked as Welsh for screen readers, whatever the
			// page's language.
			.andExpect(content().string(containsString("lang=\"cy\">Pobl ifanc")))
			.andExpect(content().string(not(containsString("Not for the public yet"))));
		mvc.perform(post("/projects/{id}/report", id).with(user(lead))
			.with(csrf())
			.param("basedOn", "2")
			.param("language", "fr")
			.param("summary", "Un résumé"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose English or Cymraeg as the language of the text")));
		mvc.perform(get("/projects/{id}/report", id).with(user(lead)))
			.andExpect(content().string(containsString("Not for the public yet")));

		byte[] pdf = mvc.perform(get("/projects/{id}/report.pdf", id).with(user(outsider)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("project-report-" + id + ".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Long titles wrap: compare without the line breaks and spaces the layout
			// adds.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(title.replace(" ", ""))
				.contains("dŵr,tŷ,ŵyr")
				.contains("Whatchanged")
				.doesNotContain("Notforthepublicyet");
		}
		byte[] welsh = mvc.perform(get("/projects/{id}/report.pdf", id).param("lang", "cy"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(welsh)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("Bethnewidiodd")
				.contains(title.replace(" ", ""));
		}

		mvc.perform(post("/projects/{id}/report/unpublish", id).with(user(lead)).with(csrf()));
		mvc.perform(get("/projects/{id}/report", id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aReviewReminderAndAMembersEditAtTheSameMomentDoNotOverwriteEachOther() {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = project(lead, "Review " + UUID.randomUUID(), Visibility.PRIVATE);
		LocalDate review = LocalDate.of(2032, 5, 12);
		evaluation.scheduleReview(id, review);

		// The run has read the project due for its reminder when the lead edits the
		// project and saves first, as when the job runs while someone edits.
		TransactionTemplate run = new TransactionTemplate(transactionManager);
		TransactionTemplate edit = new TransactionTemplate(transactionManager);
		edit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Map<Long, List<AccountId>> reminded = run.execute(status -> {
			assertThat(projectRepository.findById(id)).isPresent();
			edit.executeWithoutResult(inner -> projects.change(id,
					new ProjectForm.Details("Renamed meanwhile", "Shorter waits for young people.", "Mental health",
							"Wrexham", null, null, Phase.DOING, Visibility.PRIVATE)));
			return evaluation.remindReviews(review.minusDays(7));
		});

		assertThat(reminded.get(id)).containsExactly(lead.account());
		Project after = projects.find(id);
		assertThat(after.title()).isEqualTo("Renamed meanwhile");
		assertThat(after.nextReviewOn()).isEqualTo(review);
		assertThat(evaluation.remindReviews(review.minusDays(6))).doesNotContainKey(id);
	}

	@Test
	void membersAreRemindedOnceAWeekBeforeTheReview() {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String memberEmail = accounts.create("Mo Member", Role.PARTICIPANT);
		long id = project(lead, "Review " + UUID.randomUUID(), Visibility.PRIVATE);
		projects.addMember(id, memberEmail, MemberRole.COMMUNITY_MEMBER, false);
		LocalDate review = LocalDate.of(2031, 3, 20);
		evaluation.scheduleReview(id, review);

		assertThat(evaluation.remindReviews(review.minusDays(8))).doesNotContainKey(id);
		assertThat(evaluation.remindReviews(review.minusDays(7)).get(id)).containsExactlyInAnyOrder(lead.account(),
				accounts.signedIn(memberEmail).account());
		assertThat(evaluation.remindReviews(review.minusDays(6))).doesNotContainKey(id);
		assertThat(evaluation.remindReviews(review)).doesNotContainKey(id);

		// A new review date is announced afresh.
		evaluation.scheduleReview(id, review.plusMonths(3));
		assertThat(evaluation.remindReviews(review.plusMonths(3).minusDays(2))).containsKey(id);
	}

	@Test
	void aProjectEditedJustAsItsLastCoLeadLeavesKeepsTheEditAndCallsForANewLead() throws Exception {
		SignedInAccount lead = accounts.person("Gwen Leaving", Role.PARTICIPANT);
		long id = project(lead, "Leaderless " + UUID.randomUUID(), Visibility.PRIVATE);
		projects.addMember(id, accounts.create("Mo Member", Role.PARTICIPANT), MemberRole.COMMUNITY_MEMBER, false);

		// A member's edit has read the project when the lead's account is deleted and the
		// project handed to the administrators first.
		TransactionTemplate edit = new TransactionTemplate(transactionManager);
		TransactionTemplate forgetting = new TransactionTemplate(transactionManager);
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		edit.executeWithoutResult(status -> {
			assertThat(projectRepository.findById(id)).isPresent();
			forgetting.executeWithoutResult(inner -> projects.forget(lead.account()));
			projects.change(id, new ProjectForm.Details("Renamed meanwhile", "Shorter waits for young people.",
					"Mental health", "Wrexham", null, null, Phase.DOING, Visibility.PRIVATE));
		});

		Project after = projects.find(id);
		assertThat(after.title()).isEqualTo("Renamed meanwhile");
		assertThat(after.needsLead()).isTrue();
	}

	@Test
	void whenTheLastCoLeadDeletesTheirAccountAFacilitatorTakesOverOrAdministratorsAreTold() throws Exception {
		SignedInAccount lead = accounts.person("Gwen Gone", Role.PARTICIPANT);
		String facilitatorEmail = accounts.create("Fay Facilitator", Role.PARTICIPANT);
		String memberEmail = accounts.create("Mo Member", Role.PARTICIPANT);
		long withFacilitator = project(lead, "Handed over " + UUID.randomUUID(), Visibility.PRIVATE);
		projects.addMember(withFacilitator, memberEmail, MemberRole.COMMUNITY_MEMBER, false);
		projects.addMember(withFacilitator, facilitatorEmail, MemberRole.FACILITATOR, false);
		long without = project(lead, "Leaderless " + UUID.randomUUID(), Visibility.PRIVATE);
		projects.addMember(without, memberEmail, MemberRole.COMMUNITY_MEMBER, false);
		reports.save(without, 0, texts("Gwen wrote this"), "en", lead.account());

		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(lead.account())));
		for (int wait = 0; wait < 100 && !projects.find(without).needsLead(); wait++) {
			Thread.sleep(50);
		}

		long facilitator = accounts.signedIn(facilitatorEmail).account().value();
		assertThat(projects.members(withFacilitator)).filteredOn(Member::coLead)
			.extracting(Member::accountId)
			.containsExactly(facilitator);
		assertThat(projects.find(withFacilitator).needsLead()).isFalse();
		assertThat(projects.find(without).needsLead()).isTrue();
		assertThat(projects.members(without)).noneMatch(Member::coLead);
		assertThat(reports.latest(without).orElseThrow().editorId()).isNull();

		SignedInAccount admin = accounts.person("Ada Admin", Role.ADMINISTRATOR);
		SignedInAccount member = accounts.signedIn(memberEmail);
		mvc.perform(get("/projects").with(user(admin)))
			.andExpect(content().string(containsString("Projects without a co-lead")))
			.andExpect(content().string(containsString(projects.find(without).title())));
		long memberId = projects.members(without).get(0).id();
		// Nobody else may appoint a co-lead, not even a member; the administrator may,
		// and the flag goes.
		mvc.perform(post("/projects/{id}/members/{m}", without, memberId).with(user(member))
			.with(csrf())
			.param("role", "COMMUNITY_MEMBER")
			.param("coLead", "true")).andExpect(status().isForbidden());
		mvc.perform(post("/projects/{id}/members/{m}", without, memberId).with(user(admin))
			.with(csrf())
			.param("role", "COMMUNITY_MEMBER")
			.param("coLead", "true")).andExpect(status().is3xxRedirection());
		assertThat(projects.find(without).needsLead()).isFalse();
		assertThat(projects.members(without).get(0).coLead()).isTrue();
		mvc.perform(post("/projects/{id}/members/{m}", withFacilitator, projects.members(withFacilitator).get(0).id())
			.with(user(admin))
			.with(csrf())
			.param("role", "COMMUNITY_MEMBER")
			.param("coLead", "true")).andExpect(status().isForbidden());
	}

	@Test
	void aStakeholderPickedFromTheDirectoryIsLinkedToItsPageOnTheMap() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = project(lead, "Map " + UUID.randomUUID(), Visibility.LISTED);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long organisation = organisations.register("Wrexham Young Carers " + tag, lead.account());

		mvc.perform(
				get("/projects/{id}/stakeholders", id).with(user(lead)).param("organisation", "young carers " + tag))
			.andExpect(content().string(containsString("value=\"" + organisation + "\"")))
			.andExpect(content().string(containsString("Wrexham Young Carers " + tag)));
		mvc.perform(
				get("/projects/{id}/stakeholders", id).with(user(lead)).param("organisation", "nothing like it " + tag))
			.andExpect(content().string(containsString("No organisation in the directory matches")));

		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", "")
			.param("organisationId", String.valueOf(organisation))
			.param("kind", "ORGANISATION")
			.param("interest", "4")
			.param("influence", "3")
			.param("status", "INVITED")).andExpect(redirectedUrl("/projects/" + id + "/stakeholders"));
		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", "Free text group")
			.param("kind", "GROUP")
			.param("interest", "2")
			.param("influence", "2")
			.param("status", "INVITED")).andExpect(redirectedUrl("/projects/" + id + "/stakeholders"));
		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", "")
			.param("organisationId", "99999999")
			.param("kind", "GROUP")
			.param("interest", "2")
			.param("influence", "2")
			.param("status", "INVITED")).andExpect(status().isBadRequest());

		assertThat(stakeholders.list(id)).extracting(Stakeholder::name, Stakeholder::organisationId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Wrexham Young Carers " + tag, organisation),
					org.assertj.core.groups.Tuple.tuple("Free text group", null));
		mvc.perform(get("/projects/{id}/stakeholders", id).with(user(lead)))
			.andExpect(content().string(containsString("href=\"/directory/organisations/" + organisation + "\"")))
			.andExpect(content().string(containsString(
					"Directory page<span class=\"govuk-visually-hidden\">of Wrexham Young Carers " + tag)));
	}

	@Test
	void membersReadWhatChangedBetweenTwoVersionsOfAnAgreementWordByWord() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		SignedInAccount outsider = accounts.person("Out Sider", Role.PARTICIPANT);
		long id = project(lead, "Rules " + UUID.randomUUID(), Visibility.LISTED);
		agreements.revise(id, AgreementKind.GROUND_RULES, "We listen without interrupting.", null, List.of(),
				lead.account());
		agreements.revise(id, AgreementKind.GROUND_RULES, "We listen carefully without interrupting.\nPhones off.",
				null, List.of(), lead.account());
		long first = agreements.current(id, AgreementKind.GROUND_RULES).orElseThrow().id() - 1;
		long second = agreements.current(id, AgreementKind.GROUND_RULES).orElseThrow().id();

		mvc.perform(get("/projects/{id}/agreements", id).with(user(lead)))
			.andExpect(content()
				.string(containsString("/projects/" + id + "/agreements/versions/" + second + "/changes")));
		mvc.perform(get("/projects/{id}/agreements/versions/{v}/changes", id, second).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ground rules: what changed from version 1 to 2")))
			.andExpect(content().string(containsString("[added:</span>carefully ")))
			.andExpect(content().string(containsString("Phones off.")))
			.andExpect(content().string(containsString("Changed by Lowri Lead")));
		mvc.perform(get("/projects/{id}/agreements/versions/{v}/changes", id, first).with(user(lead)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projects/{id}/agreements/versions/{v}/changes", id, second).with(user(outsider)))
			.andExpect(status().isForbidden());
		assertThat(WordDiff.words("a b", "a c")).extracting(WordDiff.Segment::kind)
			.containsExactly(WordDiff.Kind.SAME, WordDiff.Kind.REMOVED, WordDiff.Kind.ADDED);
		// Changes only a space apart read as one change, not as a word here and a word
		// there.
		assertThat(WordDiff.words("Young people – Weekly – Priya", "Young people – Twice a week – Priya"))
			.extracting(WordDiff.Segment::kind, segment -> String.join("\n", segment.lines()))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(WordDiff.Kind.SAME, "Young people – "),
					org.assertj.core.groups.Tuple.tuple(WordDiff.Kind.REMOVED, "Weekly"),
					org.assertj.core.groups.Tuple.tuple(WordDiff.Kind.ADDED, "Twice a week"),
					org.assertj.core.groups.Tuple.tuple(WordDiff.Kind.SAME, " – Priya"));
	}

}
