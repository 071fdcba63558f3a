package io.kaidian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

	static final Path OUTPUT = Path.of("docs", "modules");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writeDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation();
		// the Documenter lists relations in no fixed order: sort them so the committed
		// diagrams
		// change only when the modules do
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".puml")).toList()) {
				Files.write(file, sortRelations(Files.readAllLines(file)));
			}
		}
	}

	private static List<String> sortRelations(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> relations = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				relations.add(line);
				continue;
			}
			relations.sort(null);
			result.addAll(relations);
			relations.clear();
			result.add(line);
		}
		relations.sort(null);
		result.addAll(relations);
		return result;
	}

}
