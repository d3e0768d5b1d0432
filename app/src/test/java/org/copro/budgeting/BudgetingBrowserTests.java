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
 * The journey of a participatory budget: a facilitator sets it up and lists the projects, a resident votes
 * (and first gets the limits wrong), the facilitator closes the vote, and everyone reads the explained result.
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
			page.getByLabel("Feasibility review").fill("Checked by the parks team: can be done this year.");
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
		assertThat(page.locator(".govuk-error-summary")).containsText("Select no more than 2 projects (you selected 3)");
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
			assertThat(page.locator(".govuk-notification-banner")).containsText("Your idea has been submitted for review");
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
	void aFacilitatorImportsAPbFile() throws Exception {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		signIn(facilitator);
		page.navigate(url("/budgeting"));
		click(AriaRole.LINK, "Import a .pb file");
		check();
		page.getByLabel("The .pb file").setInputFiles(new com.microsoft.playwright.options.FilePayload("broken.pb",
				"text/plain", BudgetingImportTests.fixture("import_unknown_project.pb")));
		click(AriaRole.BUTTON, "Import the file");
		assertThat(page.locator(".govuk-error-summary")).containsText("Line 14:");
		check();
		screenshot("budgeting-import-error-en");
		page.getByLabel("The .pb file").setInputFiles(new com.microsoft.playwright.options.FilePayload("greenfield.pb",
				"text/plain", BudgetingImportTests.fixture("import_approval.pb")));
		click(AriaRole.BUTTON, "Import the file");
		assertThat(page.locator("h1")).hasText("Results");
		assertThat(page.locator("main")).containsText("6 ballots were imported from a .pb file");
		check();
		screenshot("budgeting-imported-result-en");
		page.navigate(url("/budgeting/import?lang=cy"));
		check();
		page.navigate(url("/budgeting?lang=en"));
	}
}
