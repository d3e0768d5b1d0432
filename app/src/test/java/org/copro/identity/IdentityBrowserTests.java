package org.copro.identity;

import java.nio.file.Files;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey a person takes: sign up, confirm, sign in, switch to Welsh, download their
 * data, delete their account.
 */
class IdentityBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	AccountMailer mailer;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Accounts administrators;

	@Test
	void signUpSignInSwitchToWelshDownloadAndDelete() throws Exception {
		String email = IdentityFlowTests.uniqueEmail();

		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		page.keyboard().press("Tab");
		assertThat(page.locator(".govuk-skip-link")).isFocused();
		// The focused skip link moves the page down; let it go before pointing at
		// anything.
		page.keyboard().press("Tab");
		assertAccessible();
		screenshot("home-en");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an account to take part")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertThat(page.locator("#displayName-error")).containsText("Enter your name");
		assertThat(page).hasTitle("Error: Create an account – CoPro");
		assertAccessible();
		screenshot("sign-up-error-en");

		page.locator(".copro-language-switch a").click();
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Creu cyfrif")).click();
		assertThat(page.locator("#displayName-error")).containsText("Rhowch eich enw");
		assertAccessible();
		screenshot("sign-up-error-cy");

		page.navigate(url("/"));
		assertThat(page.locator("h1")).hasText("Cydgynhyrchu gwasanaethau cyhoeddus gyda'n gilydd");
		assertAccessible();
		screenshot("home-cy");

		// The ways to take part are gathered on one page of the menu.
		page.locator("#navigation")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cymryd rhan"))
			.click();
		assertThat(page.locator("h1")).hasText("Cymryd rhan");
		assertThat(page.locator("main .copro-card")).hasCount(5);
		assertAccessible();
		screenshot("take-part-cy");

		page.navigate(url("/sign-up"));
		page.getByLabel("Eich enw").fill("Ceri Jones");
		page.getByLabel("Cyfeiriad e-bost").fill(email);
		page.getByLabel("Cyfrinair").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Creu cyfrif")).click();
		assertThat(page.locator("h1")).hasText("Gwiriwch eich e-bost");
		assertAccessible();

		String link = mailer.recent()
			.stream()
			.filter(mail -> mail.to().equals(email))
			.findFirst()
			.orElseThrow()
			.body()
			.lines()
			.filter(line -> line.contains("/verify-email?token="))
			.findFirst()
			.orElseThrow()
			.strip();
		page.navigate(link.replaceFirst("^http://localhost:\\d+", url("")));
		assertAccessible();
		page.locator("form button[type=submit]").click();
		assertThat(page.locator(".govuk-panel--confirmation")).isVisible();

		page.navigate(url("/sign-in"));
		assertAccessible();
		page.getByLabel("Cyfeiriad e-bost").fill(email);
		page.getByLabel("Cyfrinair").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mewngofnodi")).click();
		assertThat(page.locator("h1")).hasText("Eich cyfrif");
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertAccessible();
		screenshot("account-cy");

		page.getByLabel("English (Saesneg)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cadw'r iaith")).click();
		assertThat(page.locator("h1")).hasText("Your account");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible();
		screenshot("account-en");

		Download download = page.waitForDownload(() -> page.getByText("Download your data").click());
		String json = Files.readString(download.path());
		assertThat(json).contains("\"email\" : \"" + email + "\"").contains("Ceri Jones");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete your account")).click();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
		assertThat(page.locator("#password-error")).containsText("Enter your password to confirm");
		assertAccessible();
		page.getByLabel("Enter your password to confirm").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your account has been deleted");
		assertAccessible();
		assertThat(accounts.existsByEmail(email)).isFalse();
	}

	@Test
	void everyFormWorksWithoutJavaScript() {
		BrowserContext noScript = page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-GB"));
		Page plain = noScript.newPage();
		String email = IdentityFlowTests.uniqueEmail();
		plain.navigate(url("/sign-up"));
		plain.getByLabel("Your name").fill("No Script");
		plain.getByLabel("Email address").fill("not-an-email");
		plain.getByLabel("Password").fill(PASSWORD);
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(plain.locator("#email-error")).containsText("correct format");
		assertThat(plain.getByLabel("Your name")).hasValue("No Script");
		plain.getByLabel("Email address").fill(email);
		plain.getByLabel("Password").fill(PASSWORD);
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(plain.locator("h1")).hasText("Check your email");

		plain.navigate(url("/sign-in"));
		plain.getByLabel("Email address").fill(email);
		plain.getByLabel("Password").fill("wrong password here");
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(plain.locator(".govuk-error-summary")).containsText("not right");
		plain.getByLabel("Email address").fill(email);
		plain.getByLabel("Password").fill(PASSWORD);
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(plain.locator("h1")).hasText("Your account");
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(plain.locator(".govuk-notification-banner")).containsText("signed out");
		noScript.close();
	}

	@Test
	void administratorChangesARole() {
		String adminEmail = IdentityFlowTests.uniqueEmail();
		administrators.createAdministrator(adminEmail, "Admin Person", PASSWORD);
		String email = IdentityFlowTests.uniqueEmail();
		administrators.signUp(email, "Future Facilitator", PASSWORD, Locale.ENGLISH);

		page.navigate(url("/sign-in"));
		page.getByLabel("Email address").fill(adminEmail);
		page.getByLabel("Password").fill("not the password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertAccessible();
		screenshot("sign-in-error-en");

		page.getByLabel("Email address").fill(adminEmail);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
		assertThat(page.locator("h1")).hasText("People with an account");
		assertAccessible();
		page.getByLabel("Role for Future Facilitator").selectOption("FACILITATOR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change role Future Facilitator")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Future Facilitator");
		assertAccessible();
		screenshot("admin-users-en");
		assertThat(accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.FACILITATOR);
	}

}
