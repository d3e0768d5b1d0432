package org.copro.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "copro.rate-limit.attempts-per-minute=3")
@AutoConfigureMockMvc
class RateLimitTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signInAttemptsFromOneAddressAreLimited() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			mvc.perform(post("/sign-in").with(csrf())
				.with(remote("203.0.113.7"))
				.param("email", "nobody@example.org")
				.param("password", "guess " + attempt)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/sign-in").with(csrf())
			.with(remote("203.0.113.7"))
			.param("email", "nobody@example.org")
			.param("password", "one more guess"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"));
		mvc.perform(post("/sign-in").with(csrf())
			.with(remote("203.0.113.8"))
			.param("email", "nobody@example.org")
			.param("password", "another address")).andExpect(status().is3xxRedirection());
	}

	@Test
	void postingStatementsIsLimitedPerAddress() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			mvc.perform(post("/conversations/{id}/statements", 1).with(csrf())
				.with(remote("198.51.100.4"))
				.param("text", "statement " + attempt)).andExpect(notLimited());
		}
		mvc.perform(post("/conversations/{id}/statements", 2).with(csrf())
			.with(remote("198.51.100.4"))
			.param("text", "one too many")).andExpect(status().isTooManyRequests());
		mvc.perform(post("/conversations/{id}/votes", 1).with(csrf()).with(remote("198.51.100.4")))
			.andExpect(notLimited());
	}

	private static org.springframework.test.web.servlet.ResultMatcher notLimited() {
		return result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus()).isNotEqualTo(429);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
