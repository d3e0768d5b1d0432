package org.copro.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copro.CoproApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code copro kb import FILE.jsonl|FILE.csv} and {@code copro kb reindex}: fill the
 * knowledge base and its index from a file, or rebuild the index from the database.
 */
@Component
@Profile(CoproApplication.COMMAND_PROFILE)
class KnowledgeImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int BAD_INPUT = 2;

	private static final String USAGE = "copro: usage: copro kb import FILE.jsonl|FILE.csv | copro kb reindex";

	private final KnowledgeImport knowledgeImport;

	private int exitCode;

	KnowledgeImportCommand(KnowledgeImport knowledgeImport) {
		this.knowledgeImport = knowledgeImport;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException, InterruptedException {
		String[] args = arguments.getSourceArgs();
		if (args.length == 0 || !"kb".equals(args[0])) {
			return;
		}
		PrintStream err = System.err;
		if (args.length == 2 && "reindex".equals(args[1])) {
			long start = System.nanoTime();
			knowledgeImport.reindex();
			err.printf("copro: search index rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
			return;
		}
		if (args.length != 3 || !"import".equals(args[1])) {
			err.println(USAGE);
			exitCode = BAD_INPUT;
			return;
		}
		Path file = Path.of(args[2]);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("copro: " + file + ": no such file");
			exitCode = BAD_INPUT;
			return;
		}
		KnowledgeImport.Outcome outcome = knowledgeImport.importFile(file);
		if (outcome.failed()) {
			outcome.problems()
				.forEach(problem -> err.println("copro: " + file + ":" + problem.line() + ": " + problem.message()));
			err.println("copro: nothing imported (" + outcome.problems().size() + " problems)");
			exitCode = BAD_INPUT;
			return;
		}
		err.println("copro: " + file + ": " + outcome.created() + " created, " + outcome.updated() + " updated, "
				+ outcome.unchanged() + " unchanged");
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
