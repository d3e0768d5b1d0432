package org.copro.engines.sortition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Loads the test fixtures and finds the shared data folder next to the repository. */
final class Fixtures {

	private Fixtures() {
	}

	static Path resource(String name) {
		try {
			return Path.of(Fixtures.class.getResource("/sortition/" + name).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static SelectionProblem problem(String folder, int panelSize) {
		return problem(resource(folder + "/categories.csv"), resource(folder + "/respondents.csv"), panelSize, null);
	}

	static SelectionProblem problem(Path categories, Path respondents, int panelSize,
			@Nullable List<String> addressColumns) {
		try {
			List<Quota> quotas = SortitionCsv.readCategories(categories);
			return new SelectionProblem(quotas, SortitionCsv.readRespondents(respondents, quotas, null, addressColumns),
					panelSize);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code shared/data/sortition}, found by walking up from the working directory. */
	static Optional<Path> sharedSortition() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/data/sortition");
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
