package org.copro.budgeting;

import org.copro.identity.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of a participatory budget: a facilitator sets it up and lists the projects,
 * a resident votes (and first gets the limits wrong), the facilitator closes the vote,
 * and everyone reads the explained result.
 */
class BudgetingBrowserTests extends BrowserTestSupport {

	private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(6_000_000_000L);

	@Autowired
	TestAccounts accounts;

	@Autowired
	Budgeting budgeting;

	@Test
	void setUpVoteCloseAndPublishedResult() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String voter = accounts.create("Val Voter", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/budgeting"));
		assertThat(page.locator("h1")).hasText("Participatory budgeting");
		check();
		click(AriaRole.BUTTON, "Set up a budgeting process");
		check();
		click(AriaRole.BUTTON, "Set up the process");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the process");
		check();
		page.getByLabel("Name of the process").fill("Riverside community budget");
		page.getByLabel("Description").fill("Money for the park and the high street.");
		page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("100000");
		page.getByLabel("Most projects a voter may choose").fill("2");
		click(AriaRole.BUTTON, "Set up the process");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The process has been set up");
		check();
		long id = Long.parseLong(page.url().replaceAll("^.*/budgeting/(\\d+)/manage.*$", "$1"));
		String[][] projects = { { "Community allotments", "60000" }, { "Benches by the river", "40000" },
				{ "Cycle racks on the high street", "40000" } };
		for (String[] project : projects) {
			page.getByLabel("Project", new Page.GetByLabelOptions().setExact(true)).fill(project[0]);
			page.getByLabel("What the project does").fill(project[0] + " for everyone in Riverside.");
			page.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill(project[1]);
			page.getByLabel("Feasibility review", new Page.GetByLabelOptions().setExact(true))
				.fill("Checked by the parks team: can be done this year.");
			click(AriaRole.BUTTON, "Add the project");
			assertThat(page.locator(".govuk-notification-banner")).containsText("The project has been added");
		}
		check();
		click(AriaRole.BUTTON, "Open voting");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Voting is open");
		check();
		screenshot("budgeting-manage-en");
		signOut();

		signIn(voter);
		page.navigate(url("/budgeting/" + id));
		assertThat(page.locator("h1")).hasText("Riverside community budget");
		check();
		page.getByLabel("Community allotments", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Benches by the river", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Cycle racks on the high street", new Page.GetByLabelOptions().setExact(false)).check();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select no more than 2 projects (you selected 3)");
		check();
		screenshot("budgeting-ballot-error-en");
		page.getByLabel("Community allotments", new Page.GetByLabelOptions().setExact(false)).uncheck();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		assertThat(page.locator("main")).containsText("You can change your vote until voting closes");
		check();
		signOut();

		List<Long> ids = budgeting.projects(id).stream().map(BudgetProject::id).toList();
		for (int i = 0; i < 6; i++) {
			budgeting.castBallot(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), Set.of(ids.get(0)));
		}
		for (int i = 0; i < 3; i++) {
			budgeting.castBallot(id, new AccountId(NEXT_ACCOUNT.incrementAndGet()), Set.of(ids.get(1), ids.get(2)));
		}

		signIn(facilitator);
		page.navigate(url("/budgeting/" + id + "/manage"));
		check();
		click(AriaRole.BUTTON, "Close voting and count");
		assertThat(page.locator("h1")).hasText("Results");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Voting has closed");
		assertThat(page.locator("main")).containsText("2 projects are funded from 10 ballots");
		assertThat(page.locator("main")).containsText("It was paid for by 6 supporters");
		assertThat(page.locator("svg[role=img]")).isVisible();
		assertThat(page.locator("main")).containsText(
				"Benches by the river / Cycle racks on the high street: Benches by the river was taken first");
		check();
		signOut();

