package org.copro.knowledge;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person searches with a typo, follows the suggestion, narrows by a facet and opens an
 * entry, in English and in Welsh; every page is checked with axe-core.
 */
class KnowledgeBrowserTests extends BrowserTestSupport {

	@Autowired
	KnowledgeImport knowledgeImport;

	@BeforeEach
	void loadFixture() {
		KnowledgeFixture.load(knowledgeImport);
	}

	@Test
	void searchWithATypoThenOpenTheEntryInEnglishAndWelsh() {
		page.navigate(url("/knowledge"));
		page.locator("#q").fill("partcipatory budgeting");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		assertThat(page.locator("#did-you-mean")).hasText("participatory budgeting");
		assertThat(page.locator(".copro-knowledge-results")).containsText("Participatory budgeting in Dundee");
		assertAccessible();
		screenshot("knowledge-search-en");

		page.locator("#did-you-mean").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Participatory budgeting in Dundee")).click();
		assertThat(page.locator("h1")).hasText("Participatory budgeting in Dundee");
		assertThat(page.locator(".copro-knowledge-body h2")).hasText("How it worked");
		assertAccessible();
		screenshot("knowledge-entry-en");

		page.navigate(url("/knowledge?lang=cy&q=gofal+cymdeithasol"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator(".copro-knowledge-results")).containsText("Cydgynhyrchu gofal cymdeithasol");
		page.locator("input[name=type][value=case]").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Defnyddio’r hidlwyr")).click();
		assertThat(page.locator("input[name=type][value=case]")).isChecked();
		assertAccessible();
		screenshot("knowledge-search-cy");
	}

}
