package no.feltlogg.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every code the groups module writes to the access log has its name on the audit pages,
 * in both languages.
 */
class SubjectsTest {

	@Test
	void everySubjectHasAMessage() throws IOException {
		for (var file : new String[] { "/messages.properties", "/messages_en.properties" }) {
			var messages = new Properties();
			try (var in = new InputStreamReader(getClass().getResourceAsStream(file), StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			for (var subject : Subjects.values()) {
				assertThat(messages.getProperty("audit.subject." + subject.code())).as(file + " " + subject)
					.isNotBlank();
			}
		}
	}

}
