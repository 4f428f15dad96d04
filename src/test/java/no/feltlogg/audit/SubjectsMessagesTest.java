package no.feltlogg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Every access-log subject code a module writes has its name in both languages: for each
 * class {@code Subjects} of a module under {@code no.feltlogg}, every constant's code has
 * a message {@code audit.subject.<code>} in {@code messages.properties} and
 * {@code messages_en.properties}, so the access log never shows a raw key. An enum's
 * codes come from {@code code()}; a class of {@code static final String} constants is
 * read the same way.
 */
class SubjectsMessagesTest {

	@Test
	void everySubjectCodeHasAMessageInBothLanguages() throws Exception {
		var codes = codes();
		assertThat(codes.keySet()).as("the modules' Subjects")
			.contains("no.feltlogg.referrals.Subjects", "no.feltlogg.measures.Subjects", "no.feltlogg.youth.Subjects");
		for (var file : List.of("messages.properties", "messages_en.properties")) {
			var messages = messages(file);
			var missing = new ArrayList<String>();
			codes.forEach((type, list) -> list.stream()
				.filter(code -> !messages.containsKey("audit.subject." + code))
				.forEach(code -> missing.add(type + ": audit.subject." + code)));
			assertThat(missing).as(file).isEmpty();
		}
	}

	@Test
	void theReferralsAndMeasuresSubjectsAreEnumsWithACode() {
		for (var name : List.of("no.feltlogg.referrals.Subjects", "no.feltlogg.measures.Subjects")) {
			assertThat(load(name).isEnum()).as(name).isTrue();
		}
	}

	/** The codes of every Subjects class, by class name. */
	private static Map<String, List<String>> codes() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("no\\.feltlogg\\.\\w+\\.Subjects")));
		var codes = new TreeMap<String, List<String>>();
		for (var candidate : scanner.findCandidateComponents("no.feltlogg")) {
			var type = load(candidate.getBeanClassName());
			var list = new ArrayList<String>();
			if (type.isEnum()) {
				var code = type.getDeclaredMethod("code");
				code.setAccessible(true);
				for (var constant : type.getEnumConstants()) {
					list.add((String) code.invoke(constant));
				}
			}
			else {
				for (var field : type.getDeclaredFields()) {
					if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
						field.setAccessible(true);
						list.add((String) field.get(null));
					}
				}
			}
			assertThat(list).as(type.getName() + " has codes").isNotEmpty();
			codes.put(type.getName(), list);
		}
		return codes;
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(name, ex);
		}
	}

	private static Properties messages(String file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
