package org.copro.projects;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.directory.TestOrganisations;
import org.copro.identity.Role;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey of a co-production project: a person with lived experience starts it and
 * adds a practitioner, they draft an aim and agree the ground rules, record a meeting
 * with an action, and the practitioner's travel claim is approved; both languages, every
 * page checked with axe-core.
 */
class ProjectsBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganisations organisations;

	@Test
	void startAProjectAgreeTheRulesMeetPayExpensesMeasureAndPublishTheReport() {
		String lead = accounts.create("Lowri Jones", Role.PARTICIPANT);
		String practitioner = accounts.create("Priya Shah", Role.PARTICIPANT);

		String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
		String healthBoard = "Betsi Cadwaladr University Health Board " + tag;
		long healthBoardId = organisations.register(healthBoard, accounts.signedIn(practitioner).account());

		signIn(lead);
		page.navigate(url("/projects"));
		assertThat(page.locator("h1")).hasText("Co-production projects");
		check();
		click(AriaRole.BUTTON, "Start a project");
		check();
		click(AriaRole.BUTTON, "Start the project");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the project");
		check();
		page.getByLabel("Project name").fill("Young people's mental health in Wrexham");
		page.getByLabel("Purpose").fill("Shorter waits and better support in school, designed with young people.");
		page.getByLabel("Service area").fill("Mental health");
		page.getByLabel("Place").fill("Wrexham");
		page.getByLabel("Start date").fill("2027-01-04");
		page.getByLabel("End date").fill("2027-12-17");
		page.getByLabel("Listed").check();
		page.getByLabel("Your role in the project").selectOption("LIVED_EXPERIENCE");
		click(AriaRole.BUTTON, "Start the project");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The project has been started");
		long id = Long.parseLong(page.url().replaceAll("^.*/projects/(\\d+).*$", "$1"));
		check();

		page.getByLabel("Email address").fill(practitioner);
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).last().selectOption("PRACTITIONER");
		click(AriaRole.BUTTON, "Add the member");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The member has been added");
		page.getByLabel("Propose an aim or objective")
			.fill("Young people are seen within four weeks of asking for help.");
		click(AriaRole.BUTTON, "Add the aim");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The aim has been added");
		assertThat(page.locator("main")).containsText("Agreed by: Lowri Jones");
		check();
		screenshot("projects-workspace-en");

		page.navigate(url("/projects/" + id + "/agreements"));
		check();
		page.locator("#ground-rules").getByRole(AriaRole.LINK).first().click();
		page.getByLabel("Ground rules").fill("Everyone's experience counts.\nWe listen without interrupting.");
		click(AriaRole.BUTTON, "Save as a new version");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The new version has been saved");
		page.locator("#decision-making").getByRole(AriaRole.LINK).first().click();
		check();
		page.getByLabel("Consent: we go ahead unless someone has a reasoned objection").check();
		page.getByLabel("Who decides what").fill("The whole group decides the aims and how money is spent.");
		click(AriaRole.BUTTON, "Save as a new version");
		page.locator("#communication").getByRole(AriaRole.LINK).first().click();
		page.locator("#rows-0-audience").fill("Young people");
		page.locator("#rows-0-channel").fill("Instagram");
		page.locator("#rows-0-frequency").fill("Weekly");
		page.locator("#rows-0-owner").fill("Priya");
		check();
		click(AriaRole.BUTTON, "Save as a new version");
		assertThat(page.locator("#communication")).containsText("Instagram");

		page.navigate(url("/projects/" + id + "/stakeholders"));
		check();
		page.getByLabel("Young people").first().check();
		page.getByLabel("Welsh speakers").first().check();
		click(AriaRole.BUTTON, "Save the groups");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The groups have been saved");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Wrexham Youth Council");
		page.getByLabel("How much does the project matter to them?").selectOption("5");
		page.getByLabel("How much say do they have over it?").selectOption("2");
		page.locator("#status").selectOption("INVOLVED");
		page.locator("#speaks-for-1").check();
		click(AriaRole.BUTTON, "Add the stakeholder");
		// The health board is in the directory: find it there and pick it, leaving the
		// name to the directory.
		page.getByLabel("Find an organisation in the directory").fill("Health Board " + tag);
		click(AriaRole.BUTTON, "Search the directory");
		page.getByLabel(healthBoard).check();
		check();
		screenshot("projects-stakeholder-directory-en");
		page.getByLabel("Kind").selectOption("ORGANISATION");
		page.getByLabel("How much does the project matter to them?").selectOption("3");
		page.getByLabel("How much say do they have over it?").selectOption("5");
		page.locator("#status").selectOption("INVITED");
		click(AriaRole.BUTTON, "Add the stakeholder");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The stakeholder has been added");
		assertThat(page.locator(".govuk-warning-text")).containsText("Nobody involved speaks for: Welsh speakers");
		assertThat(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Directory page of " + healthBoard)))
			.hasAttribute("href", "/directory/organisations/" + healthBoardId);
		check();
		screenshot("projects-stakeholders-en");

		page.navigate(url("/projects/" + id + "/power-check"));
		check();
		page.getByLabel("Consulting: people are asked their views").check();
		for (int i = 0; i < 5; i++) {
			page.locator("#values-" + i + "-3").check();
		}
		page.getByLabel("Who is involved, and who is not?").fill("Mostly staff so far; young people are joining.");
		click(AriaRole.BUTTON, "Save my answers");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your answers have been saved");
		check();
		screenshot("projects-power-check-en");

		page.navigate(url("/projects/" + id + "/meetings"));
		check();
		click(AriaRole.BUTTON, "Record a meeting");
		page.getByLabel("Date").fill("2027-01-11");
		page.getByLabel("Agenda").fill("Introductions\nAims\nGround rules");
		page.getByLabel("Lowri Jones").check();
		page.getByLabel("Priya Shah").check();
		page.getByLabel("Decisions taken").fill("Meet on the second Monday of each month.");
		check();
		click(AriaRole.BUTTON, "Save the meeting");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The meeting has been recorded");
		page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Book the youth centre");
		page.getByLabel("Who will do it")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Priya Shah"));
		page.getByLabel("Due date").fill("2027-02-01");
		click(AriaRole.BUTTON, "Add the action");
		assertThat(page.locator("#actions")).isVisible();
		assertThat(page.locator("main")).containsText("Book the youth centre");
		page.getByLabel("4", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Anything to add? (optional)").fill("Good to hear from everyone.");
		click(AriaRole.BUTTON, "Send anonymous feedback");
		assertThat(page.locator(".govuk-notification-banner")).containsText("your feedback has been recorded");
		assertThat(page.locator("#feedback ~ p").first()).containsText("the average rating is 4 out of 5");
		check();
		screenshot("projects-meeting-en");
		signOut();

		signIn(practitioner);
		page.navigate(url("/projects/" + id + "/agreements"));
		page.locator("#ground-rules").getByRole(AriaRole.BUTTON).first().click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your agreement has been recorded");
		assertThat(page.locator("#ground-rules")).containsText("Lowri Jones, Priya Shah");
		check();
		screenshot("projects-agreements-en");

		page.navigate(url("/projects/" + id + "/claims"));
		check();
		page.getByLabel("Travel").check();
		page.getByLabel("Amount in pounds").fill("6.40");
		page.getByLabel("Description").fill("Bus from Rhos to Wrexham and back");
		page.getByLabel("Receipt")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("ticket.png", "image/png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }));
		click(AriaRole.BUTTON, "Send the claim");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your claim has been sent");
		check();
		page.navigate(url("/projects/" + id + "/access-needs"));
		page.getByLabel("What I need").fill("Papers a week before each meeting, please.");
		click(AriaRole.BUTTON, "Save my access needs");
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your access needs have been saved");
		check();
		signOut();

		signIn(lead);
		page.navigate(url("/projects/" + id + "/claims"));
		assertThat(page.locator("main")).containsText("Priya Shah");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve claim").setExact(false))
			.first()
			.click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("The claim has been approved");
		check();
		screenshot("projects-claims-en");
		page.navigate(url("/projects/" + id + "/access-needs"));
		assertThat(page.locator("main")).containsText("Papers a week before each meeting");
		check();

		page.navigate(url("/projects/" + id + "/evaluation"));
		check();
		click(AriaRole.BUTTON, "Add the outcome");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the outcome");
		assertThat(page.locator("#baseline-error")).containsText("Enter the baseline as a number");
		check();
		screenshot("projects-evaluation-errors-en");
		page.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true))
			.fill("Shorter waits for a first appointment");
		page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true))
			.fill("Weeks from referral to first appointment");
		page.getByLabel("Baseline", new Page.GetByLabelOptions().setExact(true)).fill("18");
		click(AriaRole.BUTTON, "Add the outcome");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The outcome has been added");
		page.getByLabel("Date measured").fill("2027-06-30");
		page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("13.5");
		page.getByLabel("Note").fill("After the new triage");
		click(AriaRole.BUTTON, "Add the measurement");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The measurement has been added");
		assertThat(page.locator("main")).containsText("-4.5");
		check();
		screenshot("projects-evaluation-en");
		page.navigate(url("/projects/" + id + "/report"));
		assertThat(page.locator(".govuk-inset-text")).containsText("Nobody has saved this report yet");
		check();
		click(AriaRole.LINK, "Edit the report");
		assertThat(page.getByLabel("Summary"))
			.hasValue(java.util.regex.Pattern.compile("Shorter waits and better support"));
		assertThat(page.getByLabel("Outcomes and measurements")).hasValue(java.util.regex.Pattern.compile(
				"Shorter waits for a first appointment \\(Weeks from referral to first appointment\\): from 18 at the start to 13.5"));
		assertThat(page.getByLabel("What people told us"))
			.hasValue(java.util.regex.Pattern.compile("Good to hear from everyone"));
		check();
		// Two tabs on the same version: the first save wins, the second is told so and
		// keeps its text.
		Page other = context.newPage();
		other.navigate(url("/projects/" + id + "/report/edit"));
		page.getByLabel("What changed")
			.fill("Young people now see someone within six weeks, and the clinic opens on Tuesday evenings.");
		click(AriaRole.BUTTON, "Save a new version");
		assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Your version of the report has been saved");
		other.getByLabel("What changed").fill("Evening clinics.");
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a new version")).click();
		assertThat(other.locator(".govuk-error-summary"))
			.containsText("Lowri Jones saved version 1 while you were editing");
		assertThat(other.getByLabel("What changed")).hasValue("Evening clinics.");
		assertThat(other.locator(".govuk-inset-text")).containsText("Tuesday evenings");
		Page first = page;
		page = other;
		check();
		screenshot("projects-report-conflict-en");
		page.getByLabel("What changed")
			.fill("Young people now see someone within six weeks; the clinic opens on Tuesday evenings at Tŷ Pawb.");
		click(AriaRole.BUTTON, "Save a new version");
		assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Your version of the report has been saved");
		other.close();
		page = first;
		page.navigate(url("/projects/" + id + "/report"));
		assertThat(page.locator("#history ~ table")).containsText("Lowri Jones");
		click(AriaRole.BUTTON, "Publish the report");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The report has been published");
		assertThat(page.locator("main")).containsText("the clinic opens on Tuesday evenings");
		check();
		screenshot("projects-report-en");
		org.assertj.core.api.Assertions
			.assertThat(downloadPdfText("Download the report as a PDF", "projects-report-pdf-en"))
			.contains("Young people's mental health in Wrexham".replace(" ", ""))
			.contains("theclinicopensonTuesdayeveningsatTŷPawb.")
			.contains("Whatchanged");

		// A change to the communication plan, and what changed, word by word.
		page.navigate(url("/projects/" + id + "/agreements"));
		page.locator("#communication")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Propose a change"))
			.click();
		page.locator("#rows-0-frequency").fill("Twice a week");
		click(AriaRole.BUTTON, "Save as a new version");
		click(AriaRole.LINK, "See what changed from version 1 to version 2");
		assertThat(page.locator("h1")).hasText("Communication plan: what changed from version 1 to 2");
		assertThat(page.locator(".copro-diff ins")).containsText("Twice a week");
		assertThat(page.locator(".copro-diff del")).containsText("Weekly");
		check();
		screenshot("projects-agreement-changes-en");
		String changes = page.url();

		page.navigate(url("/projects/" + id + "?lang=cy"));
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("main")).containsText("Cydbwysedd rolau");
		check();
		screenshot("projects-workspace-cy");
		page.navigate(url("/projects/" + id + "/agreements"));
		assertThat(page.locator("h1")).hasText("Cytundebau");
		check();
		screenshot("projects-agreements-cy");
		page.navigate(url("/projects/" + id + "/claims"));
		check();
		screenshot("projects-claims-cy");
		page.navigate(url("/projects/" + id + "/stakeholders"));
		assertThat(page.locator(".govuk-warning-text")).containsText("Siaradwyr Cymraeg");
		check();
		screenshot("projects-stakeholders-cy");
		page.navigate(url("/projects/" + id + "/power-check"));
		check();
		screenshot("projects-power-check-cy");
		page.navigate(url("/projects/" + id + "/evaluation"));
		check();
		page.navigate(url("/projects/" + id + "/report"));
		assertThat(page.locator("h2#whatChanged")).hasText("Beth newidiodd");
		check();
		screenshot("projects-report-cy");
		org.assertj.core.api.Assertions
			.assertThat(downloadPdfText("Lawrlwytho'r adroddiad fel PDF", "projects-report-pdf-cy"))
			.contains("Bethnewidiodd")
			.contains("Dywedochchi,gwnaethonni");
		page.navigate(url("/projects/" + id + "/report/edit"));
		check();
		screenshot("projects-report-edit-cy");
		page.navigate(changes);
		assertThat(page.locator("h1")).containsText("beth newidiodd o fersiwn 1 i 2");
		check();
		screenshot("projects-agreement-changes-cy");
		page.navigate(url("/projects/" + id + "/stakeholders?organisation=Betsi"));
		check();

		page.navigate(url("/projects/" + id + "/meetings"));
		check();
		page.navigate(url("/projects/" + id + "/access-needs"));
		check();
		page.navigate(url("/projects/new"));
		check();
		page.navigate(url("/projects?lang=en"));
		signOut();

		// Someone who is not a member sees a listed project's summary and the balance of
		// roles, not its workspace.
		page.navigate(url("/projects/" + id));
		assertThat(page.locator("main")).not().containsText("Priya Shah");
		assertThat(page.locator("main")).containsText("Only members of this project");
		check();
		screenshot("projects-public-en");
		page.navigate(url("/projects/" + id + "/report"));
		assertThat(page.locator("main")).containsText("Shorter waits for a first appointment");
		assertThat(page.locator("main")).containsText("the clinic opens on Tuesday evenings");
		assertThat(page.locator("main")).not().containsText("Priya Shah");
		assertThat(page.locator("main")).not().containsText("Lowri Jones");
		check();
		screenshot("projects-report-public-en");
		org.assertj.core.api.Assertions.assertThat(downloadPdfText("Download the report as a PDF"))
			.contains("theclinicopensonTuesdayevenings")
			.doesNotContain("LowriJones");
		page.navigate(url("/projects?lang=cy"));
		assertThat(page.locator("h1")).hasText("Prosiectau cydgynhyrchu");
		check();
		screenshot("projects-list-cy");
	}

	/**
	 * Clicks the link, saves the download, checks it is a PDF and returns its text
	 * without white space.
	 */
	private String downloadPdfText(String link) {
		return downloadPdfText(link, null);
	}

	/**
	 * As above, and saves a picture of the first page beside the screenshots when given a
	 * name.
	 */
	private String downloadPdfText(String link, @Nullable String pictureName) {
		com.microsoft.playwright.Download download = page.waitForDownload(() -> click(AriaRole.LINK, link));
		try {
			byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
			org.assertj.core.api.Assertions
				.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
				.isEqualTo("%PDF-");
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
				if (pictureName != null) {
					java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
					java.nio.file.Files.createDirectories(folder);
					javax.imageio.ImageIO.write(
							new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 96), "png",
							folder.resolve(pictureName + ".png").toFile());
				}
				return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Signs out from a page in English. */
	@Override
	protected void signOut() {
		page.navigate(url("/?lang=en"));
		super.signOut();
	}

}
