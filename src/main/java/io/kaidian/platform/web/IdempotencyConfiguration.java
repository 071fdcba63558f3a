package io.kaidian.platform.web;

import java.security.GeneralSecurityException;
import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.platform.crypto.Keysets;

/**
 * Idempotency keys (ADR 0015): the filter, which the API's security chain runs after
 * authorization (and the servlet container never runs on its own), the purge of expired
 * keys, run once across instances by db-scheduler, and the header in the OpenAPI
 * document.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	IdempotencyKeys idempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyKeys.IdempotencyProperties properties) {
		return new IdempotencyKeys(jdbc, clock, properties);
	}

	@Bean
	IdempotencyFilter idempotencyFilter(IdempotencyKeys keys, ProblemRenderer renderer,
			IdempotencyKeys.IdempotencyProperties properties, Keysets keysets) {
		try {
			PrfConfig.register();
			PrfSet prf = keysets
				.load(properties.fingerprintKeyset(), properties.fingerprintKeysetFile(), "idempotency-prf.json",
						PredefinedPrfParameters.HMAC_SHA256_PRF, "kaidian.api.idempotency.fingerprint-keyset")
				.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
			return new IdempotencyFilter(keys, renderer, prf);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The idempotency fingerprint keyset is not a valid Tink PRF keyset", ex);
		}
	}

	/** Only in the API's security chain, after authentication and authorization. */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(IdempotencyFilter filter) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	RecurringTask<Void> purgeExpiredIdempotencyKeys(IdempotencyKeys keys,
			IdempotencyKeys.IdempotencyProperties properties) {
		return Tasks.recurring(IdempotencyKeys.PURGE_TASK, FixedDelay.of(properties.purgeEvery()))
			.execute((instance, context) -> keys.purgeExpired());
	}

	/** Every write of the API documents the optional {@code Idempotency-Key} header. */
	@Bean
	OpenApiCustomizer idempotencyKeyHeader() {
		return (openApi) -> openApi.getPaths().forEach((path, item) -> {
			if (path.startsWith("/api/") && !path.equals("/api/v1/sessions")) {
				for (Operation operation : new Operation[] { item.getPost(), item.getPut(), item.getPatch(),
						item.getDelete() }) {
					if (operation != null && (operation.getParameters() == null || operation.getParameters()
						.stream()
						.noneMatch((parameter) -> IdempotencyFilter.HEADER.equals(parameter.getName())))) {
						operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
							.required(false)
							.description("Makes a retry safe: the same key with the same request replays the "
									+ "first answer (with Idempotent-Replayed: true) instead of running it again; "
									+ "with another request 409 IDEMPOTENCY_KEY_REUSED. 1 to 255 visible ASCII "
									+ "characters, e.g. a UUID; kept 24 h. See docs/guide/idempotency.md.")
							.schema(new StringSchema().minLength(1).maxLength(255)));
					}
				}
			}
		});
	}

}
