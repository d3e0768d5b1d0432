package org.copro.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Keeps sessions in the database (Spring Session JDBC), so that a restart signs nobody
 * out and several nodes behind a load balancer share them. The cookie keeps the name and
 * flags set under {@code server.servlet.session.*}: HttpOnly, SameSite=Lax, Secure behind
 * HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name}") String name,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseSecureCookie(secure);
		return cookie;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

}
