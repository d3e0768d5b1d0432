package org.copro.directory;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.copro.identity.Role;
import org.copro.identity.SignedInAccount;
import org.copro.identity.TestAccounts;
import org.copro.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journeys of the network: a person registers an organisation and finds it with the
 * sector and area filters; a person shares their contact details with one other person,
 * who sees them, then withdraws, and the other person no longer sees them.
 */
class DirectoryBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	People people;

	@Test
	void anOrganisationRegistersAndAppearsInTheFilteredDirectory() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String name = "Splott Tenants Together " + tag;
		String registrar = accounts.create("Rhian Registrar", Role.PARTICIPANT);
		SignedInAccount other = accounts.signedIn(accounts.create("Other Org Owner", Role.PARTICIPANT));
		organisationsOf(other, tag);

		signIn(registrar);
		page.navigate(url("/directory"));
		assertThat(page.locator("h1")).hasText("Organisations willing to co-produce");
		check();
		click(AriaRole.BUTTON, "Register an organisation");
		assertThat(page.locator("h1")).hasText("Register an organisation");
		check();
		click(AriaRole.BUTTON, "Register the organisation");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the organisation");
		check();
		screenshot("directory-register-errors-en");
		page.getByLabel("Name of the organisation").fill(name);
		page.getByLabel("What the organisation does")
			.fill("Tenants in Splott working with the council on repairs, safety and the estate's future.");
		page.locator("input[name=sector][value=HOUSING]").check();
		page.locator("input[name=size][value=SMALL]").check();
		page.locator("input[name=areas][value=CARDIFF]").check();
		page.locator("input[name=services][value=HOUSING]").check();
		page.locator("input[name=willingness][value=READY]").check();
		page.getByLabel("What the organisation would co-produce (optional)").fill("The estate regeneration plan");
		page.locator("input[name=offers][value=VENUES]").check();
		page.locator("input[name=offers][value=LIVED_EXPERIENCE_NETWORKS]").check();
		page.getByLabel("Contact email address").fill("committee-" + tag + "@splott-tenants.example.org");
		click(AriaRole.BUTTON, "Register the organisation");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The organisation has been registered");
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("main")).not().containsText("splott-tenants.example.org");
		check();
		screenshot("directory-organisation-en");

		page.navigate(url("/directory"));
		page.getByLabel("Sector", new Page.GetByLabelOptions().setExact(true)).selectOption("HOUSING");
		page.getByLabel("Areas served", new Page.GetByLabelOptions().setExact(true)).selectOption("CARDIFF");
		click(AriaRole.BUTTON, "Apply filters");
		assertThat(page.locator("main")).containsText(name);
		assertThat(page.locator("main")).not().containsText("Wrexham Allotments " + tag);
		assertThat(page.locator("main")).not().containsText("Cardiff Carers " + tag);
		check();
		screenshot("directory-filtered-en");
		page.navigate(page.url() + "&lang=cy");
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Sefydliadau sy'n barod i gydgynhyrchu");
		assertThat(page.locator("main")).containsText(name);
		check();
		screenshot("directory-filtered-cy");
		page.getByText(name).click();
		assertThat(page.locator("main")).containsText("Caerdydd");
		check();
		page.navigate(url("/directory/organisations/new?lang=cy"));
		check();
		page.navigate(url("/directory?lang=en"));
	}

	/** Two more organisations, so that the filters have something to leave out. */
	private void organisationsOf(SignedInAccount owner, String tag) {
		organisations.register(new OrganisationDetails("Wrexham Allotments " + tag, "Growing food together.",
				Sector.COMMUNITY, OrganisationSize.MICRO, Willingness.INTERESTED, null, null, "a@example.org",
				java.util.Set.of(Area.WREXHAM), java.util.Set.of(ServiceArea.ENVIRONMENT),
				java.util.Set.of(Offer.VENUES)), owner.account());
		organisations.register(new OrganisationDetails("Cardiff Carers " + tag, "Carers supporting carers.",
				Sector.VOLUNTARY, OrganisationSize.SMALL, Willingness.READY, null, null, "b@example.org",
				java.util.Set.of(Area.CARDIFF), java.util.Set.of(ServiceArea.SOCIAL_CARE),
				java.util.Set.of(Offer.MENTORING)), owner.account());
	}

	@Autowired
	Organisations organisations;

	@Test
	void aPersonSharesContactDetailsWithOneOtherPersonAndWithdraws() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String ownerEmail = accounts.create("Owain Owner", Role.PARTICIPANT);
		String friendEmail = accounts.create("Cerys Colleague", Role.PARTICIPANT);
		String strangerEmail = accounts.create("Sam Stranger", Role.PARTICIPANT);
		String shared = "owain-" + tag + "@private.example.org";
		Profile friend = people.save(accounts.signedIn(friendEmail).account(), "Cerys Colleague " + tag, null,
				"Mental health services", "Peer researcher.", "en", true, "cerys@example.org", "");
		people.save(accounts.signedIn(strangerEmail).account(), "Sam Stranger " + tag, null, "", "", "en", true, "",
				"");

		signIn(ownerEmail);
		page.navigate(url("/directory/profile"));
		assertThat(page.locator("h1")).hasText("My profile");
		check();
		page.getByLabel("Name to show").fill("Owain " + tag);
		page.getByLabel("Interests").fill("Youth services, co-produced evaluation");
		page.getByLabel("Email address").fill(shared);
		page.getByLabel("Phone number (optional)").fill("029 2000 0000");
		page.getByLabel("Show my profile in the directory").check();
		click(AriaRole.BUTTON, "Save my profile");
		assertThat(page.locator(".govuk-notification-banner")).containsText("shown in the directory");
		check();
		screenshot("directory-own-profile-en");
		long ownerProfile = Long.parseLong(page.url().replaceAll("^.*/directory/people/(\\d+).*$", "$1"));

		page.navigate(url("/directory/people/" + friend.id()));
		assertThat(page.locator("main")).not().containsText("cerys@example.org");
		check();
		click(AriaRole.BUTTON, "Share my contact details with Cerys Colleague " + tag);
		assertThat(page.locator(".govuk-notification-banner")).containsText("shared with this person only");
		check();
		screenshot("directory-shared-en");
		page.navigate(url("/directory/contacts"));
		assertThat(page.locator("main")).containsText("Cerys Colleague " + tag);
		check();
		screenshot("directory-contacts-en");
		page.navigate(url("/directory/contacts?lang=cy"));
		assertThat(page.locator("h1")).hasText("Pwy sy'n gallu gweld fy manylion cyswllt");
		check();
		screenshot("directory-contacts-cy");
		page.navigate(url("/directory/contacts?lang=en"));
		signOut();

		signIn(friendEmail);
		page.navigate(url("/directory/people/" + ownerProfile));
		assertThat(page.locator("#contact-details")).containsText(shared);
		assertThat(page.locator("main")).containsText("has shared these contact details with you");
		check();
		screenshot("directory-profile-shared-with-me-en");
		page.navigate(url("/directory/people/" + ownerProfile + "?lang=cy"));
		assertThat(page.locator("#contact-details")).containsText(shared);
		check();
		page.navigate(url("/directory/people?lang=en"));
		signOut();

		signIn(strangerEmail);
		page.navigate(url("/directory/people/" + ownerProfile));
		assertThat(page.locator("main")).not().containsText(shared);
		check();
		signOut();

		signIn(ownerEmail);
		page.navigate(url("/directory/contacts"));
		click(AriaRole.BUTTON, "Stop sharing with Cerys Colleague " + tag);
		assertThat(page.locator(".govuk-notification-banner")).containsText("They no longer see them");
		assertThat(page.locator("main")).containsText("You do not share your contact details with anyone.");
		check();
		signOut();

		signIn(friendEmail);
		page.navigate(url("/directory/people/" + ownerProfile));
		assertThat(page.locator("h1")).containsText("Owain " + tag);
		assertThat(page.locator("main")).not().containsText(shared);
		assertThat(page.locator("#contact-details")).hasCount(0);
		check();
		page.navigate(url("/directory/people"));
		assertThat(page.locator("main")).containsText("Owain " + tag);
		check();
		screenshot("directory-people-en");
		page.navigate(url("/directory/people?lang=cy"));
		check();
		screenshot("directory-people-cy");
		page.navigate(url("/directory/people?lang=en"));
	}

	@Test
	void aLocalGroupTalksAndAnAdministratorPreviewsAnImport() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String facilitator = accounts.create("Fflur Facilitator", Role.FACILITATOR);
		String member = accounts.create("Mabli Member", Role.PARTICIPANT);
		String admin = accounts.create("Ada Admin", Role.ADMINISTRATOR);

		signIn(facilitator);
		page.navigate(url("/directory/groups"));
		check();
		click(AriaRole.BUTTON, "Start a local group");
		check();
		page.getByLabel("Name of the group").fill("Swansea co-producers " + tag);
		page.locator("input[name=kind][value=AREA]").check();
		page.getByLabel("Area (for a group of an area)").selectOption("SWANSEA");
		page.getByLabel("What the group is about").fill("People co-producing services in Swansea.");
		click(AriaRole.BUTTON, "Start the group");
		assertThat(page.locator("h1")).hasText("Swansea co-producers " + tag);
		page.locator("#announcement-body").fill("Bring a friend.");
		click(AriaRole.BUTTON, "Publish the announcement");
		assertThat(page.locator(".govuk-error-summary a[href='#announcement-title']")).hasText("Enter a title");
		assertThat(page.locator("#announcement-title")).hasAttribute("aria-describedby", "announcement-title-error");
		assertThat(page.locator("#announcement-body")).hasValue("Bring a friend.");
		check();
		screenshot("directory-group-errors-en");
		page.locator("#announcement-title").fill("Summer gathering");
		page.locator("#announcement-body").fill("Bring a friend.");
		click(AriaRole.BUTTON, "Publish the announcement");
		page.getByLabel("What the meeting is").fill("Summer gathering");
		page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2099-07-01");
		page.getByLabel("Start time").fill("18:30");
		page.getByLabel("Place or online link").fill("Swansea Central Library");
		click(AriaRole.BUTTON, "Add the meeting");
		assertThat(page.locator("main")).containsText("Swansea Central Library");
		check();
		String groupUrl = page.url().replaceAll("\\?.*$", "");
		signOut();

		signIn(member);
		page.navigate(groupUrl);
		click(AriaRole.BUTTON, "Join the group");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Venues near the marina");
		page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("Where could we meet in winter?");
		click(AriaRole.BUTTON, "Start the discussion");
		assertThat(page.locator("h1")).hasText("Venues near the marina");
		page.getByLabel("Your reply").fill("The library has a community room.");
		click(AriaRole.BUTTON, "Post the reply");
		assertThat(page.locator("main")).containsText("The library has a community room.");
		check();
		screenshot("directory-thread-en");
		page.navigate(groupUrl);
		check();
		screenshot("directory-group-en");
		page.navigate(groupUrl + "?lang=cy");
		check();
		screenshot("directory-group-cy");
		page.navigate(groupUrl + "?lang=en");
		signOut();

		signIn(admin);
		page.navigate(url("/directory/admin"));
		check();
		page.getByLabel("CSV file")
			.setInputFiles(java.nio.file.Path.of("src/test/resources/directory/organisations-with-errors.csv"));
		click(AriaRole.BUTTON, "Check the file");
		assertThat(page.locator("main")).containsText("There are 5 problems in the file");
		check();
		screenshot("directory-import-errors-en");
		page.navigate(url("/directory/admin"));
		page.getByLabel("CSV file")
			.setInputFiles(java.nio.file.Path.of("src/test/resources/directory/organisations-sample.csv"));
		click(AriaRole.BUTTON, "Check the file");
		assertThat(page.locator("main")).containsText("The file is ready: 3 organisations will be added.");
		check();
		screenshot("directory-import-preview-en");
		click(AriaRole.BUTTON, "Import 3 organisations");
		assertThat(page.locator(".govuk-notification-banner")).containsText("The organisations have been imported: 3");
		check();
		page.navigate(url("/directory/admin?lang=cy"));
		check();
		page.navigate(url("/directory/admin?lang=en"));
	}

}
