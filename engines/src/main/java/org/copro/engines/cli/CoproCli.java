package org.copro.engines.cli;

import java.io.PrintWriter;

import org.copro.engines.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The engines' command line: {@code copro pb|sortition|opinion …}.
 *
 * <p>
 * Every command prints one JSON document on standard output and exits 0, or prints a
 * one-line error that names the file, line and problem on standard error and exits 2.
 */
@Command(name = "copro", mixinStandardHelpOptions = true, version = "CoPro engines 0.1",
		description = "Civic algorithms: participatory budgeting, sortition, opinion groups.",
		subcommands = { PbCommand.class, OpinionCommand.class, SortitionCommand.class })
public final class CoproCli implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/** Exit code for input the engines cannot accept. */
	public static final int BAD_INPUT = 2;

	public static void main(String[] args) {
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs one command with the given streams and returns its exit code (for tests). */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new CoproCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(exception -> BAD_INPUT);
		commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
			if (exception instanceof InvalidInputException || exception instanceof java.io.IOException
					|| exception instanceof java.io.UncheckedIOException) {
				err.println("copro: " + oneLine(exception.getMessage()));
				return BAD_INPUT;
			}
			throw exception;
		});
		return commandLine.execute(args);
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	private static String oneLine(String message) {
		return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", " ");
	}

}
