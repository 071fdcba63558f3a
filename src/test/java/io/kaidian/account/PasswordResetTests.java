package io.kaidian.account;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/password-resets} over real HTTP (API.md): the code of a
 * {@code RESET_PASSWORD} send, read from the SMTP server, sets a new password under the
 * password policy and the code rules of R-REG-8; every token and page session of the
 * account ends; an unknown email gets the same answers (ADR 0021).
 */
class PasswordResetTests extends IntegrationTest {

	private static final String NEW_PASSWORD = "Lantern-harbour-2291";

	@Autowired
	private Outbox outbox;

	private SellerFixtures sellers;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void aSellerResetsItsPasswordAndEveryOldSessionEnds() {
		SellerFixtures.Registered seller = registered();
		String token = this.sellers.signIn(seller);
		String otherToken = this.sellers.signIn(seller);
		Pages browser = signedInPages(seller.email(), seller.password(), "/seller");
		assertThat(browser.get("/seller").status()).isEqualTo(200);

		assertThat(askResetCode(seller.email()).status()).isEqualTo(202);
		Api.Reply reset = reset(seller.email(), this.sellers.latestEmailCode(seller.email()), NEW_PASSWORD);

		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		assertThat(reset.text()).isEmpty();
		assertThat(this.api.get("/api/v1/me").token(token).send().status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/me").token(otherToken).send().status()).isEqualTo(401);
		Pages.Page afterReset = browser.get("/seller");
		assertThat(afterReset.status()).isEqualTo(302);
		assertThat(afterReset.location()).endsWith("/sign-in");
		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(401);
		String fresh = this.sellers
			.signIn(new SellerFixtures.Registered(seller.email(), NEW_PASSWORD, seller.phone(), seller.memberId()));
		assertThat(this.api.get("/api/v1/me").token(fresh).send().status()).isEqualTo(200);
		assertThat(signedInPages(seller.email(), NEW_PASSWORD, "/seller").get("/seller").status()).isEqualTo(200);
	}

	@Test
	void staffResetTheirPasswordTheSameWay() {
		StaffFixtures staff = new StaffFixtures(this.api);
		StaffFixtures.Credentials reviewer = staff.create("REVIEWER");
		String token = staff.signIn(reviewer.email(), reviewer.password());
		Pages browser = signedInPages(reviewer.email(), reviewer.password(), "/staff");

		assertThat(askResetCode(reviewer.email()).status()).isEqualTo(202);
		assertThat(reset(reviewer.email(), this.sellers.latestEmailCode(reviewer.email()), NEW_PASSWORD).status())
			.isEqualTo(204);

		assertThat(this.api.get("/api/v1/review/reasons").token(token).send().status()).isEqualTo(401);
		assertThat(browser.get("/staff").location()).endsWith("/staff/sign-in");
		assertThat(signIn(reviewer.email(), reviewer.password()).status()).isEqualTo(401);
		assertThat(signIn(reviewer.email(), NEW_PASSWORD).status()).isEqualTo(201);
	}

	@Test
	void aWrongCodeAndAWeakPasswordAreRefusedTogetherAndChangeNothing() {
		SellerFixtures.Registered seller = registered();
		String token = this.sellers.signIn(seller);
		askResetCode(seller.email());
		String code = this.sellers.latestEmailCode(seller.email());
		String wrong = code.equals("000000") ? "111111" : "000000";

		Api.Reply both = reset(seller.email(), wrong, "short");
		SellerRegistrationTests.assertRefused(both, "code:CODE_INVALID", "newPassword:PASSWORD_TOO_SHORT");
		Api.Reply weak = reset(seller.email(), code, "iloveyou12345");
		SellerRegistrationTests.assertRefused(weak, "newPassword:WEAK_PASSWORD");
		Api.Reply missing = this.api.post("/api/v1/password-resets", Map.of()).send();
		SellerRegistrationTests.assertRefused(missing, "email:REQUIRED", "code:REQUIRED", "newPassword:REQUIRED");

		assertThat(this.api.get("/api/v1/me").token(token).send().status()).isEqualTo(200);
		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(201);
		// the right code still works after a refusal that was not about it
		assertThat(reset(seller.email(), code, NEW_PASSWORD).status()).isEqualTo(204);
		// and only once
		SellerRegistrationTests.assertRefused(reset(seller.email(), code, NEW_PASSWORD), "code:CODE_USED");
	}

	@Test
	void theCodeRulesOfRegistrationApply() {
		SellerFixtures.Registered seller = registered();
		askResetCode(seller.email());
		String code = this.sellers.latestEmailCode(seller.email());

		assertThat(askResetCode(seller.email()).status()).as("one code a minute").isEqualTo(429);
		this.clock.add(Duration.ofMinutes(10));

		SellerRegistrationTests.assertRefused(reset(seller.email(), code, NEW_PASSWORD), "code:CODE_EXPIRED");
		assertThat(signIn(seller.email(), seller.password()).status()).isEqualTo(201);
	}

	@Test
	void anUnknownEmailGetsTheSameAnswersAndNoCode() throws Exception {
		SellerFixtures.Registered seller = registered();
		String unknown = SellerFixtures.uniqueEmail();

		Api.Reply known = askResetCode(seller.email());
		Api.Reply nobody = askResetCode(unknown);

		assertThat(nobody.status()).isEqualTo(known.status()).isEqualTo(202);
		assertThat(nobody.text()).isEqualTo(known.text());
		MimeMessage notice = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
		assertThat(notice.getAllRecipients()[0].toString()).isEqualTo(unknown);
		assertThat(notice.getSubject()).isEqualTo("Kaidian password reset");
		assertThat(String.valueOf(notice.getContent())).contains("/register").doesNotContainPattern("\\b\\d{6}\\b");

		String wrong = this.sellers.latestEmailCode(seller.email()).equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 6; i++) {
			Api.Reply forKnown = reset(seller.email(), wrong, NEW_PASSWORD);
			Api.Reply forUnknown = reset(unknown, wrong, NEW_PASSWORD);
			assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(422);
			assertThat(forUnknown.text()).isEqualTo(forKnown.text());
		}
		SellerRegistrationTests.assertRefused(reset(unknown, wrong, NEW_PASSWORD), "code:CODE_TOO_MANY_ATTEMPTS");
	}

