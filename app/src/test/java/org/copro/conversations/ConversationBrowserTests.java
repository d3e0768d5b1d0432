package org.copro.conversations;

import org.copro.identity.TestAccounts;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation from its first statement to its report: a facilitator starts it, people
 * vote and write, the facilitator moderates, and everyone reads the report, in English
 * and in Welsh.
 */
class ConversationBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts people;

	@Autowired
	Conversations conversations;

	@Autowired
	StatementRepository statements;

	@Test
	void fromFirstStatementToReportInEnglishAndWelsh() throws Exception {
		String facilitator = people.create("Fran Facilitator", Role.FACILITATOR);
		signIn(page, facilitator);

		page.navigate(url("/conversations"));
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a conversation")).click();
		assertThat(page.locator("h1")).hasText("Start a conversation");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start conversation")).click();
		assertThat(page).hasTitle("Error: Start a conversation – CoPro");
		assertThat(page.locator("#title-error")).containsText("Enter a title");
		assertThat(page.getByLabel("Open for votes now")).isChecked();
		assertAccessible();
		screenshot("conversation-new-error-en");

		page.getByLabel("Title").fill("Our high street");
		page.getByLabel("Question").fill("What would bring you to the high street more often?");
		page.getByLabel("Only after a moderator has accepted them").check();
		page.getByLabel("Seed statements")
			.fill(String.join("\n", "More trees on the high street", "Cheaper, later buses", "A covered market",
					"More car parking", "A new road bypass", "Bigger shops", "Free parking for carers"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start conversation")).click();
		assertThat(page.locator("h1")).hasText("Moderate statements");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your conversation has started");
		assertAccessible();
		long id = Long.parseLong(page.url().replaceAll("^.*/conversations/(\\d+)/moderate.*$", "$1"));

		plantVotes(id);

		BrowserContext participantContext = context.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
		Page participant = participantContext.newPage();
		signIn(participant, people.create("Pat Participant", Role.PARTICIPANT));
		participant.navigate(url("/conversations/" + id));
		assertThat(participant.locator("h1")).hasText("Our high street");
		assertThat(participant.getByText("You have voted on 0 of 7 statements.")).isVisible();
		check(participant);
		participant.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "conversation-vote-en.png"))
			.setFullPage(true));
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree").setExact(true)).click();
		assertThat(participant.getByText("You have voted on 1 of 7 statements.")).isVisible();
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pass or unsure")).click();
		assertThat(participant.getByText("You have voted on 2 of 7 statements.")).isVisible();

		participant.getByLabel("Add a statement").fill("x".repeat(141));
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add statement")).click();
		assertThat(participant.locator("#text-error")).containsText("Your statement must be 140 characters or fewer");
		assertThat(participant).hasTitle("Error: Our high street – CoPro");
		check(participant);
		participant.getByLabel("Add a statement").fill("Somewhere to sit that is out of the rain");
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add statement")).click();
		assertThat(participant.locator(".govuk-notification-banner")).containsText("once a moderator has reviewed it");
		check(participant);

		participant.locator(".copro-language-switch a").click();
		assertThat(participant.locator("html")).hasAttribute("lang", "cy");
		assertThat(participant.getByText("Beth yw eich barn chi?")).isVisible();
		check(participant);
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anghytuno")).click();
		assertThat(participant.getByText("Rydych wedi pleidleisio ar 3 o 7 datganiad.")).isVisible();
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ychwanegu datganiad")).click();
		assertThat(participant.locator("#text-error")).containsText("Rhowch eich datganiad");
		check(participant);
		participantContext.close();

		page.navigate(url("/conversations/" + id));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderate statements (1 waiting for review)"))
			.click();
		assertThat(page.locator("#pending")).containsText("(1)");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Accept Somewhere to sit that is out of the rain"))
			.click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("The statement has been accepted");
		assertThat(page.locator("#pending")).containsText("(0)");
		assertAccessible();
		screenshot("conversation-moderate-en");

		page.navigate(url("/conversations/" + id));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the report")).click();
		assertThat(page.locator("h1")).hasText("Report");
		assertThat(page.locator("svg[role=img]")).isVisible();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Opinion map of 13 people")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Group A"))).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Group B"))).isVisible();
		page.getByText("Show the opinion map as a table").click();
		assertThat(page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Where each person is on the opinion map")))
			.isVisible();
		assertAccessible();
		screenshot("conversation-report-en");

		Download csv = page.waitForDownload(() -> page.getByText("Download as CSV (spreadsheet)").click());
		assertThat(Files.readString(csv.path())).contains("Free parking for carers");
		Download json = page.waitForDownload(() -> page.getByText("Download as JSON").click());
		assertThat(Files.readString(json.path())).contains("\"enoughData\" : true");

		page.locator(".copro-language-switch a").click();
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Adroddiad");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Grŵp A"))).isVisible();
		page.getByText("Dangos y map barn fel tabl").click();
		assertAccessible();
		screenshot("conversation-report-cy");

		page.navigate(url("/conversations"));
		assertAccessible();
		page.navigate(url("/conversations/new"));
		assertAccessible();
		page.navigate(url("/conversations/" + id + "/moderate"));
		assertAccessible();
	}

	@Test
	void votingWorksWithoutJavaScript() {
		SignedInAccount facilitator = people.person("Fran", Role.FACILITATOR);
		long id = conversations.start(ConversationFlowTests.form("Quiet", List.of("One", "Two")),
				facilitator.account());
		BrowserContext noScript = context.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-GB"));
		Page plain = noScript.newPage();
		signIn(plain, people.create("No Script", Role.PARTICIPANT));
		plain.navigate(url("/conversations/" + id));
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disagree")).click();
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree").setExact(true)).click();
		assertThat(plain.getByText("You have voted on every statement so far.")).isVisible();
		plain.getByLabel("Add a statement").fill("A third point");
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add statement")).click();
		assertThat(plain.locator(".govuk-notification-banner")).isVisible();
		noScript.close();
		assertThat(statements.findByConversationIdOrderById(id)).hasSize(3);
	}

	private void signIn(Page on, String email) {
		on.navigate(url("/sign-in"));
		on.getByLabel("Email address").fill(email);
		on.getByLabel("Password").fill(TestAccounts.PASSWORD);
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(on.locator("h1")).not().hasText("Sign in");
	}

	/** Axe-core on another page than the base class's own. */
	private void check(Page other) {
		Page saved = page;
		page = other;
		try {
			assertAccessible();
		}
		finally {
			page = saved;
		}
	}

	/**
	 * Twelve people in two planted groups, as in
	 * {@link ConversationFlowTests#plantedConversation}.
	 */
	private void plantVotes(long id) {
		Conversation conversation = conversations.find(id);
		List<ConversationStatement> seeds = statements.findByConversationIdOrderById(id);
		for (int p = 0; p < 12; p++) {
			SignedInAccount voter = people.person("Voter " + p, Role.PARTICIPANT);
			boolean groupA = p < 6;
			for (int s = 0; s < 7; s++) {
				if (s == p % 6) {
					continue;
				}
				VoteChoice choice = s == 6 ? VoteChoice.AGREE
						: ((s < 3) == groupA ? VoteChoice.AGREE : VoteChoice.DISAGREE);
				conversations.castVote(conversation, seeds.get(s).id(), voter.account(), choice);
			}
		}
	}

}
