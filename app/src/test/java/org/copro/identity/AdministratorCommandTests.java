package org.copro.identity;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AdministratorCommandTests {

	private final InputStream originalIn = System.in;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	@AfterEach
	void restoreInput() {
		System.setIn(originalIn);
	}

	@Test
	void createsAnAdministratorWithThePasswordFromStandardInput() throws Exception {
		String email = IdentityFlowTests.uniqueEmail();
		int exitCode = run("a long enough password\n", "admin", "create", "--email", email, "--name", "Gwen");
		assertThat(exitCode).isZero();
		Account created = repository.findByEmail(email).orElseThrow();
		assertThat(created.role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(created.displayName()).isEqualTo("Gwen");
		assertThat(passwordEncoder.matches("a long enough password", created.passwordHash())).isTrue();
	}

	@Test
	void refusesAShortPasswordOrABadAddressWithExitCodeTwo() throws Exception {
		String email = IdentityFlowTests.uniqueEmail();
		assertThat(run("short\n", "admin", "create", "--email", email)).isEqualTo(2);
		assertThat(run("a long enough password\n", "admin", "create", "--email", "not-an-address")).isEqualTo(2);
		assertThat(run("", "admin", "remove")).isEqualTo(2);
		assertThat(repository.existsByEmail(email)).isFalse();
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironmentOnlyWhenThereIsNone() {
		// Other tests share this database: start from a platform with no administrator.
		repository.findAll()
			.stream()
			.filter(each -> !each.deleted() && each.role() == Role.ADMINISTRATOR)
			.forEach(each -> accounts.changeRole(each.id(), Role.PARTICIPANT));
		String email = IdentityFlowTests.uniqueEmail();
		new FirstAdministrator(accounts, email, "short").createWhenMissing();
		assertThat(accounts.administratorExists()).as("a short password creates nothing").isFalse();
		new FirstAdministrator(accounts, email, "a long enough password").createWhenMissing();
		assertThat(repository.findByEmail(email)).get().extracting(Account::role).isEqualTo(Role.ADMINISTRATOR);
		String second = IdentityFlowTests.uniqueEmail();
		new FirstAdministrator(accounts, second, "a long enough password").createWhenMissing();
		assertThat(repository.existsByEmail(second)).as("not created while an administrator exists").isFalse();
	}

	private int run(String input, String... args) throws Exception {
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
		AdministratorCommand command = new AdministratorCommand(accounts);
		command.run(new DefaultApplicationArguments(args));
		return command.getExitCode();
	}

}
