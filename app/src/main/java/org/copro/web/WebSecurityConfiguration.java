package org.copro.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may see what, and the headers every response carries.
 *
 * <p>
 * Pages are public unless a module's path says otherwise; state changes need CSRF tokens
 * (forms carry them through Thymeleaf) and a signed-in person where the module asks for
 * one.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			ObjectProvider<AuthenticationSuccessHandler> successHandler) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/webjars/**", "/assets/**", "/css/**", "/js/**")
					.permitAll()
					.requestMatchers("/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.hasRole("ADMINISTRATOR")
					.requestMatchers("/admin/**")
					.hasRole("ADMINISTRATOR")
					.requestMatchers("/account/**")
					.authenticated()
					.anyRequest()
					.permitAll());
		http.formLogin(form -> form.loginPage("/sign-in")
			.loginProcessingUrl("/sign-in")
			.usernameParameter("email")
			.failureUrl("/sign-in?error")
			.successHandler(successHandler.getIfAvailable(SavedRequestAwareAuthenticationSuccessHandler::new))
			.permitAll());
		http.logout(logout -> logout
			.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
				.matcher(org.springframework.http.HttpMethod.POST, "/sign-out"))
			.logoutSuccessUrl("/?signedOut")
			.deleteCookies("COPRO_SESSION"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(
					permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

}