	@Test
	void resetCodesGoByEmailOnly() {
		Api.Reply reply = this.api
			.post("/api/v1/verification-codes",
					Map.of("channel", "SMS", "target", SellerFixtures.uniqueMobile(), "purpose", "RESET_PASSWORD"))
			.send();

		SellerRegistrationTests.assertRefused(reply, "channel:CHANNEL_NOT_SUPPORTED");
	}

	/**
	 * A new seller, a minute after its registration code (one code a minute to an email,
	 * whatever its purpose).
	 */
	private SellerFixtures.Registered registered() {
		SellerFixtures.Registered seller = this.sellers.register();
		this.clock.add(Duration.ofSeconds(61));
		return seller;
	}

	private Api.Reply askResetCode(String email) {
		return this.api
			.post("/api/v1/verification-codes",
					Map.of("channel", "EMAIL", "target", email, "purpose", "RESET_PASSWORD"))
			.send();
	}

	private Api.Reply reset(String email, String code, String newPassword) {
		return this.api
			.post("/api/v1/password-resets", Map.of("email", email, "code", code, "newPassword", newPassword))
			.send();
	}

	private Api.Reply signIn(String email, String password) {
		return this.api.post("/api/v1/sessions", Map.of("email", email, "password", password)).send();
	}

	private Pages signedInPages(String email, String password, String home) {
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in");
		Pages.Page signedIn = pages.post("/sign-in", Map.of("email", email, "password", password));
		assertThat(signedIn.location()).as(signedIn.toString()).endsWith(home);
		return pages;
	}

}
