package io.kaidian.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener that fails on its first attempt at each event, to prove failed events are
 * retried.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlakyListenerConfiguration {

	@Bean
	FlakyListener flakyListener() {
		return new FlakyListener();
	}

	public record FlakyEvent(String id) {
	}

	public static class FlakyListener {

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Set<String> completed = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener
		public void on(FlakyEvent event) {
			int attempt = this.attempts.computeIfAbsent(event.id(), (id) -> new AtomicInteger()).incrementAndGet();
			if (attempt == 1) {
				throw new IllegalStateException("first attempt fails on purpose");
			}
			this.completed.add(event.id());
		}

		public int attempts(String id) {
			AtomicInteger count = this.attempts.get(id);
			return count != null ? count.get() : 0;
		}

		public boolean completed(String id) {
			return this.completed.contains(id);
		}

	}

}
