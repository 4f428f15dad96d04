package no.feltlogg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * All user-visible text comes from messages*.properties: no literal text in a template,
 * no key used in a template that either language lacks, and both languages have the same
 * keys.
 */
class I18nTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path RESOURCES = Path.of("src/main/resources");

	/**
	 * Attributes a user reads or hears; they must be th:-attributes fed from messages,
	 * not literal.
	 */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "value");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[(}]");

	/**
	 * Message keys handed over in Java: flash messages, field and form errors, and
	 * {@code Msg.of("key")}.
	 */
	private static final Pattern JAVA_KEY = Pattern.compile(
			"(?:addFlashAttribute\\(\"(?:message|error)\",\\s*|rejectValue\\(\"[^\"]+\",\\s*|reject\\(|messageKey\\(\\s*)\"([a-zA-Z][\\w.]+)\"");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		var problems = new ArrayList<String>();
		for (var template : templates()) {
			var document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				var own = element.ownText().replaceAll("[\\s\\u00a0]+", "");
				if (!own.isEmpty() && !isScriptOrStyle(element)) {
					problems
						.add(template + ": <" + element.tagName() + "> has literal text '" + element.ownText() + "'");
				}
				for (var attribute : element.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isBlank()
							&& !(element.tagName().equals("input") && attribute.getKey().equals("value"))
							&& !(element.tagName().equals("option") && attribute.getKey().equals("value"))) {
						problems.add(template + ": <" + element.tagName() + "> has literal " + attribute.getKey());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
		var bokmaal = load("messages.properties");
		var english = load("messages_en.properties");
		var missing = new TreeSet<String>();
		for (var template : templates()) {
			var matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				var key = matcher.group(1);
				if (!bokmaal.containsKey(key) || !english.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyUsedInJavaExistsInBothLanguages() throws IOException {
		var bokmaal = load("messages.properties");
		var english = load("messages_en.properties");
		var missing = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (var source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var matcher = JAVA_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					var key = matcher.group(1);
					if (!bokmaal.containsKey(key) || !english.containsKey(key)) {
						missing.add(source.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		var bokmaal = load("messages.properties").stringPropertyNames();
		var english = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys in English").containsExactlyElementsOf(new TreeSet<>(bokmaal));
	}

	private static boolean isScriptOrStyle(Element element) {
		return element.tagName().equals("script") || element.tagName().equals("style");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
