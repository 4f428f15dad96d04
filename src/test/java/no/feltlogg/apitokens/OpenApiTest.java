package no.feltlogg.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.support.IntegrationTest;

/**
 * The OpenAPI description (ADR 0035): served to anyone, the statistics endpoints and the
 * bearer scheme, nothing else.
 */
@IntegrationTest
class OpenApiTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDescriptionIsServedWithTheStatisticsEndpointsAndTheBearerScheme() {
		var result = mvc.get().uri("/api/v1/openapi.json").exchange();
		assertThat(result).hasStatusOk();
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.openapi").asString().startsWith("3.");
		json.extractingPath("$.paths")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("/api/v1/statistics/annual", "/api/v1/statistics/trends");
		json.extractingPath("$.paths['/api/v1/statistics/trends'].get.parameters[*].name")
			.asArray()
			.containsExactlyInAnyOrder("from", "to");
		json.extractingPath("$.paths['/api/v1/statistics/annual'].get.parameters[*].name")
			.asArray()
			.containsExactly("year");
		json.extractingPath("$.components.securitySchemes.apiToken")
			.isEqualTo(Map.of("type", "http", "description",
					"An API token made on the administrator's or leader's API token page.", "scheme", "bearer"));
		json.extractingPath("$.security[0].apiToken").asArray().isEmpty();
	}

}
