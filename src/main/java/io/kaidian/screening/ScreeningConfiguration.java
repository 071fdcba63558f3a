package io.kaidian.screening;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The service's one {@link Screening}, reading the dictionaries from the database. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean
	Screening screening(ScreeningTerms terms, ScreeningProperties properties, Clock clock) {
		return new Screening(terms, properties.refreshInterval(), properties.segmentation(), clock);
	}

	/** Loads the dictionaries at start-up rather than on the first check. */
	@EventListener(ApplicationReadyEvent.class)
	void loadDictionaries(ApplicationReadyEvent ready) {
		ready.getApplicationContext().getBean(Screening.class).reload();
	}

}
