package no.feltlogg.apitokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /api/v1/openapi.json} (springdoc, paths under
 * {@code /api/v1/statistics} only): the statistics endpoints and the bearer scheme they
 * are read with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String SCHEME = "apiToken";

	@Bean
	OpenAPI feltloggOpenApi() {
		return new OpenAPI().info(new Info().title("Feltlogg statistics API").version("v1").description("""
				Aggregated statistics of the municipality's youth outreach teams, for dashboards and \
				spreadsheets. Read with an API token (Authorization: Bearer flt_...) made by an administrator \
				or a team leader; a token reads suppressed figures (counts from 1 to 4 hidden) unless it is \
				scoped to one team and made by that team's leader. See docs/api.md."""))
			.components(new Components().addSecuritySchemes(SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API token made on the administrator's or leader's API token page.")))
			.addSecurityItem(new SecurityRequirement().addList(SCHEME));
	}

}
