package org.copro.decisions;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.Role;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A consent decision to its outcome: a facilitator starts it, a participant objects, the
 * facilitator addresses the objection, the participant consents, and the facilitator
 * closes it with an outcome and a review date that everyone can read.
 */
class DecisionsBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Test
	void aConsentDecisionToItsOutcome() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String participant = accounts.create("Olu Objector", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/decisions"));
		assertThat(page.locator("h1")).hasText("Decisions");
		check();
		click(AriaRole.BUTTON, "Start a decision");
		check();
		label("Consent").check();
		click(AriaRole.BUTTON, "Start the decision");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
		check();
		label("Title").fill("Close the community hall on Sundays");
		label("Details").fill(
				"The hall costs £90 each Sunday to open and few use it.\n\nWe propose to close it on Sundays from January.");
		screenshot("decisions-new-en");
		click(AriaRole.BUTTON, "Start the decision");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The decision has started");
		assertThat(page.locator("h1")).hasText("Close the community hall on Sundays");
		check();
		String path = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
		signOut();

		signIn(participant);
		page.navigate(url(path));
		check();
		label("Object").check();
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter your objection");
		check();
		label("Your reason, or your objection").fill("The Sunday youth club has nowhere else to meet.");
		click(AriaRole.BUTTON, "Cast my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		assertThat(page.locator("main")).containsText("Blocked by an objection");
		check();
		signOut();

		signIn(facilitator);
		page.navigate(url(path));
		assertThat(page.locator("#objections")).isVisible();
		label("Your response").fill("The youth club keeps its room on Sundays; the rest of the hall closes.");
		screenshot("decisions-objection-en");
		click(AriaRole.BUTTON, "Mark as addressed");
		assertThat(page.locator(".govuk-notification-banner"))
			.containsText("The objection has been marked as addressed");
		check();
		signOut();

		signIn(participant);
		page.navigate(url(path));
		assertThat(page.locator("main")).containsText("The proposer has addressed your objection");
		check();
		label("Consent").check();
		label("Your reason, or your objection").fill("Thank you: that meets my objection.");
		click(AriaRole.BUTTON, "Change my vote");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your vote has been recorded");
		signOut();

		signIn(facilitator);
		page.navigate(url(path));
		click(AriaRole.BUTTON, "Close voting now");
		assertThat(page.locator("h1")).hasText("Record the outcome");
		assertThat(page.locator("main")).containsText("The count says: Passed.");
		check();
		click(AriaRole.BUTTON, "Publish the outcome");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the outcome statement");
		check();
		label("Outcome statement").fill("The hall closes on Sundays from January. The youth club keeps its room.");
		click(AriaRole.BUTTON, "Publish the outcome");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The outcome has been published");
		assertThat(page.locator("h1")).hasText("Close the community hall on Sundays");
		assertThat(page.locator("main")).containsText("The hall closes on Sundays from January.");
		assertThat(page.locator("main")).containsText("The Sunday youth club has nowhere else to meet.");
		assertThat(page.locator("main"))
			.containsText("The youth club keeps its room on Sundays; the rest of the hall closes.");
		assertThat(page.locator("main")).containsText("Review date");
		check();
		signOut();

		page.navigate(url(path + "/outcome?lang=en"));
		assertThat(page.locator("main")).containsText("Passed");
		assertThat(page.locator("svg[role=img]")).isVisible();
		check();
		screenshot("decisions-outcome-en");
		page.navigate(url(path + "/outcome?lang=cy"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("main")).containsText("Beth a benderfynwyd");
		check();
		screenshot("decisions-outcome-cy");
		page.navigate(url(path + "?lang=cy"));
		check();
		page.navigate(url("/decisions?lang=cy"));
		assertThat(page.locator("h1")).hasText("Penderfyniadau");
		check();
		signIn(facilitator);
		page.navigate(url("/decisions/new?lang=cy"));
		assertThat(page.locator("h1")).hasText("Dechrau penderfyniad");
		check();
		page.navigate(url("/decisions?lang=en"));
	}

	private com.microsoft.playwright.Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

}
