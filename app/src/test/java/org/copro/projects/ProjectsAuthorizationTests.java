package org.copro.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Tries every route of the module as each kind of person, on a listed, a private and a
 * public project, and checks that the server allows or refuses each one; then checks that
 * members' personal data (claims, access needs) shows on no page but the owner's and the
 * co-leads'.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectsAuthorizationTests {

	/**
	 * Who tries the route; the order matters: member and co-lead come last because they
	 * may change things.
	 */
	enum Who {

		ANONYMOUS, OUTSIDER, ADMINISTRATOR, MEMBER, CO_LEAD

	}

	/**
	 * Allowed; refused (403, or the sign-in page for someone not signed in); or not
	 * found, as if not there.
	 */
	enum Outcome {

		OK, DENIED, HIDDEN

	}

	static final Outcome O = Outcome.OK;

	static final Outcome D = Outcome.DENIED;

	static final String SECRET_NEED = "Needs a British Sign Language interpreter " + UUID.randomUUID();

	static final String SECRET_CLAIM = "Taxi to the hospital meeting " + UUID.randomUUID();

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
	Receipts receipts;

	@Autowired
	Stakeholders stakeholders;

	@Autowired
	Evaluation evaluation;

	@Autowired
	ProjectReports reports;

	/**
	 * One project with someone in every part, and one of each thing a route can point at.
	 */
	record Fixture(long project, Map<Who, SignedInAccount> people, long otherMember, long aim, long version,
			long meeting, long action, long claim, long stakeholder, long outcome) {
	}

	/**
	 * A route, the request it makes for a fixture, and who may use it on a listed
	 * project.
	 */
	record Route(String name, boolean readsWorkspace, Function<Fixture, MockHttpServletRequestBuilder> request,
			Outcome... expected) {
	}

	List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET /projects", false, f -> get("/projects"), O, O, O, O, O));
		routes.add(new Route("GET /projects/new", false, f -> get("/projects/new"), D, O, O, O, O));
		routes.add(new Route("POST /projects", false,
				f -> post("/projects").param("title", "Another project")
					.param("purpose", "To try")
					.param("phase", "PLANNING")
					.param("visibility", "PRIVATE")
					.param("role", "RESEARCHER"),
				D, O, O, O, O));
		routes.add(new Route("GET /projects/{id}", true, f -> get("/projects/{id}", f.project), O, O, O, O, O));
		routes.add(
				new Route("GET /projects/{id}/edit", false, f -> get("/projects/{id}/edit", f.project), D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/edit", false,
				f -> post("/projects/{id}/edit", f.project).param("title", "Renamed")
					.param("purpose", "Still the same")
					.param("phase", "DOING")
					.param("visibility", "LISTED"),
				D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/members", false,
				f -> post("/projects/{id}/members", f.project)
					.param("email", accounts.create("New Member", Role.PARTICIPANT))
					.param("role", "PRACTITIONER"),
				D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/members/{m}", false,
				f -> post("/projects/{id}/members/{m}", f.project, f.otherMember).param("role", "COMMISSIONER")
					.param("coLead", "true"),
				D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/members/{m}/remove", false,
				f -> post("/projects/{id}/members/{m}/remove", f.project, f.otherMember), D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/aims", false,
				f -> post("/projects/{id}/aims", f.project).param("text", "Shorter waits"), D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/aims/{a}/agree", false,
				f -> post("/projects/{id}/aims/{a}/agree", f.project, f.aim), D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/aims/{a}/withdraw", false,
				f -> post("/projects/{id}/aims/{a}/withdraw", f.project, f.aim), D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/agreements", true, f -> get("/projects/{id}/agreements", f.project), D,
				D, O, O, O));
		routes.add(new Route("GET /projects/{id}/agreements/{kind}/edit", false,
				f -> get("/projects/{id}/agreements/ground-rules/edit", f.project), D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/agreements/{kind}", false,
				f -> post("/projects/{id}/agreements/ground-rules", f.project).param("text", "Be kind"), D, D, D, O,
				O));
		routes.add(new Route("POST /projects/{id}/agreements/versions/{v}/agree", false,
				f -> post("/projects/{id}/agreements/versions/{v}/agree", f.project, f.version), D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/agreements/versions/{v}/withdraw", false,
				f -> post("/projects/{id}/agreements/versions/{v}/withdraw", f.project, f.version), D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/meetings", true, f -> get("/projects/{id}/meetings", f.project), D, D,
				O, O, O));
		routes.add(new Route("GET /projects/{id}/meetings/new", false,
				f -> get("/projects/{id}/meetings/new", f.project), D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/meetings", false,
				f -> post("/projects/{id}/meetings", f.project).param("heldOn", "2027-01-15").param("agenda", "Plans"),
				D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/meetings/{m}", true,
				f -> get("/projects/{id}/meetings/{m}", f.project, f.meeting), D, D, O, O, O));
		routes.add(new Route("POST /projects/{id}/meetings/{m}/actions", false,
				f -> post("/projects/{id}/meetings/{m}/actions", f.project, f.meeting).param("text", "Book a room"), D,
				D, D, O, O));
		routes.add(new Route("POST /projects/{id}/meetings/{m}/feedback", false,
				f -> post("/projects/{id}/meetings/{m}/feedback", f.project, f.meeting).param("rating", "4"), D, D, D,
				O, O));
		routes.add(new Route("POST /projects/{id}/actions/{a}", false,
				f -> post("/projects/{id}/actions/{a}", f.project, f.action).param("status", "DONE"), D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/stakeholders", false,
				f -> get("/projects/{id}/stakeholders", f.project), D, D, O, O, O));
		routes.add(new Route("POST /projects/{id}/stakeholders", false,
				f -> post("/projects/{id}/stakeholders", f.project).param("name", "Carers Trust")
					.param("kind", "ORGANISATION")
					.param("interest", "4")
					.param("influence", "2")
					.param("status", "NOT_INVITED")
					.param("groups", "CARERS"),
				D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/stakeholders/{s}/status", false,
				f -> post("/projects/{id}/stakeholders/{s}/status", f.project, f.stakeholder).param("status",
						"INVOLVED"),
				D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/stakeholders/{s}/remove", false,
				// A stakeholder of its own for each attempt: the member's allowed removal
				// must not leave none for the co-lead.
				f -> post("/projects/{id}/stakeholders/{s}/remove", f.project,
						stakeholders.add(f.project, "Carers Wales", StakeholderKind.ORGANISATION, 3, 3,
								InvitationStatus.NOT_INVITED, java.util.Set.of())),
				D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/concerned-groups", false,
				f -> post("/projects/{id}/concerned-groups", f.project).param("groups", "WELSH_SPEAKERS"), D, D, D, O,
				O));
		routes.add(new Route("GET /projects/{id}/power-check", false, f -> get("/projects/{id}/power-check", f.project),
				D, D, O, O, O));
		routes.add(new Route("POST /projects/{id}/power-check", false,
				f -> post("/projects/{id}/power-check", f.project).param("ladder", "CONSULTING")
					.param("values[0]", "3")
					.param("values[1]", "3")
					.param("values[2]", "4")
					.param("values[3]", "2")
					.param("values[4]", "3"),
				D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/evaluation", true, f -> get("/projects/{id}/evaluation", f.project), D,
				D, O, O, O));
		routes.add(new Route("POST /projects/{id}/outcomes", false,
				f -> post("/projects/{id}/outcomes", f.project)
					.param("title", "More young people say they were listened to")
					.param("indicator", "Survey, per cent")
					.param("baseline", "40"),
				D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/outcomes/{o}/measurements", false,
				f -> post("/projects/{id}/outcomes/{o}/measurements", f.project, f.outcome)
					.param("measuredOn", "2027-06-01")
					.param("amount", "14"),
				D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/review", false,
				f -> post("/projects/{id}/review", f.project).param("reviewOn", "2027-07-01"), D, D, D, D, O));
		routes.add(new Route("GET /projects/{id}/report", false, f -> get("/projects/{id}/report", f.project), D, D, O,
				O, O));
		routes.add(new Route("POST /projects/{id}/report/publish", false,
				f -> post("/projects/{id}/report/publish", f.project), D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/report/unpublish", false,
				f -> post("/projects/{id}/report/unpublish", f.project), D, D, D, D, O));
		routes.add(new Route("GET /projects/{id}/report.pdf", false, f -> get("/projects/{id}/report.pdf", f.project),
				D, D, O, O, O));
		routes.add(new Route("GET /projects/{id}/report/edit", false, f -> get("/projects/{id}/report/edit", f.project),
				D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/report", false, f -> post("/projects/{id}/report", f.project)
			// From the latest version, so that the member's allowed save does not make
			// the co-lead's a conflict.
			.param("basedOn", String.valueOf(reports.latest(f.project).map(ReportVersion::versionNumber).orElse(0)))
			.param("summary", "What we set out to do"), D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/agreements/versions/{v}/changes", true,
				f -> get("/projects/{id}/agreements/versions/{v}/changes", f.project, f.version), D, D, O, O, O));
		routes.add(new Route("GET /projects/{id}/stakeholders?organisation=", false,
				f -> get("/projects/{id}/stakeholders", f.project).param("organisation", "Youth"), D, D, O, O, O));
		routes.add(new Route("GET /projects/{id}/claims", false, f -> get("/projects/{id}/claims", f.project), D, D, D,
				O, O));
		routes.add(new Route("POST /projects/{id}/claims", false,
				f -> post("/projects/{id}/claims", f.project).param("category", "TRAVEL")
					.param("amount", "3.20")
					.param("description", "Bus"),
				D, D, D, O, O));
		routes.add(new Route("GET /projects/{id}/claims/{c}/receipt", false,
				f -> get("/projects/{id}/claims/{c}/receipt", f.project, f.claim), D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/claims/{c}/approve", false,
				f -> post("/projects/{id}/claims/{c}/approve", f.project, f.claim), D, D, D, D, O));
		routes.add(new Route("POST /projects/{id}/claims/{c}/reject", false,
				f -> post("/projects/{id}/claims/{c}/reject", f.project, f.claim).param("reason", "No receipt"), D, D,
				D, D, O));
		routes.add(new Route("POST /projects/{id}/claims/{c}/pay", false,
				f -> post("/projects/{id}/claims/{c}/pay", f.project, f.claim), D, D, D, D, O));
		routes.add(new Route("GET /projects/{id}/claims.csv", false, f -> get("/projects/{id}/claims.csv", f.project),
				D, D, D, D, O));
		routes.add(new Route("GET /projects/{id}/access-needs", false,
				f -> get("/projects/{id}/access-needs", f.project), D, D, D, O, O));
		routes.add(new Route("POST /projects/{id}/access-needs", false,
				f -> post("/projects/{id}/access-needs", f.project).param("text", "Large print"), D, D, D, O, O));
		return routes;
	}

	Fixture fixture(Visibility visibility) {
		SignedInAccount lead = accounts.person("Lee Lead", Role.PARTICIPANT);
		SignedInAccount member = accounts.person("Mo Member", Role.PARTICIPANT);
		SignedInAccount claimant = accounts.person("Cai Claimant", Role.PARTICIPANT);
		String otherEmail = accounts.create("Oli Other", Role.PARTICIPANT);
		long id = projects.create(new ProjectForm.Details("Youth mental health " + visibility, "Shorter waits", "",
				"Wrexham", null, null, Phase.PLANNING, visibility), lead.account(), MemberRole.FACILITATOR);
		projects.addMember(id, member.getUsername(), MemberRole.LIVED_EXPERIENCE, false);
		projects.addMember(id, claimant.getUsername(), MemberRole.COMMUNITY_MEMBER, false);
		projects.addMember(id, otherEmail, MemberRole.PRACTITIONER, false);
		long other = projects.members(id)
			.stream()
			.filter(m -> m.accountId() == accounts.signedIn(otherEmail).account().value())
			.findFirst()
			.orElseThrow()
			.id();
		projects.proposeAim(id, "Young people are seen within four weeks", lead.account());
		long aim = projects.aims(id).get(0).id();
		agreements.revise(id, AgreementKind.GROUND_RULES, "Listen first", null, List.of(), lead.account());
		agreements.revise(id, AgreementKind.GROUND_RULES, "Listen first, then speak", null, List.of(),
				member.account());
		long version = agreements.current(id, AgreementKind.GROUND_RULES).orElseThrow().id();
		long meeting = meetings.record(id, java.time.LocalDate.of(2027, 1, 8), "Start", "", "", java.util.Set.of());
		meetings.addAction(id, meeting, "Invite the youth council", null, null);
		long action = meetings.projectActions(id).get(0).id();
		MockMultipartFile png = new MockMultipartFile("receipt", "r.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 });
		String stored = receipts.store(png, Receipts.Kind.PNG);
		long claim = support.submit(id, claimant.account(), ClaimCategory.TRAVEL, 1250, SECRET_CLAIM, stored,
				"image/png");
		support.recordNeed(id, claimant.account(), SECRET_NEED);
		Map<Who, SignedInAccount> people = Map.of(Who.OUTSIDER, accounts.person("Out Sider", Role.PARTICIPANT),
				Who.ADMINISTRATOR, accounts.person("Ada Admin", Role.ADMINISTRATOR), Who.MEMBER, member, Who.CO_LEAD,
				lead);
		long stakeholder = stakeholders.add(id, "Wrexham Youth Council", StakeholderKind.GROUP, 5, 3,
				InvitationStatus.INVITED, java.util.Set.of(CommunityGroup.YOUNG_PEOPLE));
		long outcome = evaluation.addOutcome(id, "Shorter waits", "Weeks from referral to first appointment",
				java.math.BigDecimal.valueOf(18));
		return new Fixture(id, people, other, aim, version, meeting, action, claim, stakeholder, outcome);
	}

	Outcome attempt(MockHttpServletRequestBuilder request, @Nullable SignedInAccount person) throws Exception {
		if (person != null) {
			request.with(user(person));
		}
		MvcResult result = mvc.perform(request.with(csrf())).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 404) {
			return Outcome.HIDDEN;
		}
		if (status == 403 || (status == 302 && location != null && location.endsWith("/sign-in"))) {
			return Outcome.DENIED;
		}
		assertThat(status).as("status of an allowed request").isBetween(200, 399);
		return Outcome.OK;
	}

	void tryEveryRoute(Visibility visibility) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : routes()) {
			Fixture fixture = fixture(visibility);
			for (Who who : Who.values()) {
				Outcome expected = expected(route, who, visibility);
				Outcome actual = attempt(route.request.apply(fixture), fixture.people.get(who));
				if (actual != expected) {
					wrong.add(visibility + " " + route.name + " as " + who + ": expected " + expected + ", was "
							+ actual);
				}
			}
		}
		assertThat(wrong).as("routes that answered the wrong people").isEmpty();
	}

	static Outcome expected(Route route, Who who, Visibility visibility) {
		Outcome listed = route.expected[who.ordinal()];
		boolean stranger = who == Who.ANONYMOUS || who == Who.OUTSIDER;
		boolean projectRoute = route.name.startsWith("GET /projects/{id}")
				|| route.name.startsWith("POST /projects/{id}");
		if (visibility == Visibility.PRIVATE && stranger && projectRoute) {
			return Outcome.HIDDEN;
		}
		if (visibility == Visibility.PUBLIC && route.readsWorkspace) {
			return Outcome.OK;
		}
		return listed;
	}

	@Test
	void everyRouteOfAListedProjectAnswersOnlyThePeopleItShould() throws Exception {
		tryEveryRoute(Visibility.LISTED);
	}

	@Test
	void aPrivateProjectIsNotFoundByAnyoneOutsideItButAdministrators() throws Exception {
		tryEveryRoute(Visibility.PRIVATE);
	}

	@Test
	void aPublicProjectsWorkspaceIsReadByEveryoneButChangedOnlyByMembers() throws Exception {
		tryEveryRoute(Visibility.PUBLIC);
	}

	@Test
	void claimsAndAccessNeedsShowOnNoPageButTheOwnersAndTheCoLeads() throws Exception {
		for (Visibility visibility : Visibility.values()) {
			Fixture fixture = fixture(visibility);
			for (Route route : routes()) {
				if (!route.name.startsWith("GET") || route.name.endsWith("/receipt")) {
					continue;
				}
				for (Who who : List.of(Who.ANONYMOUS, Who.OUTSIDER, Who.ADMINISTRATOR, Who.MEMBER)) {
					MockHttpServletRequestBuilder request = route.request.apply(fixture);
					SignedInAccount person = fixture.people.get(who);
					if (person != null) {
						request.with(user(person));
					}
					String body = mvc.perform(request).andReturn().getResponse().getContentAsString();
					assertThat(body).as("%s as %s on a %s project", route.name, who, visibility)
						.doesNotContain(SECRET_NEED)
						.doesNotContain(SECRET_CLAIM);
				}
			}
			SignedInAccount lead = fixture.people.get(Who.CO_LEAD);
			assertThat(mvc.perform(get("/projects/{id}/access-needs", fixture.project).with(user(lead)))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(SECRET_NEED);
			assertThat(mvc.perform(get("/projects/{id}/claims", fixture.project).with(user(lead)))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(SECRET_CLAIM);
			assertThat(mvc.perform(get("/projects/{id}/claims.csv", fixture.project).with(user(lead)))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(SECRET_CLAIM);
		}
	}

}
