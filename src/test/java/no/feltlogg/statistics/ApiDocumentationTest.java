package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.support.IntegrationTest;

/**
 * docs/api.md is the contract of {@code GET /api/v1/statistics/annual} for a leader (ADR
 * 0045): every field its JSON examples show is in a real answer for the demo's team, and
 * every field of that answer is in the examples. Arrays are compared by their first
 * element; maps keyed by school level by the documented placeholder.
 */
@IntegrationTest
@ActiveProfiles("demo")
class ApiDocumentationTest {

	private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

	/** Maps whose keys are codes rather than field names. */
	private static final Set<String> CODE_KEYED = Set.of(".worryingDevelopment");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Test
	void theLeadersAnnualAnswerHasExactlyTheFieldsDocsApiMdShows() throws Exception {
		var leader = (CurrentUser) users.loadUserByUsername("leader.a");
		int year = LocalDate.now(clock.withZone(Oslo.ZONE)).getYear();
		var answer = mvc.get().uri("/api/v1/statistics/annual?year=" + year).with(user(leader)).exchange();
		assertThat(answer).hasStatusOk();
		var json = JsonMapper.builder()
			.build()
			.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
		var answered = new TreeSet<String>();
		paths(json, "", answered);

		var documented = new TreeSet<String>();
		for (var block : annualExamples()) {
			paths(JsonMapper.builder().build().readTree(block), "", documented);
		}
		assertThat(answered).as("fields the API answers that docs/api.md does not show").isSubsetOf(documented);
		assertThat(documented).as("fields docs/api.md shows that the API does not answer (demo data, this year)")
			.isSubsetOf(answered);
	}

	/**
	 * The JSON examples of the annual section of docs/api.md, a fragment ({@code "name":
	 * {...}}) as an object.
	 */
	private static java.util.List<String> annualExamples() throws Exception {
		var text = Files.readString(Path.of("docs/api.md"));
		var start = text.indexOf("## `GET /api/v1/statistics/annual");
		var end = text.indexOf("## `GET /api/v1/statistics/trends");
		assertThat(start).as("docs/api.md has the annual section").isNotNegative();
		var blocks = new java.util.ArrayList<String>();
		var matcher = JSON_BLOCK.matcher(text.substring(start, end));
		while (matcher.find()) {
			var block = matcher.group(1).strip();
			blocks.add(block.startsWith("{") ? block : "{" + block + "}");
		}
		return blocks;
	}

	private static void paths(JsonNode node, String path, Set<String> into) {
		if (node.isObject()) {
			var codeKeyed = CODE_KEYED.contains(path);
			node.properties().forEach(e -> paths(e.getValue(), path + "." + (codeKeyed ? "{code}" : e.getKey()), into));
			if (node.isEmpty()) {
				into.add(path + ".{}");
			}
		}
		else if (node.isArray()) {
			if (node.isEmpty()) {
				into.add(path + "[] (empty)");
			}
			node.forEach(element -> paths(element, path + "[]", into));
		}
		else {
			into.add(path);
		}
	}

}
