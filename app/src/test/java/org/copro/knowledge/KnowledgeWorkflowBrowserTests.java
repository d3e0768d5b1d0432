package org.copro.knowledge;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.Role;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The life of an entry: a participant submits it (and first leaves out what is required),
 * a moderator edits and publishes it, a visitor finds it with a typo in the search, and a
 * signed-in person comments; the history shows the moderator's change, and a moderator
 * gathers it into a collection. Every page is checked with axe-core in English and in
 * Welsh.
 */
class KnowledgeWorkflowBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Test
	void submitReviewPublishFindWithATypoAndComment() {
		String participant = accounts.create("Siân Submitter", Role.PARTICIPANT);
		String moderator = accounts.create("Gareth Moderator", Role.MODERATOR);
		String commenter = accounts.create("Owain Commenter", Role.PARTICIPANT);

		signIn(participant);
		page.navigate(url("/knowledge"));
		check();
		click(AriaRole.LINK, "Submit an entry");
		assertThat(page.locator("h1")).hasText("Submit an entry");
		check();
		click(AriaRole.BUTTON, "Submit for review");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a summary");
		check();
		screenshot("knowledge-submit-errors-en");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
			.fill("Tenant-led repairs in Llanfairfechan");
		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
			.fill("Tenants and the housing association redesigned the repairs service together.");
		page.getByLabel("Full description (optional)").fill("## What happened\n\nTenants chose the priorities.");
		page.getByLabel("Period (optional)").fill("2021–2023");
		page.getByLabel("Town, city or local area (optional)").fill("Llanfairfechan");
		page.getByLabel("Country (optional)").fill("Wales");
		page.getByLabel("Service areas (optional)").fill("Housing");
		page.getByLabel("Contributed by (optional)").fill("Siân Submitter – Conwy Tenants Forum");
		page.getByLabel("Related publications (optional)")
			.fill("Submitter, S. (2023) Repairs together. https://example.org/repairs");
		click(AriaRole.BUTTON, "Submit for review");
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("waiting for a moderator");
		assertThat(page.locator("h1")).hasText("Tenant-led repairs in Llanfairfechan");
		check();
		screenshot("knowledge-submitted-en");
		String entryPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
		page.navigate(url("/knowledge/mine"));
		assertThat(page.locator("table")).containsText("Waiting for review");
		check();
		page.navigate(url("/knowledge/mine?lang=cy"));
		assertThat(page.locator("table")).containsText("Yn aros i gael ei adolygu");
		check();
		signOut();

		page.navigate(url(entryPath));
		assertThat(page.locator("h1")).hasText("Page not found");

		signIn(moderator);
		page.navigate(url("/knowledge/review"));
		check();
		screenshot("knowledge-review-en");
		click(AriaRole.LINK, "Tenant-led repairs in Llanfairfechan");
		check();
		screenshot("knowledge-review-entry-en");
		click(AriaRole.LINK, "See the entry as readers will");
		click(AriaRole.LINK, "Edit this entry");
		check();
		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
			.fill("Tenants and the housing association redesigned the repairs service, and cut waiting times.");
		page.getByLabel("What you changed (optional)").fill("Added the outcome");
		click(AriaRole.BUTTON, "Save changes");
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("Your changes have been saved");
		click(AriaRole.LINK, "Review this entry");
		click(AriaRole.BUTTON, "Publish");
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("The entry has been published");
		page.navigate(url("/knowledge/review?lang=cy"));
		assertThat(page.locator("h1")).hasText("Adolygu’r sylfaen wybodaeth");
		check();
		page.navigate(url("/knowledge/collections/new?lang=en"));
		check();
		page.getByLabel("Title in English").fill("Getting started");
		page.getByLabel("Title in Welsh").fill("Dechrau arni");
		page.getByLabel("Description in English (optional)").fill("Good examples to begin with.");
		page.getByLabel("Description in Welsh (optional)").fill("Enghreifftiau da i ddechrau.");
		page.getByLabel("Entries, in order").fill(entryPath);
		click(AriaRole.BUTTON, "Save the collection");
		assertThat(page.locator("h1")).hasText("Getting started");
		check();
		screenshot("knowledge-collection-en");
		signOut();

		page.navigate(url("/knowledge?lang=en"));
		page.locator("#q").fill("repairs Llanfairfechen");
		click(AriaRole.BUTTON, "Search");
		assertThat(page.locator(".copro-knowledge-results")).containsText("Tenant-led repairs in Llanfairfechan");
		check();
		click(AriaRole.LINK, "Tenant-led repairs in Llanfairfechan");
		assertThat(page.locator("h1")).hasText("Tenant-led repairs in Llanfairfechan");
		assertThat(page.locator("#comments")).containsText("Sign in to comment");
		check();
		click(AriaRole.LINK, "History of this entry");
		assertThat(page.locator("table")).containsText("Added the outcome");
		check();
		click(AriaRole.LINK, "Compare with the version before (version 2)");
		assertThat(page.locator(".copro-diff ins").last()).containsText("cut waiting times");
		check();
		screenshot("knowledge-history-diff-en");
		page.navigate(page.url() + "&lang=cy");
		assertThat(page.locator("h1")).hasText("Newidiadau o fersiwn 1 i fersiwn 2");
		check();
		page.navigate(url("/knowledge/collections?lang=cy"));
		assertThat(page.locator("main")).containsText("Dechrau arni");
		check();

		signIn(commenter);
		page.navigate(url(entryPath + "?lang=en"));
		page.getByLabel("Add a comment").fill("We tried this in Bangor: the tenants' panel made the difference.");
		click(AriaRole.BUTTON, "Post comment");
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("Your comment has been posted");
		assertThat(page.locator(".copro-comments")).containsText("Owain Commenter");
		assertThat(page.locator(".copro-comments")).containsText("the tenants' panel made the difference");
		assertThat(page.locator("main")).not().containsText(commenter);
		check();
		screenshot("knowledge-entry-comments-en");
		page.navigate(url(entryPath + "?lang=cy"));
		assertThat(page.locator("#comments h2")).hasText("1 sylw");
		check();
		screenshot("knowledge-entry-comments-cy");
		page.navigate(url("/knowledge/new?lang=cy"));
		assertThat(page.locator("h1")).hasText("Cyflwyno cofnod");
		check();
		page.navigate(url("/knowledge?lang=en"));
	}

	/** Signs out from a page in English. */
	@Override
	protected void signOut() {
		page.navigate(url("/knowledge?lang=en"));
		super.signOut();
	}

}
