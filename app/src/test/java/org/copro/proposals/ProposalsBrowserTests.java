package org.copro.proposals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.Role;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey of a proposal: a facilitator opens a call for ideas, a resident proposes
 * (and first leaves the title out), a neighbour supports it and comments in favour, the
 * resident replies, the facilitator accepts it, and the resident reads the official
 * answer, in English and in Welsh.
 */
class ProposalsBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	Proposals proposals;

	@Test
	void proposeSupportDiscussAndAnswer() {
		String facilitator = accounts.create("Fran Facilitator", Role.FACILITATOR);
		String author = accounts.create("Ann Author", Role.PARTICIPANT);
		String neighbour = accounts.create("Ned Neighbour", Role.PARTICIPANT);

		signIn(facilitator);
		page.navigate(url("/proposals"));
		check();
		click(AriaRole.BUTTON, "Manage calls for ideas");
		check();
		click(AriaRole.BUTTON, "Open a call for ideas");
		check();
		field("Title").fill("Ideas for Riverside Park");
		field("Description").fill("What would make the park better for everyone?\n\nEvery idea gets an answer.");
		click(AriaRole.BUTTON, "Open the call for ideas");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The call for ideas has been opened");
		check();
		long spaceId = Long.parseLong(page.url().replaceAll("^.*/proposals/admin/(\\d+).*$", "$1"));
		signOut();

		signIn(author);
		page.navigate(url("/proposals/" + spaceId));
		assertThat(page.locator("h1")).hasText("Ideas for Riverside Park");
		check();
		click(AriaRole.BUTTON, "Make a proposal");
		field("Your proposal").fill("A fountain near the swings.\n\nChildren need water on hot days.");
		click(AriaRole.BUTTON, "Submit proposal");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for your proposal");
		check();
		screenshot("proposals-form-error-en");
		field("Title of your proposal").fill("A drinking fountain");
		click(AriaRole.BUTTON, "Submit proposal");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your proposal has been published");
		assertThat(page.locator("h1")).hasText("A drinking fountain");
		check();
		String proposalPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
		signOut();

		signIn(neighbour);
		page.navigate(url(proposalPath));
		click(AriaRole.BUTTON, "Support this proposal");
		assertThat(page.locator("main")).containsText("1 person supports this proposal");
		check();
		field("In favour").check();
		field("Your comment").fill("Yes please, and a dog bowl too.");
		click(AriaRole.BUTTON, "Add comment");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your comment has been added");
		assertThat(page.locator("main")).containsText("In favour: 1. Against: 0. Neutral: 0.");
		check();
		signOut();

		signIn(author);
		page.navigate(url(proposalPath));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reply to Ned Neighbour")).click();
		assertThat(page.locator("h1")).hasText("Reply to a comment");
		check();
		click(AriaRole.BUTTON, "Add reply");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Choose whether you are in favour, against or neutral");
		check();
		field("Neutral").check();
		field("Your reply").fill("A dog bowl is a good idea.");
		click(AriaRole.BUTTON, "Add reply");
		assertThat(page.locator("main")).containsText("in reply to Ned Neighbour");
		assertThat(page.locator("main")).not().containsText("@example.org");
		check();
		signOut();

		signIn(facilitator);
		page.navigate(url(proposalPath));
		click(AriaRole.LINK, "Give the official answer");
		check();
		field("Rejected").check();
		click(AriaRole.BUTTON, "Publish the answer");
		assertThat(page.locator(".govuk-error-summary")).containsText("Explain why the proposal is rejected");
		check();
		screenshot("proposals-answer-error-en");
		field("Accepted").check();
		field("What you say to participants").fill("We will put a fountain by the swings this summer.");
		click(AriaRole.BUTTON, "Publish the answer");
		assertThat(page.locator(".govuk-notification-banner").first())
			.containsText("The official answer has been published");
		check();
		signOut();

		signIn(author);
		page.navigate(url(proposalPath + "?lang=en"));
		assertThat(page.locator("#answer")).containsText("Accepted");
		assertThat(page.locator("#answer")).containsText("We will put a fountain by the swings this summer.");
		check();
		screenshot("proposals-proposal-en");
		page.navigate(url("/proposals/" + spaceId + "?lang=en"));
		assertThat(page.locator("main")).containsText("1 support, 2 comments");
		check();
		screenshot("proposals-space-en");

		page.navigate(url(proposalPath + "?lang=cy"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("#answer")).containsText("Wedi’i dderbyn");
		assertThat(page.locator("main")).containsText("mewn ateb i Ned Neighbour");
		check();
		screenshot("proposals-proposal-cy");
		page.navigate(url("/proposals/" + spaceId + "?lang=cy"));
		assertThat(page.locator("h2").first()).hasText("Hidlo a threfnu");
		check();
		screenshot("proposals-space-cy");
		page.navigate(url("/proposals?lang=cy"));
		assertThat(page.locator("h1")).hasText("Galwadau am syniadau");
		check();
		page.navigate(url("/proposals?lang=en"));
		check();
	}

	@Test
	void aModeratorHidesAReportedComment() {
		SpaceForm form = new SpaceForm();
		form.setTitle("Ideas for the library");
		form.setDescription("What should the library do next?");
		ProposalSpace space = proposals
			.space(proposals.openSpace(form, accounts.signedIn(accounts.create("Fran", Role.FACILITATOR)).account()));
		ProposalForm idea = new ProposalForm();
		idea.setTitle("Open on Sundays");
		idea.setBody("Many people work during the week.");
		Proposal proposal = proposals.submit(space,
				accounts.signedIn(accounts.create("Ann", Role.PARTICIPANT)).account(), idea);
		ProposalComment rude = proposals.comment(space, proposal, null,
				accounts.signedIn(accounts.create("Rick Rude", Role.PARTICIPANT)).account(), Stance.AGAINST,
				"Nobody reads books any more, you fools.", "en");
		proposals.report(rude, accounts.signedIn(accounts.create("Rita Reporter", Role.PARTICIPANT)).account());

		signIn(accounts.create("Mo Moderator", Role.MODERATOR));
		page.navigate(url("/proposals/admin"));
		check();
		click(AriaRole.LINK, "Reported comments");
		assertThat(page.locator("main")).containsText("Nobody reads books any more, you fools.");
		check();
		page.navigate(url("/proposals/admin/reports?lang=cy"));
		assertThat(page.locator("h1")).hasText("Sylwadau y rhoddwyd gwybod amdanynt");
		check();
		page.navigate(url("/proposals/admin/reports?lang=en"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hide Comment by Rick Rude")).click();
		check();
		click(AriaRole.BUTTON, "Hide comment");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason for hiding the comment");
		check();
		field("Why are you hiding this comment?").fill("It insults other participants.");
		click(AriaRole.BUTTON, "Hide comment");
		assertThat(page.locator("main")).containsText("A moderator has hidden this comment.");
		assertThat(page.locator("main")).containsText("Reason: It insults other participants.");
		assertThat(page.locator("main")).not().containsText("you fools");
		check();
		screenshot("proposals-hidden-comment-en");
		page.navigate(url("/proposals/" + space.id() + "/" + proposal.id() + "?lang=cy"));
		assertThat(page.locator("main")).containsText("Mae cymedrolwr wedi cuddio’r sylw hwn.");
		check();
		page.navigate(url("/proposals/admin/" + space.id() + "?lang=cy"));
		check();
		page.navigate(url("/proposals/admin/" + space.id() + "?lang=en"));
		check();
	}

	private com.microsoft.playwright.Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

}
