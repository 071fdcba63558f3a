package io.kaidian.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.limits.Limit;
import io.kaidian.platform.limits.RateLimits;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Violation;

/**
 * What one client address may do across every target, email and account (ADR 0016), on
 * top of the limits per target (R-REG-8) and per email: code sends per hour (SMS
 * pumping), registrations per day, failed sign-ins per hour (password spraying). Only
 * what went ahead counts: a send or registration refused for another reason is given
 * back.
 */
@Component
public class ClientLimits {

	static final String CODE_SENDS = "CODE_SENDS_RATE_LIMITED";

	static final String REGISTRATIONS = "REGISTRATION_RATE_LIMITED";

	static final String SIGN_IN_FAILURES = "SIGN_IN_RATE_LIMITED";

	private final RateLimits limits;

	private final Limit codeSends;

	private final Limit registrations;

	private final Limit signInFailures;

	ClientLimits(RateLimits limits, AccountProperties properties) {
		this.limits = limits;
		AccountProperties.ClientLimits settings = properties.clientLimits();
		this.codeSends = new Limit("code-sends-per-client", settings.codeSendsPerHour(), Duration.ofHours(1));
		this.registrations = new Limit("registrations-per-client", settings.registrationsPerDay(), Duration.ofDays(1));
		this.signInFailures = new Limit("sign-in-failures-per-client", settings.signInFailuresPerHour(),
				Duration.ofHours(1));
	}

	/**
	 * Sends a code if the client has sends left.
	 * @throws RateLimitedException {@code CODE_SENDS_RATE_LIMITED} when it has not
	 */
	public <T> T codeSend(String client, Supplier<T> send) {
		return counted(this.codeSends, CODE_SENDS, "target", client, send);
	}

	/**
	 * Registers if the client has registrations left.
	 * @throws RateLimitedException {@code REGISTRATION_RATE_LIMITED} when it has not
	 */
	public <T> T registration(String client, Supplier<T> register) {
		return counted(this.registrations, REGISTRATIONS, null, client, register);
	}

	/**
	 * Refuses a sign-in from a client that has failed too often, before any password is
	 * checked.
	 */
	void checkSignIn(String client) {
		Optional<Duration> wait = this.limits.exhausted(this.signInFailures, client);
		if (wait.isPresent()) {
			throw new RateLimitedException(SIGN_IN_FAILURES, wait.get(), List.of());
		}
	}

	void signInFailed(String client) {
		this.limits.tryTake(this.signInFailures, client);
	}

	private <T> T counted(Limit limit, String code, @Nullable String field, String client, Supplier<T> action) {
		Optional<Duration> wait = this.limits.tryTake(limit, client);
		if (wait.isPresent()) {
			throw new RateLimitedException(code, wait.get(),
					(field != null) ? List.of(Violation.of(field, code)) : List.of());
		}
		try {
			return action.get();
		}
		catch (RuntimeException ex) {
			this.limits.giveBack(limit, client);
			throw ex;
		}
	}

}
