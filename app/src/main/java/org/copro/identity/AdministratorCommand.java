package org.copro.identity;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.copro.CoproApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code copro admin create --email E [--name N]}: creates the first administrator,
 * asking for the password (from the terminal, or one line of standard input when there is
 * none, for scripts).
 */
@Component
@Profile(CoproApplication.COMMAND_PROFILE)
class AdministratorCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int BAD_INPUT = 2;

	private final Accounts accounts;

	private int exitCode;

	AdministratorCommand(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		String[] args = arguments.getSourceArgs();
		if (args.length == 0 || !"admin".equals(args[0])) {
			return;
		}
		PrintStream err = System.err;
		if (args.length < 2 || !"create".equals(args[1])) {
			err.println("copro: usage: copro admin create --email ADDRESS [--name NAME]");
			exitCode = BAD_INPUT;
			return;
		}
		String email = option(args, "--email");
		String name = option(args, "--name");
		if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			err.println("copro: --email needs a valid email address");
			exitCode = BAD_INPUT;
			return;
		}
		String password = readPassword();
		if (password == null || password.length() < 12 || password.length() > 128) {
			err.println("copro: the password must be between 12 and 128 characters");
			exitCode = BAD_INPUT;
			return;
		}
		AccountId id = accounts.createAdministrator(email, name == null ? "Administrator" : name, password);
		err.println("copro: administrator " + email + " is ready (account " + id.value() + ")");
	}

	private static String option(String[] args, String name) {
		for (int i = 2; i < args.length; i++) {
			if (args[i].equals(name) && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith(name + "=")) {
				return args[i].substring(name.length() + 1);
			}
		}
		return null;
	}

	private static String readPassword() throws IOException {
		Console console = System.console();
		if (console != null && isTerminal(console)) {
			char[] first = console.readPassword("Password (12 characters or more): ");
			char[] second = console.readPassword("Password again: ");
			if (first == null || !Arrays.equals(first, second)) {
				System.err.println("copro: the passwords do not match");
				return null;
			}
			return new String(first);
		}
		return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
	}

	private static boolean isTerminal(Console console) {
		try {
			// Console.isTerminal() arrived in JDK 22; on JDK 21 a non-null console is
			// always a terminal.
			return (boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
