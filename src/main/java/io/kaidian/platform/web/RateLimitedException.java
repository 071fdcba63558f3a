package io.kaidian.platform.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/** {@code 429} with {@code Retry-After}: too many requests of this kind for now. */
public class RateLimitedException extends ProblemException {

	private final Duration retryAfter;

	public RateLimitedException(String code, Duration retryAfter, List<Violation> violations) {
		super(HttpStatus.TOO_MANY_REQUESTS, code, violations);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
