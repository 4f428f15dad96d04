package no.feltlogg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/modules.md} says what the code says: a row for every module with the
 * modules its {@code package-info.java} allows it to use, and the dependency diagram with
 * exactly those arrows.
 */
class ModulesDocumentTest {

	private static final Path MODULES = Path.of("src/main/java/no/feltlogg");

	private static final Pattern ALLOWED = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}");

	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| .* \\| ([^|]*) \\|$", Pattern.MULTILINE);

	private static final Pattern ARROW = Pattern.compile("^\\s+(\\w+) --> (\\w+)$", Pattern.MULTILINE);

	@Test
	void everyModuleHasARowWithTheDependenciesItsPackageInfoAllows() throws IOException {
		var document = Files.readString(Path.of("docs/modules.md"));
		var rows = new TreeMap<String, Set<String>>();
		var row = ROW.matcher(document);
		while (row.find()) {
			rows.put(row.group(1), modules(row.group(2).startsWith("—") ? "" : row.group(2)));
		}
		var allowed = allowed();
		assertThat(rows.keySet()).containsAll(allowed.keySet());
		allowed.forEach(
				(module, uses) -> assertThat(rows.get(module)).as(module).isEqualTo(uses == null ? Set.of() : uses));
	}

	@Test
	void theDiagramHasAnArrowForEveryAllowedDependencyButShared() throws IOException {
		var document = Files.readString(Path.of("docs/modules.md"));
		var arrows = new TreeSet<String>();
		var arrow = ARROW.matcher(document);
		while (arrow.find()) {
			arrows.add(arrow.group(1) + " -> " + arrow.group(2));
		}
		var expected = new TreeSet<String>();
		allowed().forEach((module, uses) -> {
			if (uses != null) {
				uses.stream()
					.filter(used -> !used.equals("shared"))
					.forEach(used -> expected.add(module + " -> " + used));
			}
		});
		assertThat(arrows).isEqualTo(expected);
	}

	/** Each module's allowed dependencies; null for an open module (shared). */
	private static Map<String, Set<String>> allowed() throws IOException {
		var allowed = new TreeMap<String, Set<String>>();
		try (var packages = Files.list(MODULES)) {
			for (var directory : packages.filter(Files::isDirectory).toList()) {
				var info = directory.resolve("package-info.java");
				if (!Files.exists(info)) {
					continue;
				}
				var matcher = ALLOWED.matcher(Files.readString(info));
				allowed.put(directory.getFileName().toString(), matcher.find() ? modules(matcher.group(1)) : null);
			}
		}
		return allowed;
	}

	private static Set<String> modules(String list) {
		return Arrays.stream(list.replace("\"", "").split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
