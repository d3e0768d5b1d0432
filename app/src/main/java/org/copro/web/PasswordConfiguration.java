package org.copro.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, for the web application and for commands such as
 * {@code copro admin create}.
 */
@Configuration
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, and able to read any other hash Spring Security knows,
		// should we move on.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
