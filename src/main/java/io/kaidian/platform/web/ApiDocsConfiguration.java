package io.kaidian.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: its title and version, the tags ({@link ApiTags}), and
 * the bearer token of {@code POST /api/v1/sessions} as its security scheme, so that
 * Swagger UI's "Authorize" sends it. Each operation's summary is the first sentence of
 * its controller method's Javadoc (springdoc reads it through therapi-runtime-javadoc) or
 * its {@code @Operation(summary)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocsConfiguration.ApiDocsProperties.class)
class ApiDocsConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI kaidianOpenApi(ApiDocsProperties properties) {
		return new OpenAPI()
			.info(new Info().title(properties.title())
				.version(properties.version())
				.description("The HTTP API of Kaidian, the seller settlement service: sellers register, verify "
						+ "their identity, apply, pay and follow their checklist; reviewers decide cases; operators "
						+ "configure the marketplace. Sign in with POST /api/v1/sessions and send the token it "
						+ "answers as a bearer token (Authorize). Errors are RFC 9457 problem details with a code."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("opaque")
						.description("The token of POST /api/v1/sessions. The public operations ignore it.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			.tags(ApiTags.all());
	}

	/**
	 * {@code kaidian.api.docs.*}: what the OpenAPI document says of itself.
	 *
	 * @param title its title
	 * @param version the API's version, the build's version
	 */
	@ConfigurationProperties("kaidian.api.docs")
	record ApiDocsProperties(String title, String version) {
	}

}
