package org.copro.engines.budgeting;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small .pb files under src/test/resources/budgeting. */
final class Fixtures {

	private Fixtures() {
	}

	static Path path(String name) {
		try {
			return Path.of(Fixtures.class.getResource("/budgeting/" + name).toURI());
		}
		catch (URISyntaxException exception) {
			throw new IllegalStateException(exception);
		}
	}

	static PbFile read(String name) {
		return PbReader.read(path(name));
	}

}
