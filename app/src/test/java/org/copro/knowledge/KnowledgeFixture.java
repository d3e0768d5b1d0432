package org.copro.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Six entries written for these tests (not the shared corpus): a Dundee PB case, a jury
 * on community safety, a co-production guide, a mini-public method, a Welsh case and an
 * organisation.
 */
final class KnowledgeFixture {

	/** The contexts (by their importer) whose index has been rebuilt. */
	private static final Set<KnowledgeImport> INDEXED = Collections.newSetFromMap(new WeakHashMap<>());

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

	static synchronized void load(KnowledgeImport knowledgeImport) {
		try {
			KnowledgeImport.Outcome outcome = knowledgeImport.importFile(file());
			if (outcome.failed()) {
				throw new IllegalStateException("fixture does not import: " + outcome.problems());
			}
			// The test contexts of one run share the in-memory database (and the
			// PostgreSQL one in CI) but each has its own index: entries that another
			// context imported are unchanged here, yet missing from this context's
			// index until it is rebuilt, once per context.
			if (outcome.unchanged() > 0 && INDEXED.add(knowledgeImport)) {
				knowledgeImport.reindex();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
