package io.kaidian.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.notification.Channel;
import io.kaidian.notification.EmailMessage;
import io.kaidian.notification.Notifications;
import io.kaidian.notification.SmsMessage;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * One-time codes that prove a seller receives mail at an email address or texts at a
 * phone (R-REG-1, R-REG-2, R-REG-8): six digits, kept only as a keyed hash, valid 10
 * minutes, single use, dead after 5 wrong tries and when a newer code is sent; a new code
 * only after 60 s and at most 10 a day per target. The code is sent before the request
 * answers and never stored in plain text anywhere, not even in an event.
 * <p>
 * Nobody learns from a send or a wrong code whether an email has an account (ADR 0021): a
 * registration code asked for a registered email, or a password-reset code for an unknown
 * one, is made and kept like any other but never sent; the address gets a notice instead
 * ("you already have an account", "there is no account").
 */
@Service
public class VerificationCodes {

	private static final int MAX_TARGET_LENGTH = 320;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final SendLimits limits;

	private final Notifications notifications;

	private final MessageSource messages;

	private final LoginEmails logins;

	private final AccountProperties.Verification settings;

	private final CodeHashKey key;

	private final Clock clock;

	private final TransactionTemplate separateTransaction;

	VerificationCodes(JdbcClient jdbc, SendLimits limits, Notifications notifications, MessageSource messages,
			LoginEmails logins, AccountProperties properties, CodeHashKey key, Clock clock,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.notifications = notifications;
		this.messages = messages;
		this.logins = logins;
		this.settings = properties.verification();
		this.key = key;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactions.getTransactionManager());
		this.separateTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
	}

	/**
	 * Sends a new code to the target, replacing any earlier one.
	 * @param locale the language of the message
	 * @return how long the code lives and when the next may be sent
	 */
	@Transactional
	public Sent send(Channel channel, String rawTarget, VerificationPurpose purpose, Locale locale) {
		String target = normalise(channel, rawTarget).orElseThrow(() -> RuleViolationException.of("target",
				channel == Channel.EMAIL ? "EMAIL_INVALID" : "PHONE_INVALID"));
		if (purpose == VerificationPurpose.RESET_PASSWORD && channel != Channel.EMAIL) {
			// a password is reset with the account's email (API.md, POST
			// /api/v1/password-resets)
			throw RuleViolationException.of("channel", "CHANNEL_NOT_SUPPORTED");
		}
		boolean registered = channel == Channel.EMAIL && this.logins.taken(new EmailAddress(target));
		String limitKey = "verification:" + channel + ":" + target;
		Duration wait = this.limits.tryTake(limitKey);
		if (!wait.isZero()) {
			throw new RateLimitedException("CODE_RATE_LIMITED", wait,
					List.of(Violation.of("target", "CODE_RATE_LIMITED")));
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("UPDATE verification_code SET superseded_at = :now WHERE channel = :channel AND target = :target "
					+ "AND purpose = :purpose AND consumed_at IS NULL AND superseded_at IS NULL")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("channel", channel.name())
			.param("target", target)
			.param("purpose", purpose.name())
			.update();
		String code = "%06d".formatted(this.random.nextInt(1_000_000));
		this.jdbc
			.sql("INSERT INTO verification_code (id, channel, target, purpose, code_hash, created_at, expires_at) "
					+ "VALUES (:id, :channel, :target, :purpose, :hash, :now, :expiresAt)")
			.param("id", UUID.randomUUID())
			.param("channel", channel.name())
			.param("target", target)
			.param("purpose", purpose.name())
			.param("hash", hash(channel, target, purpose, code))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expiresAt", now.plus(this.settings.lifetime()).atOffset(ZoneOffset.UTC))
			.update();
		try {
			switch (Delivery.of(purpose, channel, registered)) {
				case CODE -> deliver(channel, target, purpose, code, locale);
				case ACCOUNT_EXISTS -> notice(target, "account-exists", locale);
				case NO_ACCOUNT -> notice(target, "no-account", locale);
			}
		}
		catch (RuntimeException ex) {
			// nothing was sent: the transaction rolls back and the send does not count
			this.limits.giveBack(limitKey);
			throw ex;
		}
		return new Sent(this.settings.lifetime(), this.settings.resendAfter());
	}

	/**
	 * Checks a code and, when it is right, marks it used in the caller's transaction (so
	 * it stays usable if the caller's transaction rolls back). A wrong code counts
	 * against the code's five tries in a transaction of its own, which stands even when
	 * the caller's rolls back.
	 * @return the violation of the field, empty when the code is right
	 */
	Optional<Violation> consume(Channel channel, String target, VerificationPurpose purpose, String field,
			String code) {
		return verify(channel, target, purpose, field, code, true);
	}

	/**
	 * Checks a code without using it, so that a wizard can refuse a wrong code at the
	 * step that asks for it and the final submit still uses it. A wrong code counts
	 * against the code's five tries all the same, so checking is no way round them.
	 * @param rawTarget the email or phone as typed
	 * @param field the field of the code, named in the violation
	 * @return the violation of the field, empty when the code is right and unused
	 * @throws RuleViolationException when the target is no email or mobile number
	 */
	@Transactional
	public Optional<Violation> check(Channel channel, String rawTarget, VerificationPurpose purpose, String field,
			@Nullable String code) {
		String target = normalise(channel, rawTarget).orElseThrow(() -> RuleViolationException.of("target",
				channel == Channel.EMAIL ? "EMAIL_INVALID" : "PHONE_INVALID"));
		return verify(channel, target, purpose, field, code, false);
	}

	private Optional<Violation> verify(Channel channel, String target, VerificationPurpose purpose, String field,
			@Nullable String code, boolean use) {
		Instant now = this.clock.instant();
		Optional<StoredCode> latest = this.jdbc
			.sql("SELECT id, code_hash, expires_at, failed_attempts, consumed_at, superseded_at FROM verification_code "
					+ "WHERE channel = :channel AND target = :target AND purpose = :purpose "
					+ "ORDER BY created_at DESC, id LIMIT 1 FOR UPDATE")
			.param("channel", channel.name())
			.param("target", target)
			.param("purpose", purpose.name())
			.query((rs, row) -> new StoredCode(rs.getObject("id", UUID.class), rs.getBytes("code_hash"),
					rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getInt("failed_attempts"), rs.getObject("consumed_at") != null,
					rs.getObject("superseded_at") != null))
			.optional();
		if (latest.isEmpty() || latest.get().superseded()) {
			return Optional.of(Violation.of(field, "CODE_INVALID"));
		}
		StoredCode stored = latest.get();
		boolean matches = code != null && code.matches("\\d{6}")
				&& MessageDigest.isEqual(stored.hash(), hash(channel, target, purpose, code));
		if (stored.consumed()) {
			// only whoever holds a used code learns that it was used (a registration of
			// the
			// email took place); any other code is just wrong, within the same five tries
			if (!matches) {
				countWrongTry(stored.id());
			}
			return Optional.of(Violation.of(field,
					matches && stored.failedAttempts() < this.settings.maxAttempts() ? "CODE_USED" : "CODE_INVALID"));
		}
		if (!now.isBefore(stored.expiresAt())) {
			return Optional.of(Violation.of(field, "CODE_EXPIRED"));
		}
		if (stored.failedAttempts() >= this.settings.maxAttempts()) {
			return Optional.of(Violation.of(field, "CODE_TOO_MANY_ATTEMPTS"));
		}
		if (!matches) {
			countWrongTry(stored.id());
			return Optional.of(Violation.of(field, "CODE_INVALID"));
		}
		if (use) {
			this.jdbc.sql("UPDATE verification_code SET consumed_at = :now WHERE id = :id")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("id", stored.id())
				.update();
		}
		return Optional.empty();
	}

	/**
	 * Counts a wrong try once the caller's transaction has ended: that transaction holds
	 * the code's row lock and rolls back (a wrong code refuses the request), and the
	 * count must stand.
	 */
	private void countWrongTry(UUID codeId) {
		Runnable count = () -> this.separateTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("UPDATE verification_code SET failed_attempts = failed_attempts + 1 WHERE id = :id")
			.param("id", codeId)
			.update());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

	static Optional<String> normalise(Channel channel, String raw) {
		if (raw == null || raw.length() > MAX_TARGET_LENGTH) {
			return Optional.empty();
		}
		return switch (channel) {
			case EMAIL -> EmailAddress.parse(raw).map(EmailAddress::value);
			case SMS -> PhoneNumbers.mobile(raw, false);
		};
	}

	private void deliver(Channel channel, String target, VerificationPurpose purpose, String code, Locale locale) {
		long minutes = this.settings.lifetime().toMinutes();
		String mail = switch (purpose) {
			case REGISTER -> "mail.verification-code";
			case RESET_PASSWORD -> "mail.password-reset-code";
			// a sign-in code also tells the owner that someone tried their email many
			// times
			case SIGN_IN -> "mail.sign-in-code";
		};
		switch (channel) {
			case EMAIL -> this.notifications.send(
					new EmailMessage(target, this.messages.getMessage(mail + ".subject", new Object[] { code }, locale),
							this.messages.getMessage(mail + ".body", new Object[] { code, minutes }, locale)));
			case SMS -> this.notifications.send(SmsMessage.ofTemplate(target, "verification-code",
					java.util.Map.of("code", code),
					this.messages.getMessage("sms.verification-code.body", new Object[] { code, minutes }, locale)));
		}
	}

	/** A mail in place of a code: {@code mail.<template>.subject} and {@code .body}. */
	private void notice(String email, String template, Locale locale) {
		this.notifications
			.send(new EmailMessage(email, this.messages.getMessage("mail." + template + ".subject", null, locale),
					this.messages.getMessage("mail." + template + ".body", null, locale)));
	}

	private byte[] hash(Channel channel, String target, VerificationPurpose purpose, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.bytes(), "HmacSHA256"));
			return mac.doFinal((channel + "|" + target + "|" + purpose + "|" + code).getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param expiresIn how long the code lives
	 * @param resendAfter when another code may be asked for
	 */
	public record Sent(Duration expiresIn, Duration resendAfter) {
	}

	/** What a send delivers: the code, or a notice that gives nothing away. */
	private enum Delivery {

		CODE, ACCOUNT_EXISTS, NO_ACCOUNT;

		static Delivery of(VerificationPurpose purpose, Channel channel, boolean registered) {
			if (channel != Channel.EMAIL) {
				return CODE;
			}
			return switch (purpose) {
				case REGISTER -> registered ? ACCOUNT_EXISTS : CODE;
				case RESET_PASSWORD -> registered ? CODE : NO_ACCOUNT;
				// sent by the sign-in itself, after the right password (ADR 0016)
				case SIGN_IN -> CODE;
			};
		}

	}

	private record StoredCode(UUID id, byte[] hash, Instant expiresAt, int failedAttempts, boolean consumed,
			boolean superseded) {
	}

}
