package io.kaidian.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for tests. The limits per client address (ADR 0016) keep their
 * production values in tests, and hundreds of tests in one JVM all connect from loopback
 * while the test clock restarts at the same instant: counted against one address they
 * would run out. So the test profile trusts loopback as a proxy
 * ({@code kaidian.web.trusted-proxies} in {@code application-test.yml}) and every
 * {@link Api} and {@link Pages} sends {@code X-Forwarded-For} with an address of its own,
 * as if each test were another client behind a proxy. Addresses come from 198.18.0.0/15,
 * the range set aside for tests of network devices.
 */
public final class TestClients {

	public static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final AtomicInteger next = new AtomicInteger();

	private TestClients() {
	}

	/** An address no other test uses. */
	public static String fresh() {
		int n = next.incrementAndGet();
		return "198." + (18 + ((n >> 16) & 1)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

}
