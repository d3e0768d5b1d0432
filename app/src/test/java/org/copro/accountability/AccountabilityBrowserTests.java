package org.copro.accountability;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.AccountId;
import org.copro.identity.Role;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "You said, we did" as people meet it: a participant writes a statement in a
 * conversation, a facilitator finds it waiting in the log and answers it (first
 * forgetting the reason it cannot be done), and the participant reads the answer on "Your
 * input", in English and in Welsh.
 */
class AccountabilityBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountabilityLog accountability;

	@Test
	void aStatementIsAnsweredInTheLogAndItsAuthorSeesTheAnswer() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String participant = accounts.create("Pat Participant", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/conversations/new"));
		page.getByLabel("Title").fill("Our park");
		page.getByLabel("Question").fill("What would make the park better?");
		page.getByLabel("Seed statements").fill("More benches\nA water fountain");
		// Statements shown at once are public input from the start, so the log hears of
		// them at once.
		page.getByLabel("At once; a moderator can remove them later").check();
		click(AriaRole.BUTTON, "Start conversation");
		assertThat(page.locator("h1")).hasText("Moderate statements");
		long conversation = Long.parseLong(page.url().replaceAll("^.*/conversations/(\\d+)/moderate.*$", "$1"));
		signOut();

		signIn(participant);
		page.navigate(url("/conversations/" + conversation));
		page.getByLabel("Add a statement").fill("Keep the park gates open until ten");
		click(AriaRole.BUTTON, "Add statement");
		assertThat(page.locator(".govuk-notification-banner")).isVisible();
		long participantAccount = accounts.signedIn(participant).account().value();
		// The log hears of the statement after the conversation's transaction commits, on
		// another thread.
		long item = await().atMost(Duration.ofSeconds(20))
			.until(() -> accountability.inputOf(new AccountId(participantAccount))
				.keySet()
				.stream()
				.findFirst()
				.map(InputItem::id)
				.orElse(null), found -> found != null);
		page.navigate(url("/account/my-input"));
		assertThat(page.locator("h1")).hasText("Your input and what happened to it");
		assertThat(page.locator("main")).containsText("Keep the park gates open until ten");
		assertThat(page.locator("main")).containsText("Waiting");
		check();
		signOut();

		page.navigate(url("/you-said-we-did?lang=en"));
		assertThat(page.locator("h1")).hasText("You said, we did");
		assertThat(page.locator("main")).not().containsText(participant);
		check();
		page.navigate(url("/you-said-we-did/" + item));
		assertThat(page.locator("main")).containsText("Keep the park gates open until ten");
		assertThat(page.locator("main")).containsText("A participant");
		assertThat(page.locator("main")).not().containsText("Pat Participant");
		assertThat(page.locator("main")).not().containsText(participant);
		check();

		signIn(facilitator);
		page.navigate(url("/you-said-we-did"));
		page.getByLabel("Tool").selectOption("conversations");
		page.getByLabel("Status").selectOption("WAITING");
		click(AriaRole.BUTTON, "Apply filters");
		assertThat(page.locator("main")).containsText("less than a day");
		check();
		screenshot("accountability-log-waiting-en");
		// Other tests' input may wait longer and fill the first page, so go to this one
		// by its address.
		page.navigate(url("/you-said-we-did/" + item));
		assertThat(page.locator("h1")).hasText("What was said and what was done");
		assertThat(page.locator("main")).containsText("Pat Participant");
		check();
		page.getByLabel("Not possible", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("What was done", new Page.GetByLabelOptions().setExact(true))
			.fill("We asked the council’s parks team.");
		click(AriaRole.BUTTON, "Save the response");
		assertThat(page).hasTitle("Error: What was said and what was done – CoPro");
		assertThat(page.locator("#reason-error")).containsText("Enter why it is not possible");
		check();
		screenshot("accountability-respond-error-en");
		page.getByLabel("Why it is not possible").fill("The gates are locked by the police at night for safety.");
		click(AriaRole.BUTTON, "Save the response");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your response has been saved");
		assertThat(page.locator("main")).containsText("Why not: The gates are locked by the police");
		check();
		screenshot("accountability-input-en");
		page.navigate(url("/you-said-we-did?lang=cy"));
		assertThat(page.locator("h1")).hasText("Dywedoch chi, gwnaethom ni");
		assertThat(page.locator("main")).containsText("Ddim yn bosibl");
		assertThat(page.locator("main")).containsText("Keep the park gates open until ten");
		check();
		screenshot("accountability-log-cy");
		page.navigate(url("/you-said-we-did?lang=en"));
		signOut();

		signIn(participant);
		page.navigate(url("/account/my-input"));
		assertThat(page.locator("main")).containsText("Not possible");
		assertThat(page.locator("main")).containsText("We asked the council’s parks team.");
		assertThat(page.locator("main")).containsText("By Fran Facilitator");
		check();
		screenshot("accountability-my-input-en");
		page.navigate(url("/account/my-input?lang=cy"));
		assertThat(page.locator("h1")).hasText("Eich cyfraniadau a’r hyn a ddigwyddodd iddynt");
		assertThat(page.locator("main")).containsText("Gan Fran Facilitator");
		check();
		screenshot("accountability-my-input-cy");
	}

}
