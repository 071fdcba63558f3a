package io.kaidian.platform.events;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

/**
 * Keeps the error of each failed listener invocation next to its event publication
 * ({@code event_publication_failure}), since Modulith's registry keeps only that it
 * failed, and counts it ({@code kaidian.events.listener.failures}). Runs inside
 * Modulith's completion interceptor and outside the listener's transaction, so it sees
 * errors raised at commit too; it never changes what the listener threw.
 */
class ListenerFailures implements MethodInterceptor, Ordered {

	/** Just inside Modulith's {@code CompletionRegisteringMethodInterceptor}. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

	private final Map<Method, String> listenerIds = new ConcurrentHashMap<>();

	private final ObjectProvider<EventPublicationRepository> publications;

	private final ObjectProvider<JdbcClient> jdbc;

	private final ObjectProvider<MeterRegistry> meters;

	private final ObjectProvider<EventRetryProperties> properties;

	private final ObjectProvider<Clock> clock;

	ListenerFailures(ObjectProvider<EventPublicationRepository> publications, ObjectProvider<JdbcClient> jdbc,
			ObjectProvider<MeterRegistry> meters, ObjectProvider<EventRetryProperties> properties,
			ObjectProvider<Clock> clock) {
		this.publications = publications;
		this.jdbc = jdbc;
		this.meters = meters;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		try {
			return invocation.proceed();
		}
		catch (Throwable failure) {
			record(invocation.getMethod(), invocation.getArguments()[0], failure);
			throw failure;
		}
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private void record(Method method, Object event, Throwable failure) {
		String listener = this.listenerIds.computeIfAbsent(method,
				(m) -> new TransactionalApplicationListenerMethodAdapter("-", m.getDeclaringClass(), m)
					.getListenerId());
		Counter.builder("kaidian.events.listener.failures")
			.description("Failed invocations of event listeners")
			.tag("listener", EventPublications.shortName(listener))
			.register(this.meters.getObject())
			.increment();
		try {
			this.publications.getObject()
				.findIncompletePublicationsByEventAndTargetIdentifier(event, PublicationTargetIdentifier.of(listener))
				.map(TargetEventPublication::getIdentifier)
				.ifPresent((id) -> store(id, listener, failure));
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the failure of listener {}", listener, ex);
		}
	}

	private void store(UUID publication, String listener, Throwable failure) {
		this.jdbc.getObject()
			.sql("INSERT INTO event_publication_failure (publication_id, listener_id, error, failed_at, failures) "
					+ "VALUES (:id, :listener, :error, :now, 1) ON CONFLICT (publication_id) DO UPDATE SET "
					+ "error = EXCLUDED.error, failed_at = EXCLUDED.failed_at, "
					+ "failures = event_publication_failure.failures + 1")
			.param("id", publication)
			.param("listener", listener)
			.param("error", describe(failure, this.properties.getObject().errorMaxLength()))
			.param("now", this.clock.getObject().instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The error and its causes, one after the other, cut to {@code maxLength}. */
	static String describe(Throwable failure, int maxLength) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = failure; t != null && text.length() < maxLength; t = t.getCause()) {
			if (!text.isEmpty()) {
				text.append(" | caused by ");
			}
			text.append(t.getClass().getSimpleName());
			if (t.getMessage() != null) {
				text.append(": ").append(t.getMessage());
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
	}

}
