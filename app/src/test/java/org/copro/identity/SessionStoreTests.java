package org.copro.identity;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database: signing in stores the session there, and the session
 * cookie alone (no server memory) signs the person in on the next request, as it would on
 * another node or after a restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignedInSessionIsKeptInTheDatabaseAndFoundByItsCookie() throws Exception {
		String email = accounts.create("Sesi Session", Role.PARTICIPANT);
		MvcResult signedIn = mvc
			.perform(formLogin("/sign-in").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie cookie = signedIn.getResponse().getCookie("COPRO_SESSION");
		assertThat(cookie).as("the session cookie").isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				email))
			.isEqualTo(1);

		mvc.perform(get("/account").cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sesi Session")));
	}

}
