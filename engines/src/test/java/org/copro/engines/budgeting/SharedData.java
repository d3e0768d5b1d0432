package org.copro.engines.budgeting;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** Finds ../shared/data/pabulib by walking up from the working directory. */
final class SharedData {

	private SharedData() {
	}

	/** The pabulib folder, or null when it is absent. */
	static @Nullable Path pabulib() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("pabulib");
			if (Files.isRegularFile(candidate.resolve("reference_results.tsv"))) {
				return candidate;
			}
			dir = dir.getParent();
		}
		return null;
	}

}