		page.navigate(url("/budgeting/" + id + "/results?lang=en"));
		assertThat(page.locator("main")).not().containsText("Val Voter");
		check();
		screenshot("budgeting-result-en");
		page.navigate(url("/budgeting/" + id + "/results?lang=cy"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Canlyniadau");
		check();
		screenshot("budgeting-result-cy");
		page.navigate(url("/budgeting?lang=cy"));
		assertThat(page.locator("h1")).hasText("Cyllidebu cyfranogol");
		check();
	}

	@Test
	void residentsIdeaIsReviewedInPublicThenVotedOnlineAndOnPaper() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String resident = accounts.create("Rhys Resident", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/budgeting/new"));
		page.getByLabel("Name of the process").fill("Hillside ideas budget");
		page.getByLabel("Description").fill("Residents propose, reviewers check, everyone votes.");
		page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("100");
		page.getByLabel("Most projects a voter may choose").fill("2");
		click(AriaRole.BUTTON, "Set up the process");
		long id = Long.parseLong(page.url().replaceAll("^.*/budgeting/(\\d+)/manage.*$", "$1"));
		click(AriaRole.BUTTON, "Open for project ideas");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Residents can now propose project ideas");
		check();
		signOut();

		signIn(resident);
		page.navigate(url("/budgeting/" + id));
		check();
		click(AriaRole.BUTTON, "Propose the project");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the project");
		check();
		screenshot("budgeting-idea-error-en");
		for (String[] idea : new String[][] { { "Street trees", "30" }, { "Skate park", "500" } }) {
			page.getByLabel("Project", new Page.GetByLabelOptions().setExact(true)).fill(idea[0]);
			page.getByLabel("What the project does").fill(idea[0] + " on Hillside Road.");
			page.getByLabel("Estimated cost").fill(idea[1]);
			click(AriaRole.BUTTON, "Propose the project");
			assertThat(page.locator(".govuk-notification-banner"))
				.containsText("Your idea has been submitted for review");
		}
		assertThat(page.locator("main")).containsText("Waiting for review");
		check();
		signOut();

		signIn(facilitator);
		page.navigate(url("/budgeting/" + id + "/manage"));
		check();
		click(AriaRole.LINK, "Review Street trees");
		check();
		click(AriaRole.BUTTON, "Record the review");
		assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the project is feasible");
		check();
		page.getByLabel("Feasible", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Reviewed cost").fill("35");
		page.getByLabel("Reason, shown to everyone").fill("The highways team can plant them in autumn.");
		screenshot("budgeting-review-en");
		click(AriaRole.BUTTON, "Record the review");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The review has been recorded");
		click(AriaRole.LINK, "Review Skate park");
		page.getByLabel("Not feasible", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Reason, shown to everyone").fill("No council land is free for it.");
		click(AriaRole.BUTTON, "Record the review");
		click(AriaRole.BUTTON, "Open voting");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Voting is open");
		check();
		click(AriaRole.LINK, "Enter a paper ballot");
		check();
		page.getByLabel("Paper ballot reference").fill("HILL-001");
		page.getByLabel("Street trees", new Page.GetByLabelOptions().setExact(false)).check();
		click(AriaRole.BUTTON, "Enter the paper ballot");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Paper ballot HILL-001 has been entered");
		check();
		screenshot("budgeting-paper-en");
		page.navigate(url("/budgeting/" + id + "/paper-ballots/new?lang=cy"));
		check();
		page.navigate(url("/budgeting/" + id + "?lang=en"));
		signOut();

		signIn(resident);
		page.navigate(url("/budgeting/" + id));
		assertThat(page.locator(".govuk-checkboxes")).not().containsText("Skate park");
		page.getByLabel("Street trees", new Page.GetByLabelOptions().setExact(false)).check();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		check();
		signOut();

		page.navigate(url("/budgeting/" + id + "?lang=en"));
		assertThat(page.locator("main")).containsText("No council land is free for it.");
		assertThat(page.locator("main")).containsText("Not feasible");
		check();
		screenshot("budgeting-reviewed-en");
		page.navigate(url("/budgeting/" + id + "?lang=cy"));
		assertThat(page.locator("main")).containsText("Ddim yn ymarferol");
		check();
		screenshot("budgeting-reviewed-cy");
		page.navigate(url("/budgeting?lang=en"));
	}

	@Test
	void twoAreasWithDatedPhasesAndPointsBallotsFromSetUpToPublishedResults() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String voter = accounts.create("Pat Points", Role.PARTICIPANT);
		java.time.LocalDate today = java.time.LocalDate.now(BudgetingProcess.ZONE);

		signIn(facilitator);
		page.navigate(url("/budgeting/new"));
		page.getByLabel("Name of the process").fill("Riverside and North ward budget");
		page.getByLabel("Description").fill("Money for the whole town and for North ward.");
		page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("100000");
		page.getByLabel("Name of the first area").fill("Whole town");
		page.getByLabel("Share out points", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Most points for one project (points ballots only)").fill("20");
		click(AriaRole.BUTTON, "Set up the process");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("The most points for one project (20) must not be more than the points to share out (10)");
		check();
		screenshot("budgeting-new-points-error-en");
		page.getByLabel("Most points for one project (points ballots only)").fill("6");
		click(AriaRole.BUTTON, "Set up the process");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The process has been set up");
		long id = Long.parseLong(page.url().replaceAll("^.*/budgeting/(\\d+)/manage.*$", "$1"));

		page.getByLabel("Name of the area").fill("North ward");
		page.getByLabel("Budget for this area").fill("50000");
		click(AriaRole.BUTTON, "Add the area");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The area has been added");
		String[][] projects = { { "Whole town", "Community allotments", "60000" },
				{ "Whole town", "Benches by the river", "40000" }, { "North ward", "Play area", "30000" },
				{ "North ward", "Tree planting", "30000" } };
		for (String[] project : projects) {
			page.getByLabel("Area", new Page.GetByLabelOptions().setExact(true))
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(project[0]));
			page.getByLabel("Project", new Page.GetByLabelOptions().setExact(true)).fill(project[1]);
			page.getByLabel("What the project does").fill(project[1] + " for everyone.");
			page.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill(project[2]);
			click(AriaRole.BUTTON, "Add the project");
			assertThat(page.locator(".govuk-notification-banner")).containsText("The project has been added");
		}
		// Ideas were collected, the review is under way, and voting opens in a week
		// unless opened by hand.
		page.getByLabel("Ideas are collected from").fill(today.minusDays(14).toString());
		page.getByLabel("Feasibility review from").fill(today.minusDays(3).toString());
		page.getByLabel("Voting opens on").fill(today.plusDays(7).toString());
		page.getByLabel("Voting closes and results are published on").fill(today.plusDays(14).toString());
		click(AriaRole.BUTTON, "Save the dates");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The dates have been saved");
		assertThat(page.locator("main")).containsText("Feasibility review");
		check();
		screenshot("budgeting-manage-areas-en");
		signOut();

		signIn(voter);
		page.navigate(url("/budgeting/" + id));
		assertThat(page.locator("#now")).containsText("Reviewers are checking every idea");
		check();
		screenshot("budgeting-phase-review-en");
		page.navigate(url("/budgeting/" + id + "?lang=cy"));
		assertThat(page.locator("#now")).containsText("Mae adolygwyr yn gwirio");
		check();
		page.navigate(url("/budgeting/" + id + "?lang=en"));
		signOut();

		signIn(facilitator);
		page.navigate(url("/budgeting/" + id + "/manage"));
		click(AriaRole.BUTTON, "Open voting");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Voting is open");
		check();
		signOut();

		signIn(voter);
		page.navigate(url("/budgeting/" + id));
		assertThat(page.locator("#now")).containsText("You can vote in each area");
		page.getByLabel("Points for Community allotments", new Page.GetByLabelOptions().setExact(false)).fill("7");
		page.getByLabel("Points for Benches by the river", new Page.GetByLabelOptions().setExact(false)).fill("4");
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the points as a whole number from 0 to 6");
		assertThat(page.locator(".govuk-form-group--error .govuk-error-message").first())
			.containsText("Enter the points as a whole number from 0 to 6");
		check();
		screenshot("budgeting-points-error-en");
		page.getByLabel("Points for Community allotments", new Page.GetByLabelOptions().setExact(false)).fill("6");
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		click(AriaRole.LINK, "North ward – £50,000");
		assertThat(page.locator("legend")).containsText("North ward");
		page.getByLabel("Points for Tree planting", new Page.GetByLabelOptions().setExact(false)).fill("6");
		page.getByLabel("Points for Play area", new Page.GetByLabelOptions().setExact(false)).fill("4");
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		assertThat(page.locator("main nav .govuk-tag")).hasCount(2);
		check();
		screenshot("budgeting-points-ballot-en");
		page.navigate(url("/budgeting/" + id + "?lang=cy"));
		check();
		screenshot("budgeting-points-ballot-cy");
		page.navigate(url("/budgeting/" + id + "?lang=en"));
		signOut();

		List<BudgetHeading> headings = budgeting.headings(id);
		List<Long> town = budgeting.ballotProjects(id, headings.get(0).id()).stream().map(BudgetProject::id).toList();
		List<Long> north = budgeting.ballotProjects(id, headings.get(1).id()).stream().map(BudgetProject::id).toList();
		for (int i = 0; i < 5; i++) {
			AccountId someone = new AccountId(NEXT_ACCOUNT.incrementAndGet());
			budgeting.castBallot(id, headings.get(0).id(), someone, java.util.Map.of(town.get(i % 2), 6));
			budgeting.castBallot(id, headings.get(1).id(), someone, java.util.Map.of(north.get(1), 5, north.get(0), 5));
		}

		signIn(facilitator);
		page.navigate(url("/budgeting/" + id + "/manage"));
		click(AriaRole.BUTTON, "Close voting and count");
		assertThat(page.locator("h1")).hasText("Results for Whole town");
		assertThat(page.locator("main")).containsText("from 6 ballots");
		check();
		signOut();
		page.navigate(url("/budgeting/" + id + "/results?lang=en"));
		assertThat(page.locator("svg[role=img]")).isVisible();
		assertThat(page.locator("main")).containsText("Points");
		check();
		screenshot("budgeting-areas-result-en");
		click(AriaRole.LINK, "North ward – £50,000");
		assertThat(page.locator("h1")).hasText("Results for North ward");
		assertThat(page.locator("main")).containsText("Download the ballots for North ward (.pb file)");
		check();
		screenshot("budgeting-areas-result-north-en");
		page.navigate(url("/budgeting/" + id + "/results?heading=" + headings.get(1).id() + "&lang=cy"));
		assertThat(page.locator("h1")).hasText("Canlyniadau North ward");
		check();
		screenshot("budgeting-areas-result-cy");
		page.navigate(url("/budgeting?lang=en"));
	}

	@Test
	void aFacilitatorImportsAPbFile() throws Exception {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		signIn(facilitator);
		page.navigate(url("/budgeting"));
		click(AriaRole.LINK, "Import a .pb file");
		check();
		page.getByLabel("The .pb file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("broken.pb", "text/plain",
					BudgetingImportTests.fixture("import_unknown_project.pb")));
		click(AriaRole.BUTTON, "Import the file");
		assertThat(page.locator(".govuk-error-summary")).containsText("Line 14:");
		check();
		screenshot("budgeting-import-error-en");
		page.getByLabel("The .pb file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("greenfield.pb", "text/plain",
					BudgetingImportTests.fixture("import_approval.pb")));
		click(AriaRole.BUTTON, "Import the file");
		assertThat(page.locator("h1")).hasText("Results");
		assertThat(page.locator("main")).containsText("6 ballots were imported from a .pb file");
		check();
		screenshot("budgeting-imported-result-en");
		page.navigate(url("/budgeting/import?lang=cy"));
		check();
		// A file over the upload limit: the form again with the reason, not a "forbidden"
		// page.
		page.navigate(url("/budgeting/import?lang=en"));
		byte[] huge = new byte[13 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'a');
		page.getByLabel("The .pb file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("huge.pb", "text/plain", huge));
		click(AriaRole.BUTTON, "Import the file");
		assertThat(page.locator(".govuk-error-summary")).containsText("The file is larger than 12 MB");
		assertThat(page.locator("h1")).hasText("Import a .pb file");
		check();
		screenshot("budgeting-import-too-large-en");
		page.navigate(url("/budgeting?lang=en"));
	}

	@Test
	void rankingAndKnapsackBallotsShowTheirErrorsBoxByBox() {
		String voter = accounts.create("Rae Ranker", Role.PARTICIPANT);
		AccountId organiser = new AccountId(NEXT_ACCOUNT.incrementAndGet());
		long ranking = budgeting.create("Ranked town budget", "Rank the projects.", 100, "GBP", 1, 2, CountingRule.MES,
				organiser, BallotType.RANKING, 0, 0, "Whole town");
		long knapsack = budgeting.create("Knapsack town budget", "Spend it yourself.", 100, "GBP", 0, 500,
				CountingRule.MES, organiser, BallotType.KNAPSACK, 0, 0, "Whole town");
		for (long id : new long[] { ranking, knapsack }) {
			budgeting.addProject(id, "Community allotments", "Allotments for everyone.", 60, null);
			budgeting.addProject(id, "Benches by the river", "Benches for everyone.", 40, null);
			budgeting.addProject(id, "Cycle racks", "Racks on the high street.", 40, null);
			budgeting.openVoting(id);
		}
		signIn(voter);
		page.navigate(url("/budgeting/" + ranking));
		page.getByLabel("Rank for Community allotments", new Page.GetByLabelOptions().setExact(false)).fill("1");
		page.getByLabel("Rank for Benches by the river", new Page.GetByLabelOptions().setExact(false)).fill("1");
		page.getByLabel("Rank for Cycle racks", new Page.GetByLabelOptions().setExact(false)).fill("9");
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-error-summary")).containsText("Rank 1 is given to another project too");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a rank from 1 to 2");
		check();
		screenshot("budgeting-ranking-error-en");
		page.getByLabel("Rank for Benches by the river", new Page.GetByLabelOptions().setExact(false)).fill("2");
		page.getByLabel("Rank for Cycle racks", new Page.GetByLabelOptions().setExact(false)).fill("");
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		page.navigate(url("/budgeting/" + ranking + "?lang=cy"));
		check();
		page.navigate(url("/budgeting/" + knapsack + "?lang=en"));
		page.getByLabel("Community allotments", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Benches by the river", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Cycle racks", new Page.GetByLabelOptions().setExact(false)).check();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("The projects you chose cost £140 in total, more than the £100 budget. Remove a project.");
		check();
		screenshot("budgeting-knapsack-error-en");
		page.navigate(url("/budgeting/" + knapsack + "?lang=cy"));
		check();
		page.navigate(url("/budgeting?lang=en"));
	}

}
