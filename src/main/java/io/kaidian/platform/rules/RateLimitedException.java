package io.kaidian.platform.rules;

import java.time.Duration;
import java.util.List;

/**
 * Too many requests of this kind for now; {@link #retryAfter()} says when to try again.
 */
public class RateLimitedException extends Refusal {

	private final Duration retryAfter;

	public RateLimitedException(String code, Duration retryAfter, List<Violation> violations) {
		super(code, violations);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
