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
			for (Path file : files.toList()) {
				if (file.toString().endsWith(".puml")) {
					Files.write(file, sortRelations(Files.readAllLines(file)));
				}
				else if (file.toString().endsWith(".adoc")) {
					Files.write(file, sortListedItems(Files.readAllLines(file)));
				}
			}
		}
	}

	/** Sorts each table cell's bullet list ({@code |* a} then {@code * b} lines). */
	private static List<String> sortListedItems(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("|* ") || (!items.isEmpty() && line.startsWith("* "))) {
				items.add(line.startsWith("|") ? line.substring(1) : line);
				continue;
			}
			flush(items, result);
			result.add(line);
		}
		flush(items, result);
		return result;
	}

	private static void flush(List<String> items, List<String> result) {
		if (items.isEmpty()) {
			return;
		}
		items.sort(null);
		result.add("|" + items.get(0));
		result.addAll(items.subList(1, items.size()));
		items.clear();
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
