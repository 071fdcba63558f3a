package io.kaidian.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues member IDs (R-REG-4): {@code cn} followed by 13 random digits and a Luhn check
 * digit, e.g. {@code cn15238576042217}. Random, so neither sequential nor guessable
 * (10^13 values); readable, with a check digit that catches a mistyped digit; recorded in
 * {@code member_id_registry}, whose rows are never updated or deleted (a trigger
 * refuses), so an ID is never reused even after its account is reclaimed.
 */
@Component
class MemberIds {

	static final String PREFIX = "cn";

	private static final int RANDOM_DIGITS = 13;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	MemberIds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new member ID, reserved for good in the registry. */
	String issue() {
		for (int attempt = 0; attempt < 10; attempt++) {
			String candidate = candidate();
			int inserted = this.jdbc
				.sql("INSERT INTO member_id_registry (member_id, issued_at) VALUES (:id, :now) "
						+ "ON CONFLICT (member_id) DO NOTHING")
				.param("id", candidate)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			if (inserted == 1) {
				return candidate;
			}
		}
		throw new DuplicateKeyException("No free member ID after 10 attempts");
	}

	String candidate() {
		StringBuilder digits = new StringBuilder(RANDOM_DIGITS + 1);
		digits.append(1 + this.random.nextInt(9));
		for (int i = 1; i < RANDOM_DIGITS; i++) {
			digits.append(this.random.nextInt(10));
		}
		digits.append(luhnCheckDigit(digits));
		return PREFIX + digits;
	}

	/** Whether a string has the shape and check digit of a member ID. */
	static boolean wellFormed(String memberId) {
		if (!memberId.startsWith(PREFIX) || memberId.length() != PREFIX.length() + RANDOM_DIGITS + 1) {
			return false;
		}
		String digits = memberId.substring(PREFIX.length());
		if (!digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		return luhnCheckDigit(digits.substring(0, RANDOM_DIGITS)) == digits.charAt(RANDOM_DIGITS) - '0';
	}

	static int luhnCheckDigit(CharSequence digits) {
		int sum = 0;
		boolean twice = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return (10 - sum % 10) % 10;
	}

}
