package org.copro;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	// The engines are a plain library on the class path (org.copro.engines), not an
	// application module.
	private final ApplicationModules modules = ApplicationModules.of(CoproApplication.class,
			JavaClass.Predicates.resideInAPackage("org.copro.engines.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("web", "identity");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
