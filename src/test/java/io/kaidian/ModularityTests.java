package io.kaidian;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map of ARCHITECTURE.md holds: no cycles, no reaching into another module's
 * internals, only declared dependencies. Writes the module diagrams to
 * {@code docs/modules/}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(KaidianApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writeDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
	}

}
