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
import io.kaidian.support.SignInCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in is protected against guessing passwords, and nobody can lock another person out
 * (docs/adr/0016-abuse-limits-and-sign-in-step-up.md): failures count per (email,
 * client); a locked email signs in with its password and a code sent to it; a client
 * failing too often is refused for a while.
 */
class SellerSignInTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	private SellerFixtures sellers;

	private SignInCodes codes;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
		this.codes = new SignInCodes(mail);
	}

	@Test
	void tenWrongPasswordsFromOneClientAskThatClientForACodeAndLeaveTheOwnerElsewhereAlone() {
		SellerFixtures.Registered seller = this.sellers.register();
		Api attacker = this.api.otherClient();
		for (int i = 0; i < 10; i++) {
			Api.Reply wrong = signIn(attacker, seller.email(), "Wrong-password-" + i);
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.json().get("code").asString()).isEqualTo("CREDENTIALS_INVALID");
		}

		// from the attacker's client, a right and a wrong password answer alike: guessing
		// is over
		Api.Reply right = signIn(attacker, seller.email(), seller.password());
		Api.Reply wrong = signIn(attacker, seller.email(), "Wrong-password-x");
		assertThat(right.status()).isEqualTo(401);
		assertThat(right.json().get("code").asString()).isEqualTo("STEP_UP_REQUIRED");
		assertThat(wrong.text()).isEqualTo(right.text());

		// the owner, on another network, signs in with the password alone
		assertThat(signIn(this.api.otherClient(), seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void R_REG_8_aLockedEmailSignsInWithItsPasswordAndTheCodeEmailedToIt() {
		SellerFixtures.Registered seller = this.sellers.register();
		// a minute after registering: the email's registration code holds back another
		// for 60 s (R-REG-8)
		this.clock.add(Duration.ofMinutes(1));
		// the owner shares the attacker's network (one office, one address)
		Api office = this.api.otherClient();
		for (int i = 0; i < 10; i++) {
			signIn(office, seller.email(), "Wrong-password-" + i);
		}
		int mailsBefore = this.codes.count(seller.email());
		assertThat(signIn(office, seller.email(), seller.password()).json().get("code").asString())
			.isEqualTo("STEP_UP_REQUIRED");
		String code = this.codes.awaitCode(seller.email(), mailsBefore);

		Api.Reply wrongCode = signIn(office, seller.email(), seller.password(), otherThan(code));
		assertThat(wrongCode.status()).isEqualTo(401);
		assertThat(wrongCode.json().get("code").asString()).isEqualTo("STEP_UP_REQUIRED");
		assertThat(wrongCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
		assertThat(wrongCode.json().get("errors").get(0).get("code").asString()).isEqualTo("STEP_UP_FAILED");
		// the right code with a wrong password answers the same, and leaves the code
		// alive
		Api.Reply wrongPassword = signIn(office, seller.email(), "Wrong-password-y", code);
		assertThat(wrongPassword.text()).isEqualTo(wrongCode.text());

		Api.Reply signedIn = signIn(office, seller.email(), seller.password(), code);
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(201);
		assertThat(this.api.get("/api/v1/me").token(signedIn.json().get("token").asString()).send().status())
			.isEqualTo(200);
		// the owner proved it: this client's failures are forgotten
		assertThat(signIn(office, seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void anAttackersFiftyFailuresDoNotKeepTheOwnerOut() {
		SellerFixtures.Registered seller = this.sellers.register();
		this.clock.add(Duration.ofMinutes(1));
		Api attacker = this.api.otherClient();
		for (int i = 0; i < 50; i++) {
			assertThat(signIn(attacker, seller.email(), "Wrong-password-" + i).status()).isEqualTo(401);
		}
		// the attacker's client is cut off, even with the right password
		Api.Reply cutOff = signIn(attacker, seller.email(), seller.password());
		assertThat(cutOff.status()).isEqualTo(429);
		assertThat(cutOff.json().get("code").asString()).isEqualTo("SIGN_IN_RATE_LIMITED");
		assertThat(Long.parseLong(cutOff.header("Retry-After"))).isBetween(1L, 3600L);

		// 50 failures lock the email from every client: the owner gets in with the
		// emailed code
		Api owner = this.api.otherClient();
		int mailsBefore = this.codes.count(seller.email());
		Api.Reply stepUp = signIn(owner, seller.email(), seller.password());
		assertThat(stepUp.status()).isEqualTo(401);
		assertThat(stepUp.json().get("code").asString()).isEqualTo("STEP_UP_REQUIRED");
		String code = this.codes.awaitCode(seller.email(), mailsBefore);
		assertThat(signIn(owner, seller.email(), seller.password(), code).status()).isEqualTo(201);
		// R-REG-8: a code is used once; the email stays locked for the others
		assertThat(signIn(this.api.otherClient(), seller.email(), seller.password(), code).json()
			.get("errors")
			.get(0)
			.get("code")
			.asString()).isEqualTo("STEP_UP_FAILED");

		// once the lock has passed, the password alone is enough again
		this.clock.add(Duration.ofMinutes(15));
		assertThat(signIn(this.api.otherClient(), seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void twentyFailuresSpreadOverManyClientsLockTheEmailFromEveryClient() {
		SellerFixtures.Registered seller = this.sellers.register();
		for (int client = 0; client < 4; client++) {
			Api attacker = this.api.otherClient();
			for (int i = 0; i < 5; i++) {
				signIn(attacker, seller.email(), "Wrong-password-" + client + i);
			}
		}

		assertThat(signIn(this.api.otherClient(), seller.email(), seller.password()).json().get("code").asString())
			.isEqualTo("STEP_UP_REQUIRED");
	}

	@Test
	void failuresOlderThanTwelveHoursDoNotCount() {
		SellerFixtures.Registered seller = this.sellers.register();
		for (int i = 0; i < 9; i++) {
			signIn(this.api, seller.email(), "Wrong-password-" + i);
		}
		this.clock.add(Duration.ofHours(12));
		signIn(this.api, seller.email(), "Wrong-again-1");

		assertThat(signIn(this.api, seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void anUnknownEmailAndAWrongPasswordAnswerAlikeAndLockAlike() {
		SellerFixtures.Registered seller = this.sellers.register();
		String unknown = SellerFixtures.uniqueEmail();

		Api.Reply wrong = signIn(this.api, seller.email(), "Wrong-password-1");
		Api.Reply nobody = signIn(this.api, unknown, "Wrong-password-1");
		assertThat(nobody.status()).isEqualTo(wrong.status());
		assertThat(nobody.text()).isEqualTo(wrong.text());

		for (int i = 0; i < 10; i++) {
			signIn(this.api, unknown, "Wrong-password-" + i);
			signIn(this.api, seller.email(), "Wrong-password-" + i);
		}
		Api.Reply lockedUnknown = signIn(this.api, unknown, "x");
		Api.Reply lockedKnown = signIn(this.api, seller.email(), seller.password());
		assertThat(lockedUnknown.status()).isEqualTo(lockedKnown.status()).isEqualTo(401);
		assertThat(lockedUnknown.text()).isEqualTo(lockedKnown.text());
	}

	@Test
	void theLockCountsPerNormalisedEmail() {
		SellerFixtures.Registered seller = this.sellers.register();
		for (int i = 0; i < 10; i++) {
			signIn(this.api, i % 2 == 0 ? seller.email().toUpperCase() : " " + seller.email(), "Wrong-password-" + i);
		}

		assertThat(signIn(this.api, seller.email(), seller.password()).json().get("code").asString())
			.isEqualTo("STEP_UP_REQUIRED");
	}

	@Test
	void aSignInCodeIsSentOnlyBySigningIn() {
		Api.Reply asked = this.api
			.post("/api/v1/verification-codes",
					Map.of("channel", "EMAIL", "target", SellerFixtures.uniqueEmail(), "purpose", "SIGN_IN"))
			.send();

		assertThat(asked.status()).isEqualTo(422);
		assertThat(asked.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
	}

	private static Api.Reply signIn(Api client, String email, String password) {
		return client.post("/api/v1/sessions", Map.of("email", email, "password", password)).send();
	}

	private static Api.Reply signIn(Api client, String email, String password, String code) {
		return client.post("/api/v1/sessions", Map.of("email", email, "password", password, "code", code)).send();
	}

	private static String otherThan(String code) {
		return code.equals("000000") ? "000001" : "000000";
	}

}
