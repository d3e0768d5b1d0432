package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Six entries written for these tests (not the shared corpus): a Dundee PB case, a jury
 * on community safety, a co-production guide, a mini-public method, a Welsh case and an
 * organisation.
 */
final class KnowledgeFixture {

	private KnowledgeFixture() {
	}

	static Path file() {
		try {
			return Path
				.of(Objects.requireNonNull(KnowledgeFixture.class.getResource("/knowledge/fixture.jsonl")).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void load(KnowledgeImport knowledgeImport) {
		try {
			KnowledgeImport.Outcome outcome = knowledgeImport.importFile(file());
			if (outcome.failed()) {
				throw new IllegalStateException("fixture does not import: " + outcome.problems());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
