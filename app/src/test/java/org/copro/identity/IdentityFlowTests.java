package org.copro.identity;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityFlowTests {

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountMailer mailer;

	@Autowired
	AccountUserDetailsService userDetails;

	@Autowired
	AccountRepository repository;

	@Test
	void signUpWithMistakesShowsEachProblemBesideItsFieldInWelsh() throws Exception {
		String email = uniqueEmail();
		mvc.perform(post("/sign-up").with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("displayName", "")
			.param("email", email)
			.param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Rhowch eich enw")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Rhaid i&#39;ch cyfrinair fod rhwng 12 a 128 nod")))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("<title>Gwall: Creu cyfrif – CoPro</title>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"cy\"")));
		assertThat(repository.existsByEmail(email)).as("nothing half-saved").isFalse();
	}

	@Test
	void signUpVerifyEmailAndSignIn() throws Exception {
		String email = uniqueEmail();
		mvc.perform(post("/sign-up").with(csrf())
			.param("displayName", "Ceri Jones")
			.param("email", email)
			.param("password", PASSWORD)).andExpect(redirectedUrl("/sign-up/check-email"));

		String token = tokenFromLatestMailTo(email, "verify-email");
		mvc.perform(post("/verify-email").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-panel--confirmation")));
		assertThat(repository.findByEmail(email)).get().extracting(Account::emailVerified).isEqualTo(true);
		mvc.perform(post("/verify-email").with(csrf()).param("token", token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This link does not work")));

		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/account"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("wrong password!!"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(get("/sign-in").param("error", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#email\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-error\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("The email address or password is not right")));
		mvc.perform(get("/sign-in")).andExpect(status().isOk());
	}

	@Test
	void signingUpAgainWithTheSameAddressRevealsNothingAndChangesNothing() throws Exception {
		String email = uniqueEmail();
		accounts.signUp(email, "First", PASSWORD, Locale.ENGLISH);
		mvc.perform(post("/sign-up").with(csrf())
			.param("displayName", "Second")
			.param("email", email.toUpperCase(Locale.ROOT))
			.param("password", "another password 123")).andExpect(redirectedUrl("/sign-up/check-email"));
		assertThat(mailer.recent().getFirst().to()).isEqualTo(email);
		assertThat(mailer.recent().getFirst().subject()).contains("tried to create");
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("another password 123"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void resetPasswordWithALinkThatWorksOnce() throws Exception {
		String email = uniqueEmail();
		accounts.signUp(email, "Reset Me", PASSWORD, Locale.ENGLISH);
		int mailsBefore = mailer.recent().size();
		mvc.perform(post("/reset-password").with(csrf()).param("email", uniqueEmail()))
			.andExpect(redirectedUrl("/reset-password/sent"));
		assertThat(mailer.recent()).as("no mail for an unknown address").hasSize(Math.min(mailsBefore, 50));

		mvc.perform(post("/reset-password").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/reset-password/sent"));
		String token = tokenFromLatestMailTo(email, "reset-password/new");
		mvc.perform(get("/reset-password/new").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"token\"")));
		mvc.perform(post("/reset-password/new").with(csrf()).param("token", token).param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("between 12 and 128 characters")));
		mvc.perform(post("/reset-password/new").with(csrf())
			.param("token", token)
			.param("password", "a brand new password")).andExpect(redirectedUrl("/sign-in?reset"));
		mvc.perform(post("/reset-password/new").with(csrf())
			.param("token", token)
			.param("password", "yet another password"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This link does not work")));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("a brand new password"))
			.andExpect(authenticated());
	}

	@Test
	void downloadMyDataAsJson() throws Exception {
		String email = uniqueEmail();
		accounts.signUp(email, "Data Person", PASSWORD, Locale.forLanguageTag("cy"));
		mvc.perform(get("/account/data").with(user(userDetails.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.account.email").value(email))
			.andExpect(jsonPath("$.account.displayName").value("Data Person"))
			.andExpect(jsonPath("$.account.language").value("cy"))
			.andExpect(jsonPath("$.account.passwordHash").doesNotExist());
	}

	@Test
	void deleteMyAccountKeepsOnlyAFormerParticipant() throws Exception {
		String email = uniqueEmail();
		accounts.signUp(email, "Leaving Soon", PASSWORD, Locale.ENGLISH);
		Account account = repository.findByEmail(email).orElseThrow();
		var me = user(userDetails.loadUserByUsername(email));

		mvc.perform(post("/account/delete").with(me).with(csrf()).param("password", "not my password"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The password is not right")));
		assertThat(repository.existsByEmail(email)).isTrue();

		mvc.perform(post("/account/delete").with(me).with(csrf()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/?accountDeleted"));
		Account gone = repository.findById(account.id().value()).orElseThrow();
		assertThat(gone.deleted()).isTrue();
		assertThat(gone.email()).isNull();
		assertThat(gone.displayName()).isNull();
		assertThat(gone.passwordHash()).isNull();
		assertThat(accounts.displayName(account.id())).isEmpty();
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(unauthenticated());
	}

	@Test
	void changeLanguageIsRemembered() throws Exception {
		String email = uniqueEmail();
		accounts.signUp(email, "Iaith", PASSWORD, Locale.ENGLISH);
		MvcResult result = mvc
			.perform(post("/account/language").with(user(userDetails.loadUserByUsername(email)))
				.with(csrf())
				.param("language", "cy"))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		assertThat(result.getResponse().getCookie("copro_lang")).isNotNull()
			.extracting(cookie -> cookie.getValue())
			.isEqualTo("cy");
		assertThat(repository.findByEmail(email).orElseThrow().language().getLanguage()).isEqualTo("cy");
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(result2 -> assertThat(result2.getResponse().getCookie("copro_lang").getValue()).isEqualTo("cy"));
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(
				post("/sign-up").param("displayName", "X").param("email", uniqueEmail()).param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorsChangeRolesButNeverRemoveTheLastAdministrator() throws Exception {
		String adminEmail = uniqueEmail();
		AccountId admin = accounts.createAdministrator(adminEmail, "Admin", PASSWORD);
		String email = uniqueEmail();
		accounts.signUp(email, "Facilitator To Be", PASSWORD, Locale.ENGLISH);
		long id = repository.findByEmail(email).orElseThrow().id().value();
		var asAdmin = user(userDetails.loadUserByUsername(adminEmail));

		mvc.perform(get("/admin/users").with(user(userDetails.loadUserByUsername(email))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Facilitator To Be")));
		mvc.perform(post("/admin/users/{id}/role", id).with(asAdmin).with(csrf()).param("role", "FACILITATOR"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(repository.findById(id).orElseThrow().role()).isEqualTo(Role.FACILITATOR);
		// An unknown role is a form error: the list again, the role of that person in
		// error.
		mvc.perform(post("/admin/users/{id}/role", id).with(asAdmin).with(csrf()).param("role", "EMPEROR"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: People with an account")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("<a href=\"#role-" + id + "\">Choose one of the roles in the list.</a>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"role-" + id + "-error\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("aria-describedby=\"role-" + id + "-error\"")));
		mvc.perform(post("/admin/users/{id}/role", id).with(asAdmin)
			.with(csrf())
			.locale(Locale.forLanguageTag("cy"))
			.param("role", "EMPEROR"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Mae problem wedi codi")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("<a href=\"#role-" + id + "\">Dewiswch un o&#39;r rolau yn y rhestr.</a>")));
		assertThat(repository.findById(id).orElseThrow().role()).isEqualTo(Role.FACILITATOR);

		// Demote every other administrator first, so this one is the last.
		repository.findAll()
			.stream()
			.filter(each -> !each.deleted() && each.role() == Role.ADMINISTRATOR && !each.id().equals(admin))
			.forEach(each -> accounts.changeRole(each.id(), Role.PARTICIPANT));
		mvc.perform(
				post("/admin/users/{id}/role", admin.value()).with(asAdmin).with(csrf()).param("role", "PARTICIPANT"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(repository.findById(admin.value()).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void accountPagesNeedSigningIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
	}

	private String tokenFromLatestMailTo(String email, String path) {
		AccountMailer.Mail mail = mailer.recent()
			.stream()
			.filter(each -> each.to().equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(mail.body()).contains("/" + path + "?token=");
		Matcher matcher = TOKEN.matcher(mail.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	static String uniqueEmail() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

}
