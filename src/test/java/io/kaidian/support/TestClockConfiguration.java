package io.kaidian.support;

import java.time.Instant;
import java.time.ZoneOffset;

import org.threeten.extra.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The service's one clock, replaced by a clock tests move instead of sleeping. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	/** Where every test starts: a Wednesday, a working day. */
	public static final Instant START = Instant.parse("2026-11-25T02:00:00Z");

	@Bean
	@Primary
	MutableClock clock() {
		return MutableClock.of(START, ZoneOffset.UTC);
	}

}
