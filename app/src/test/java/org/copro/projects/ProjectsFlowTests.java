package org.copro.projects;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copro.identity.AccountDeleted;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.web.TestInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ProjectsFlowTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Projects projects;

	@Autowired
	Agreements agreements;

	@Autowired
	Meetings meetings;

	@Autowired
	ParticipationSupport support;

	@Autowired
	ProjectsPersonalData personalData;

	@Autowired
	Stakeholders projectsStakeholders;

	@Autowired
	Evaluation evaluation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	long start(SignedInAccount person, String visibility) throws Exception {
		MvcResult created = mvc
			.perform(post("/projects").with(user(person))
				.with(csrf())
				.param("title", "Youth mental health " + UUID.randomUUID())
				.param("purpose", "Shorter waits for young people.\n\nSupport in school.")
				.param("serviceArea", "Mental health")
				.param("place", "Wrexham")
				.param("startDate", "2027-01-01")
				.param("endDate", "2027-12-31")
				.param("phase", "PLANNING")
				.param("visibility", visibility)
				.param("role", "LIVED_EXPERIENCE"))
			.andExpect(redirectedUrlPattern("/projects/*?created"))
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("^/projects/(\\d+).*$", "$1"));
	}

	@Test
	void aPersonWithLivedExperienceStartsAProjectLeadsItAndDraftsAimsWithTheMembersTheyAdd() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String practitionerEmail = accounts.create("Priya Practitioner", Role.PARTICIPANT);
		SignedInAccount practitioner = accounts.signedIn(practitionerEmail);
		long id = start(lead, "LISTED");
		Member first = projects.members(id).get(0);
		assertThat(first.coLead()).isTrue();
		assertThat(first.role()).isEqualTo(MemberRole.LIVED_EXPERIENCE);

		mvc.perform(post("/projects/{id}/members", id).with(user(lead))
			.with(csrf())
			.param("email", "nobody-" + UUID.randomUUID() + "@example.org")
			.param("role", "PRACTITIONER"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is no account with this email address")));
		mvc.perform(post("/projects/{id}/members", id).with(user(lead))
			.with(csrf())
			.param("email", practitionerEmail.toUpperCase())
			.param("role", "PRACTITIONER")).andExpect(redirectedUrl("/projects/" + id + "#members"));
		mvc.perform(post("/projects/{id}/members", id).with(user(lead))
			.with(csrf())
			.param("email", practitionerEmail)
			.param("role", "PRACTITIONER"))
			.andExpect(content().string(containsString("This person is already a member of the project")));
		assertThat(projects.balance(id)).containsEntry(MemberRole.LIVED_EXPERIENCE, 1L)
			.containsEntry(MemberRole.PRACTITIONER, 1L);
		mvc.perform(get("/projects/{id}", id).with(user(practitioner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Balance of roles")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("Priya Practitioner")));
		// The public sees a listed project's summary and the balance of roles, not who
		// the members are.
		mvc.perform(get("/projects/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Balance of roles")))
			.andExpect(content().string(not(containsString("Priya Practitioner"))));

		mvc.perform(post("/projects/{id}/aims", id).with(user(practitioner)).with(csrf()).param("text", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the aim")));
		mvc.perform(post("/projects/{id}/aims", id).with(user(practitioner))
			.with(csrf())
			.param("text", "Young people are seen within four weeks"))
			.andExpect(redirectedUrl("/projects/" + id + "#aims"));
		long aim = projects.aims(id).get(0).id();
		mvc.perform(post("/projects/{id}/aims/{aim}/agree", id, aim).with(user(lead)).with(csrf()));
		assertThat(projects.aims(id).get(0).agreedBy()).containsExactlyInAnyOrder(lead.account().value(),
				practitioner.account().value());
		mvc.perform(post("/projects/{id}/aims/{aim}/withdraw", id, aim).with(user(practitioner)).with(csrf()));
		assertThat(projects.aims(id).get(0).agreedBy()).containsExactly(lead.account().value());

		// The last co-lead cannot leave the project without a lead.
		mvc.perform(post("/projects/{id}/members/{m}/remove", id, first.id()).with(user(lead)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(projects.members(id)).hasSize(2);

		// A member who leaves takes their access needs with them.
		support.recordNeed(id, practitioner.account(), "Hearing loop");
		long practitionerMember = projects.members(id).get(1).id();
		mvc.perform(post("/projects/{id}/members/{m}/remove", id, practitionerMember).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id + "#members"));
		assertThat(projects.members(id)).hasSize(1);
		assertThat(support.needs(id)).isEmpty();
	}

	@Test
	void badDetailsAreFormErrorsAndNothingIsSaved() throws Exception {
		SignedInAccount person = accounts.person("Bea Bad", Role.PARTICIPANT);
		long before = projects.visibleTo(java.util.Optional.of(person.account())).size();
		mvc.perform(post("/projects").with(user(person))
			.with(csrf())
			.param("title", "")
			.param("purpose", "x")
			.param("startDate", "2027-05-01")
			.param("endDate", "2027-04-01")
			.param("phase", "PLANNING")
			.param("visibility", "SECRET")
			.param("role", "LIVED_EXPERIENCE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a name for the project")))
			.andExpect(content().string(containsString("The end date must be on or after the start date")))
			.andExpect(content().string(containsString("Choose who can see the project")));
		assertThat(projects.visibleTo(java.util.Optional.of(person.account()))).hasSize((int) before);
	}

	@Test
	void agreementsAreVersionedAndEachVersionIsAgreedAfresh() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String otherEmail = accounts.create("Owen Other", Role.PARTICIPANT);
		SignedInAccount other = accounts.signedIn(otherEmail);
		long id = start(lead, "PRIVATE");
		projects.addMember(id, otherEmail, MemberRole.COMMISSIONER, false);

		mvc.perform(post("/projects/{id}/agreements/decision-making", id).with(user(lead))
			.with(csrf())
			.param("text", "The whole group decides the aims"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose how decisions are made")));
		mvc.perform(post("/projects/{id}/agreements/decision-making", id).with(user(lead))
			.with(csrf())
			.param("text", "The whole group decides the aims")
			.param("method", "CONSENT")).andExpect(redirectedUrl("/projects/" + id + "/agreements#decision-making"));
		AgreementVersion first = agreements.current(id, AgreementKind.DECISION_MAKING).orElseThrow();
		assertThat(first.versionNumber()).isEqualTo(1);
		assertThat(first.method()).isEqualTo(DecisionMethod.CONSENT);
		mvc.perform(
				post("/projects/{id}/agreements/versions/{v}/agree", id, first.id()).with(user(other)).with(csrf()));
		assertThat(agreements.current(id, AgreementKind.DECISION_MAKING).orElseThrow().agreedBy()).hasSize(2);

		mvc.perform(post("/projects/{id}/agreements/communication", id).with(user(other))
			.with(csrf())
			.param("rows[0].audience", "Young people")
			.param("rows[0].channel", "Instagram")
			.param("rows[0].frequency", "Weekly")
			.param("rows[0].owner", "Owen")
			.param("rows[1].audience", "Board")
			.param("rows[1].channel", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Fill in every part of line 2 of the plan")));
		mvc.perform(post("/projects/{id}/agreements/communication", id).with(user(other))
			.with(csrf())
			.param("rows[0].audience", "Young people")
			.param("rows[0].channel", "Instagram")
			.param("rows[0].frequency", "Weekly")
			.param("rows[0].owner", "Owen")).andExpect(status().is3xxRedirection());
		assertThat(agreements.current(id, AgreementKind.COMMUNICATION).orElseThrow().rows())
			.containsExactly(new CommunicationRow("Young people", "Instagram", "Weekly", "Owen"));

		mvc.perform(post("/projects/{id}/agreements/decision-making", id).with(user(lead))
			.with(csrf())
			.param("text", "The whole group decides the aims and the budget")
			.param("method", "CONSENSUS"));
		AgreementVersion second = agreements.current(id, AgreementKind.DECISION_MAKING).orElseThrow();
		assertThat(second.versionNumber()).isEqualTo(2);
		assertThat(second.agreedBy()).containsExactly(lead.account().value());
		mvc.perform(get("/projects/{id}/agreements", id).with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I agree to version 2")))
			.andExpect(content().string(containsString("Owen Other")))
			.andExpect(content().string(containsString("Earlier versions and who agreed to them")));
	}

	@Test
	void aMeetingRecordsWhoCameWhatWasDecidedAndTheActions() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = start(lead, "PUBLIC");
		MvcResult recorded = mvc
			.perform(post("/projects/{id}/meetings", id).with(user(lead))
				.with(csrf())
				.param("heldOn", "2027-02-03")
				.param("agenda", "Introductions\nAims")
				.param("attendees", Long.toString(lead.account().value()))
				.param("decisions", "Meet monthly"))
			.andExpect(redirectedUrlPattern("/projects/" + id + "/meetings/*?recorded"))
			.andReturn();
		long meeting = Long
			.parseLong(recorded.getResponse().getRedirectedUrl().replaceAll("^.*/meetings/(\\d+).*$", "$1"));
		mvc.perform(post("/projects/{id}/meetings", id).with(user(lead))
			.with(csrf())
			.param("heldOn", "2027-02-03")
			.param("agenda", "x")
			.param("attendees", "999999999")).andExpect(status().isBadRequest());
		mvc.perform(post("/projects/{id}/meetings/{m}/actions", id, meeting).with(user(lead))
			.with(csrf())
			.param("text", "Book the library")
			.param("owner", Long.toString(lead.account().value()))
			.param("dueOn", "2027-02-10"))
			.andExpect(redirectedUrl("/projects/" + id + "/meetings/" + meeting + "#actions"));
		Action action = meetings.actions(meeting).get(0);
		mvc.perform(post("/projects/{id}/actions/{a}", id, action.id()).with(user(lead))
			.with(csrf())
			.param("status", "DONE")
			.param("back", Long.toString(meeting)))
			.andExpect(redirectedUrl("/projects/" + id + "/meetings/" + meeting));
		assertThat(meetings.actions(meeting).get(0).done()).isTrue();
		mvc.perform(post("/projects/{id}/meetings/{m}/feedback", id, meeting).with(user(lead))
			.with(csrf())
			.param("rating", "7")
			.param("comment", "Kept when the rating is wrong"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<a href=\"#rating\">Choose a rating from 1 to 5</a>")))
			.andExpect(content().string(containsString("id=\"rating-error\"")))
			.andExpect(content().string(containsString("Kept when the rating is wrong")));
		mvc.perform(post("/projects/{id}/meetings/{m}/feedback", id, meeting).with(user(lead))
			.with(csrf())
			.param("rating", "4")
			.param("comment", "Good to hear from everyone"));
		mvc.perform(post("/projects/{id}/meetings/{m}/feedback", id, meeting).with(user(lead))
			.with(csrf())
			.param("rating", "5"));
		assertThat(meetings.feedback(meeting)).extracting(Feedback::rating).containsExactly(4, 5);
		// A public project's meetings are open to everyone.
		mvc.perform(get("/projects/{id}/meetings/{m}", id, meeting))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meet monthly")))
			.andExpect(content().string(containsString("Book the library")))
			.andExpect(content().string(containsString("2 people gave feedback; the average rating is 4.5 out of 5")))
			.andExpect(content().string(containsString("Good to hear from everyone")))
			.andExpect(content().string(containsString("Lowri Lead")));
	}

	@Test
	void theStakeholderMapShowsWhichGroupsTheAimsConcernNobodyInvolvedSpeaksFor() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = start(lead, "LISTED");
		mvc.perform(post("/projects/{id}/concerned-groups", id).with(user(lead))
			.with(csrf())
			.param("groups", "YOUNG_PEOPLE")
			.param("groups", "WELSH_SPEAKERS"))
			.andExpect(redirectedUrl("/projects/" + id + "/stakeholders#usual-suspects"));
		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", " ")
			.param("kind", "GROUP")
			.param("interest", "5")
			.param("influence", "2")
			.param("status", "INVOLVED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the stakeholder")));
		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", "Youth Council")
			.param("kind", "GROUP")
			.param("interest", "9")
			.param("influence", "2")
			.param("status", "INVOLVED")).andExpect(status().isBadRequest());
		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", "Youth Council")
			.param("kind", "GROUP")
			.param("interest", "5")
			.param("influence", "2")
			.param("status", "INVOLVED")
			.param("groups", "YOUNG_PEOPLE")).andExpect(redirectedUrl("/projects/" + id + "/stakeholders"));
		mvc.perform(post("/projects/{id}/stakeholders", id).with(user(lead))
			.with(csrf())
			.param("name", "Menter Iaith")
			.param("kind", "ORGANISATION")
			.param("interest", "3")
			.param("influence", "4")
			.param("status", "INVITED")
			.param("groups", "WELSH_SPEAKERS")).andExpect(redirectedUrl("/projects/" + id + "/stakeholders"));
		mvc.perform(get("/projects/{id}/stakeholders", id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody involved speaks for: Welsh speakers")))
			.andExpect(content().string(containsString("aria-labelledby=\"grid-title\"")))
			.andExpect(content().string(containsString("Keep informed")))
			.andExpect(content().string(containsString("Involve closely")));
		Stakeholder menter = projectsStakeholders.list(id).get(1);
		mvc.perform(post("/projects/{id}/stakeholders/{s}/status", id, menter.id()).with(user(lead))
			.with(csrf())
			.param("status", "INVOLVED"));
		mvc.perform(get("/projects/{id}/stakeholders", id).with(user(lead)))
			.andExpect(content().string(containsString("Every group the aims concern has someone involved")));
	}

	@Test
	void membersAnswerThePowerCheckAndSeeOnlyTheAveragesChangeOverTime() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String otherEmail = accounts.create("Owen Other", Role.PARTICIPANT);
		SignedInAccount other = accounts.signedIn(otherEmail);
		long id = start(lead, "PUBLIC");
		projects.addMember(id, otherEmail, MemberRole.COMMISSIONER, false);
		mvc.perform(post("/projects/{id}/power-check", id).with(user(lead)).with(csrf()).param("values[0]", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose where the project is on the ladder of participation")))
			.andExpect(content().string(containsString("Choose how well the project keeps to value 2")));
		mvc.perform(post("/projects/{id}/power-check", id).with(user(lead))
			.with(csrf())
			.param("ladder", "CONSULTING")
			.param("values[0]", "2")
			.param("values[1]", "2")
			.param("values[2]", "3")
			.param("values[3]", "2")
			.param("values[4]", "1")
			.param("whoIsInvolved", "Mostly staff so far"))
			.andExpect(redirectedUrl("/projects/" + id + "/power-check"));
		mvc.perform(post("/projects/{id}/power-check", id).with(user(other))
			.with(csrf())
			.param("ladder", "CO_DESIGNING")
			.param("values[0]", "4")
			.param("values[1]", "4")
			.param("values[2]", "4")
			.param("values[3]", "4")
			.param("values[4]", "3")).andExpect(redirectedUrl("/projects/" + id + "/power-check"));
		mvc.perform(get("/projects/{id}/power-check", id).with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-labelledby=\"trend-title\"")))
			// Consulting (2) and co-designing (4) average 3; the values average
			// (2+2+3+2+1)/5 and (4+4+4+4+3)/5.
			.andExpect(content().string(containsString(">3.0<")))
			.andExpect(content().string(containsString(">2.9<")))
			.andExpect(content().string(not(containsString("Mostly staff so far"))));
		// A public project's power check is for its members, not for everyone.
		mvc.perform(get("/projects/{id}/power-check", id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void outcomesAreMeasuredAgainstTheirBaselineAndCoLeadsPublishTheReport() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		long id = start(lead, "LISTED");
		mvc.perform(post("/projects/{id}/outcomes", id).with(user(lead))
			.with(csrf())
			.param("title", "Shorter waits")
			.param("indicator", "Weeks from referral to first appointment")
			.param("baseline", "eighteen"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("<a href=\"#baseline\">Enter a number, for example 18 or 13.5</a>")))
			.andExpect(content().string(containsString("id=\"baseline-error\"")))
			.andExpect(content().string(containsString("value=\"Shorter waits\"")));
		mvc.perform(post("/projects/{id}/outcomes", id).with(user(lead))
			.with(csrf())
			.param("title", " ")
			.param("indicator", "")
			.param("baseline", "18")
			.param("lang", "cy"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<a href=\"#title\">Rhowch y canlyniad</a>")))
			.andExpect(content().string(containsString("<a href=\"#indicator\">Rhowch y dangosydd</a>")));
		assertThat(evaluation.outcomes(id)).isEmpty();
		mvc.perform(post("/projects/{id}/outcomes", id).with(user(lead))
			.with(csrf())
			.param("title", "Shorter waits")
			.param("indicator", "Weeks from referral to first appointment")
			.param("baseline", "18"));
		long outcome = evaluation.outcomes(id).keySet().iterator().next().id();
		mvc.perform(post("/projects/{id}/outcomes/{o}/measurements", id, outcome).with(user(lead))
			.with(csrf())
			.param("measuredOn", "")
			.param("amount", "lots")
			.param("note", "Kept note"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("<a href=\"#measuredOn-" + outcome + "\">Enter the date it was measured</a>")))
			.andExpect(content().string(
					containsString("<a href=\"#amount-" + outcome + "\">Enter a number, for example 18 or 13.5</a>")))
			.andExpect(content().string(containsString("id=\"amount-" + outcome + "-error\"")))
			.andExpect(content().string(containsString("value=\"Kept note\"")));
		assertThat(evaluation.outcomes(id).values().iterator().next()).isEmpty();
		mvc.perform(post("/projects/{id}/outcomes/{o}/measurements", id, outcome).with(user(lead))
			.with(csrf())
			.param("measuredOn", "2027-06-30")
			.param("amount", "13.5")
			.param("note", "After the new triage"));
		mvc.perform(post("/projects/{id}/review", id).with(user(lead)).with(csrf()).param("reviewOn", "2027-09-01"));
		mvc.perform(get("/projects/{id}/evaluation", id).with(user(lead)))
			.andExpect(content().string(containsString("-4.5")))
			.andExpect(content().string(containsString("The next review is on 1 September 2027")));

		mvc.perform(get("/projects/{id}/report", id)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/projects/{id}/report/publish", id).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id + "/report"));
		mvc.perform(get("/projects/{id}/report", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shorter waits")))
			.andExpect(content().string(containsString("13.5")))
			.andExpect(content().string(not(containsString("Lowri Lead"))));
		mvc.perform(post("/projects/{id}/report/unpublish", id).with(user(lead)).with(csrf()));
		mvc.perform(get("/projects/{id}/report", id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aClaimDecidedJustAsItsClaimantLeavesKeepsTheClaimantForgotten() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String memberEmail = accounts.create("Carys Leaving", Role.PARTICIPANT);
		SignedInAccount member = accounts.signedIn(memberEmail);
		long id = start(lead, "LISTED");
		projects.addMember(id, memberEmail, MemberRole.COMMUNITY_MEMBER, false);
		long claim = support.submit(id, member.account(), ClaimCategory.TRAVEL, 840, "Bus fares", null, null);

		// The lead's approval has read the claim when the claimant's account is deleted
		// and the claimant forgotten first.
		TransactionTemplate approving = new TransactionTemplate(transactionManager);
		TransactionTemplate forgetting = new TransactionTemplate(transactionManager);
		forgetting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		approving.executeWithoutResult(status -> {
			assertThat(support.find(id, claim).claimantId()).isNotNull();
			forgetting.executeWithoutResult(inner -> support.forget(member.account()));
			assertThat(support.approve(id, claim)).isTrue();
		});

		Claim approved = support.find(id, claim);
		assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
		assertThat(approved.claimantId()).isNull();
	}

	@Test
	void expenseClaimsAreCheckedApprovedPaidAndExportedAndAccessNeedsStayPrivate() throws Exception {
		SignedInAccount lead = accounts.person("Lowri Lead", Role.PARTICIPANT);
		String memberEmail = accounts.create("Carys Carer", Role.PARTICIPANT);
		SignedInAccount member = accounts.signedIn(memberEmail);
		long id = start(lead, "LISTED");
		projects.addMember(id, memberEmail, MemberRole.COMMUNITY_MEMBER, false);

		mvc.perform(multipart("/projects/{id}/claims", id)
			.file(new MockMultipartFile("receipt", "receipt.png", "image/png", "not an image".getBytes()))
			.param("category", "CHILDCARE")
			.param("amount", "12.5p")
			.param("description", "")
			.with(user(member))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter an amount between")))
			.andExpect(content().string(containsString("Enter a description")))
			.andExpect(content().string(containsString("The receipt must be a PDF, JPEG or PNG file")));
		mvc.perform(multipart("/projects/{id}/claims", id)
			.file(new MockMultipartFile("receipt", "big.png", "image/png", new byte[(int) Receipts.MAX_BYTES + 1]))
			.param("category", "CHILDCARE")
			.param("amount", "12.50")
			.param("description", "Childminder")
			.with(user(member))
			.with(csrf())).andExpect(content().string(containsString("The receipt must be 5 MB or smaller")));
		assertThat(support.all(id)).isEmpty();

		mvc.perform(multipart("/projects/{id}/claims", id)
			.file(new MockMultipartFile("receipt", "photo.jpg", "image/jpeg", PNG))
			.param("category", "CHILDCARE")
			.param("amount", "£12.50")
			.param("description", "Childminder, =SUM(A1)")
			.with(user(member))
			.with(csrf())).andExpect(redirectedUrl("/projects/" + id + "/claims"));
		Claim claim = support.all(id).get(0);
		assertThat(claim.amountPence()).isEqualTo(1250);
		assertThat(claim.receiptType()).isEqualTo("image/png");

		mvc.perform(get("/projects/{id}/claims/{c}/receipt", id, claim.id()).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		mvc.perform(post("/projects/{id}/claims/{c}/pay", id, claim.id()).with(user(lead)).with(csrf()));
		assertThat(support.find(id, claim.id()).status()).isEqualTo(ClaimStatus.SUBMITTED);
		mvc.perform(post("/projects/{id}/claims/{c}/approve", id, claim.id()).with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id + "/claims"));
		mvc.perform(post("/projects/{id}/claims/{c}/pay", id, claim.id()).with(user(lead)).with(csrf()));
		assertThat(support.find(id, claim.id()).status()).isEqualTo(ClaimStatus.PAID);
		mvc.perform(get("/projects/{id}/claims.csv", id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("\"Carys Carer\",CHILDCARE,12.50,\"Childminder, =SUM(A1)\",PAID")));

		mvc.perform(post("/projects/{id}/access-needs", id).with(user(member))
			.with(csrf())
			.param("text", "Meetings after 3.30pm, when the children are collected"))
			.andExpect(redirectedUrl("/projects/" + id + "/access-needs"));
		mvc.perform(get("/projects/{id}/access-needs", id).with(user(lead)))
			.andExpect(content().string(containsString("Meetings after 3.30pm")));

		Map<String, Object> data = personalData.personalData(member.account());
		assertThat((List<?>) data.get("expenseClaims")).hasSize(1);
		assertThat((List<?>) data.get("accessNeeds")).hasSize(1);
		assertThat((List<?>) data.get("memberships")).hasSize(1);

		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(member.account())));
		// The listener runs after the commit, on another thread.
		for (int wait = 0; wait < 100 && support.find(id, claim.id()).claimantId() != null; wait++) {
			Thread.sleep(50);
		}
		assertThat(support.needs(id)).isEmpty();
		assertThat(support.find(id, claim.id()).claimantId()).isNull();
		assertThat(support.all(id)).hasSize(1);
		assertThat(projects.members(id)).hasSize(1);
		mvc.perform(get("/projects/{id}/claims.csv", id).with(user(lead)))
			.andExpect(content().string(containsString("\"Former member\",CHILDCARE,12.50")));
	}

	@Test
	void theProjectPageShowsWhatWasSaidInTheProjectsToolsAndWhatWasDone() throws Exception {
		SignedInAccount lead = accounts.person("Lee Lead", Role.PARTICIPANT);
		long id = start(lead, "PUBLIC");
		long other = start(lead, "PUBLIC");
		String said = "Meet in the evenings " + UUID.randomUUID();
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> events.publishEvent(TestInput.said(said, "project:" + id)));

		// The log hears of input after the publishing transaction commits, on another
		// thread.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get("/projects/{id}", id))
				.andExpect(content().string(containsString(said)))
				.andExpect(content().string(containsString("1 waiting for a response"))));
		mvc.perform(get("/projects/{id}", other)).andExpect(content().string(not(containsString(said))));
	}

	@Test
	void aFacilitatorLeadingAProjectStartsADecisionAndACallForIdeasForIt() throws Exception {
		SignedInAccount facilitator = accounts.person("Fay Facilitator", Role.FACILITATOR);
		SignedInAccount participant = accounts.person("Pip Participant", Role.PARTICIPANT);
		long id = start(facilitator, "PUBLIC");
		long other = start(participant, "PUBLIC");

		mvc.perform(get("/projects/{id}", id).with(user(facilitator)))
			.andExpect(content().string(containsString("/decisions/new?scope=project:" + id)))
			.andExpect(content().string(containsString("/proposals/admin/new?scope=project:" + id)));
		mvc.perform(get("/decisions/new").param("scope", "project:" + id).with(user(facilitator)))
			.andExpect(content().string(containsString("value=\"project:" + id + "\"")));
		mvc.perform(get("/proposals/admin/new").param("scope", "project:" + id).with(user(facilitator)))
			.andExpect(content().string(containsString("value=\"project:" + id + "\"")));
		// A participant leading a project cannot start these tools, so the page does not
		// offer them.
		mvc.perform(get("/projects/{id}", other).with(user(participant)))
			.andExpect(content().string(not(containsString("/decisions/new"))));
	}

}
