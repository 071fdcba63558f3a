package io.kaidian.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Every event of ours published in the shared test context, so a test can count side
 * effects (e.g. exactly one {@code CaseDecided} of two racing decisions).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedEventLog {

	@Bean
	Log publishedEvents() {
		return new Log();
	}

	public static class Log {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(Object event) {
			if (event.getClass().getName().startsWith("io.kaidian.")) {
				this.events.add(event);
			}
		}

		public <T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

}
