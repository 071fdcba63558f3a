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
 * retried; and one that fails at every attempt until the test fixes it, to prove a
 * listener that keeps failing is given up on and shown to operators.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlakyListenerConfiguration {

	@Bean
	FlakyListener flakyListener() {
		return new FlakyListener();
	}

	public record FlakyEvent(String id) {
	}

	/** An event whose listener fails until {@link FlakyListener#fix} is called. */
	public record BrokenEvent(String id) {
	}

	public static class FlakyListener {

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Set<String> completed = ConcurrentHashMap.newKeySet();

		private final Set<String> fixed = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener
		public void on(FlakyEvent event) {
			int attempt = this.attempts.computeIfAbsent(event.id(), (id) -> new AtomicInteger()).incrementAndGet();
			if (attempt == 1) {
				throw new IllegalStateException("first attempt fails on purpose");
			}
			this.completed.add(event.id());
		}

		@ApplicationModuleListener
		public void on(BrokenEvent event) {
			this.attempts.computeIfAbsent(event.id(), (id) -> new AtomicInteger()).incrementAndGet();
			if (!this.fixed.contains(event.id())) {
				throw new IllegalStateException("broken on purpose: " + event.id());
			}
			this.completed.add(event.id());
		}

		/** From now on the listener of this {@link BrokenEvent} completes. */
		public void fix(String id) {
			this.fixed.add(id);
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
