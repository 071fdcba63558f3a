package io.kaidian.account;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in is protected against guessing passwords (the registration issue's brute-force
 * rule).
 */
class SellerSignInTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	private SellerFixtures sellers;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void tenWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
		SellerFixtures.Registered seller = this.sellers.register();
		for (int i = 0; i < 10; i++) {
			this.clock.add(Duration.ofMinutes(30));
			assertThat(signIn(seller.email(), "Wrong-password-" + i).status()).isEqualTo(401);
		}

		Api.Reply locked = signIn(seller.email(), seller.password());
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.json().get("code").asString()).isEqualTo("SIGN_IN_LOCKED");
		assertThat(locked.header("Retry-After")).isEqualTo("900");

		this.clock.add(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(429);
		this.clock.add(Duration.ofSeconds(1));
		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void failuresOlderThanTwelveHoursDoNotCount() {
		SellerFixtures.Registered seller = this.sellers.register();
		for (int i = 0; i < 9; i++) {
			signIn(seller.email(), "Wrong-password-" + i);
		}
		this.clock.add(Duration.ofHours(12));
		signIn(seller.email(), "Wrong-again-1");

		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void anUnknownEmailAndAWrongPasswordAnswerAlikeAndLockAlike() {
		SellerFixtures.Registered seller = this.sellers.register();
		String unknown = SellerFixtures.uniqueEmail();

		Api.Reply wrong = signIn(seller.email(), "Wrong-password-1");
		Api.Reply nobody = signIn(unknown, "Wrong-password-1");
		assertThat(nobody.status()).isEqualTo(wrong.status());
		assertThat(nobody.text()).isEqualTo(wrong.text());

		for (int i = 0; i < 10; i++) {
			signIn(unknown, "Wrong-password-" + i);
			signIn(seller.email(), "Wrong-password-" + i);
		}
		Api.Reply lockedUnknown = signIn(unknown, "x");
		Api.Reply lockedKnown = signIn(seller.email(), "x");
		assertThat(lockedUnknown.status()).isEqualTo(lockedKnown.status()).isEqualTo(429);
		assertThat(lockedUnknown.json().get("code")).isEqualTo(lockedKnown.json().get("code"));
	}

	@Test
	void theLockCountsPerNormalisedEmail() {
		SellerFixtures.Registered seller = this.sellers.register();
		for (int i = 0; i < 10; i++) {
			signIn(i % 2 == 0 ? seller.email().toUpperCase() : " " + seller.email(), "Wrong-password-" + i);
		}

		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(429);
	}

	private Api.Reply signIn(String email, String password) {
		return this.api.post("/api/v1/sessions", Map.of("email", email, "password", password)).send();
	}

}
