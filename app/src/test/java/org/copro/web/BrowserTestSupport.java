package org.copro.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.copro.identity.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole platform on a random port and drives it with Debian's Chromium through
 * Playwright.
 *
 * <p>
 * Chromium comes from the machine ({@code COPRO_CHROMIUM}, default
 * {@code /usr/bin/chromium}); Playwright never downloads a browser. Every page a test
 * visits can be checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		Path chromium = Path.of(System.getenv().getOrDefault("COPRO_CHROMIUM", "/usr/bin/chromium"));
		assertThat(chromium).as("Chromium for the browser tests (apt-get install chromium, or set COPRO_CHROMIUM)")
			.isExecutable();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
		page = context.newPage();
	}

	@AfterEach
	void closePage(org.junit.jupiter.api.TestInfo test) {
		// The last page each test saw, to see at a glance where a failing journey
		// stopped.
		screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
		context.close();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Fails with a readable list when axe-core finds any WCAG 2.2 A or AA violation on
	 * the current page.
	 */
	protected void assertAccessible() {
		// A click that navigates returns before the new page has its stylesheet; check
		// the page people see.
		page.waitForLoadState(LoadState.LOAD);
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		List<Rule> violations = results.getViolations();
		String report = violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(violations).as("axe-core violations on %s:\n%s", page.url(), report).isEmpty();
	}

	/**
	 * Saves a full-page screenshot under target/screenshots (copied to docs/screenshots
	 * by hand after review).
	 */
	protected void screenshot(String name) {
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			page.waitForLoadState(LoadState.LOAD);
			// A picture of the page, not of where the keyboard happened to be.
			page.evaluate("() => document.activeElement && document.activeElement.blur()");
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Every page: no WCAG 2.2 A/AA violation, and no message key left untranslated. */
	protected void check() {
		assertAccessible();
		PlaywrightAssertions.assertThat(page.locator("body")).not().containsText("??");
	}

	/** Signs in, in English, as a person made by {@link TestAccounts}. */
	protected void signIn(String email) {
		page.navigate(url("/sign-in?lang=en"));
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestAccounts.PASSWORD);
		click(AriaRole.BUTTON, "Sign in");
	}

	protected void signOut() {
		click(AriaRole.BUTTON, "Sign out");
	}

	/** Clicks the first element with this role and exactly this accessible name. */
	protected void click(AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
	}

}
