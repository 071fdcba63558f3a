package io.kaidian.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service. Every deadline, expiry and monthly run reads time from
 * this bean (PRODUCT.md §5), so tests replace it with a clock they can move.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
