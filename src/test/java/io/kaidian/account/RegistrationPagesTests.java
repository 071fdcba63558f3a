package io.kaidian.account;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration wizard over real HTTP: what each step checks (each code at its own
 * step), what "Send code" answers, and where a code that expired before the final submit
 * leads.
 */
class RegistrationPagesTests extends IntegrationTest {

	private static final String[] ENGLISH = { "Accept-Language", "en" };

	private static final String[] HTMX_ENGLISH = { "Accept-Language", "en", "HX-Request", "true" };

	@Autowired
	private Outbox outbox;

	private Pages pages;

	private SellerFixtures sellers;

	@BeforeEach
	void newVisitor() {
		this.pages = new Pages(baseUrl());
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void laterStepsNeedTheEarlierOnes() {
		assertThat(this.pages.get("/register/details").location()).endsWith("/register");
		assertThat(this.pages.get("/register/phone").location()).endsWith("/register");
	}

	@Test
	void nextOnlyChecksTheFieldsAreFilledAndKeepsTheEmail() {
		String email = SellerFixtures.uniqueEmail();
		this.pages.get("/register", ENGLISH);

		Pages.Page next = this.pages.post("/register/email", Map.of("email", email, "code", ""), ENGLISH);
		assertThat(next.location()).endsWith("/register");

		Pages.Page step = this.pages.get("/register", ENGLISH);
		assertThat(step.body()).contains("id=\"emailCode-error\">This field is required.</p>")
			.contains("value=\"" + email + "\"")
			.doesNotContain("id=\"email-error\"");
	}

	@Test
	void sendCodeAnswersWithAFragmentAndSaysHowLongToWait() {
		String email = SellerFixtures.uniqueEmail();
		this.pages.get("/register", ENGLISH);

		Pages.Page sent = this.pages.post("/register/email/code", Map.of("email", email), HTMX_ENGLISH);
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).contains("id=\"code-sent\"", "We sent a 6-digit code to " + email)
			.doesNotContain("<html");

		Pages.Page again = this.pages.post("/register/email/code", Map.of("email", email), HTMX_ENGLISH);
		assertThat(again.body()).contains("id=\"code-error\"").containsPattern("Please wait \\d+ seconds");
	}

	@Test
	void sendCodeToATakenEmailSaysWhatItSaysForANewOne() {
		SellerFixtures.Registered taken = this.sellers.register();
		this.clock.add(java.time.Duration.ofSeconds(61));
		this.pages.get("/register", ENGLISH);

		// ADR 0021: the address is told by mail that it has an account; the page tells
		// nobody
		Pages.Page answer = this.pages.post("/register/email/code", Map.of("email", taken.email()), HTMX_ENGLISH);
		assertThat(answer.body()).contains("id=\"code-sent\"").doesNotContain("already exists");
	}

	@Test
	void aWrongEmailCodeIsRefusedAtItsStepAndTheRightOneStillWorks() {
		String email = SellerFixtures.uniqueEmail();
		this.pages.get("/register", ENGLISH);
		this.pages.post("/register/email/code", Map.of("email", email), HTMX_ENGLISH);
		String right = this.sellers.latestEmailCode(email);

		assertThat(this.pages.post("/register/email", Map.of("email", email, "code", wrong(right))).location())
			.endsWith("/register");
		assertThat(this.pages.get("/register/phone").location()).endsWith("/register");
		Pages.Page emailStep = this.pages.get("/register", ENGLISH);
		assertThat(emailStep.body()).contains("id=\"emailCode-error\">The code is not right.")
			.contains("value=\"" + email + "\"");

		// checked, not used: the right code moves on, and registers at the end
		assertThat(this.pages.post("/register/email", Map.of("email", email, "code", right)).location())
			.endsWith("/register/phone");
		String phone = SellerFixtures.uniqueMobile();
		passPhoneStep(phone);
		assertThat(this.pages.post("/register/details", details("Tea-garden-7431")).location()).endsWith("/seller");
	}

	@Test
	void aWrongPhoneCodeIsRefusedAtItsStep() {
		passEmailStep(SellerFixtures.uniqueEmail());
		String phone = SellerFixtures.uniqueMobile();
		this.pages.post("/register/phone/code", Map.of("phone", phone), HTMX_ENGLISH);
		String right = this.sellers.latestSmsCode(phone);

		assertThat(this.pages.post("/register/phone", Map.of("phone", phone, "code", wrong(right))).location())
			.endsWith("/register/phone");
		assertThat(this.pages.get("/register/phone", ENGLISH).body())
			.contains("id=\"phoneCode-error\">The code is not right.")
			.contains("value=\"" + phone + "\"");
	}

	@Test
	void aCodeThatExpiredBeforeTheEndLeadsBackToItsStepKeepingEverythingTyped() {
		String email = SellerFixtures.uniqueEmail();
		passEmailStep(email);
		this.clock.add(java.time.Duration.ofMinutes(6));
		passPhoneStep(SellerFixtures.uniqueMobile());
		this.pages.get("/register/details", ENGLISH);
		// the email's code expires, the phone's does not
		this.clock.add(java.time.Duration.ofMinutes(5));

		Pages.Page refused = this.pages.post("/register/details", details("Tea-garden-7431"));
		assertThat(refused.location()).endsWith("/register");
		assertThat(this.pages.get("/register", ENGLISH).body()).contains("id=\"emailCode-error\"")
			.contains("value=\"" + email + "\"");

		// a new email code; the phone's code, the details and the password are kept
		this.pages.post("/register/email/code", Map.of("email", email), HTMX_ENGLISH);
		this.pages.post("/register/email", Map.of("email", email, "code", this.sellers.latestEmailCode(email)));
		Pages.Page phoneStep = this.pages.get("/register/phone", ENGLISH);
		assertThat(phoneStep.body()).contains("id=\"phoneCode-accepted\"").doesNotContain("id=\"phoneCode-error\"");
		Pages.Page details = this.pages.get("/register/details", ENGLISH);
		assertThat(details.body()).contains("value=\"Xiaoming\"", "value=\"文一西路 969 号\"", "id=\"password-kept\"")
			.doesNotContain("Tea-garden-7431");
		Pages.Page registered = this.pages.post("/register/details", details(""));
		assertThat(registered.location()).endsWith("/seller");
		assertThat(this.pages.get("/seller", ENGLISH).body()).contains("id=\"member-id\"");
	}

	private void passEmailStep(String email) {
		this.pages.get("/register", ENGLISH);
		this.pages.post("/register/email/code", Map.of("email", email), HTMX_ENGLISH);
		assertThat(
				this.pages.post("/register/email", Map.of("email", email, "code", this.sellers.latestEmailCode(email)))
					.location())
			.endsWith("/register/phone");
	}

	private void passPhoneStep(String phone) {
		this.pages.get("/register/phone", ENGLISH);
		this.pages.post("/register/phone/code", Map.of("phone", phone), HTMX_ENGLISH);
		assertThat(this.pages.post("/register/phone", Map.of("phone", phone, "code", this.sellers.latestSmsCode(phone)))
			.location()).endsWith("/register/details");
	}

	private static Map<String, String> details(String password) {
		return Map.of("password", password, "firstName", "Xiaoming", "lastName", "Wang", "chineseName", "王小明", "region",
				"CN_MAINLAND", "province", "浙江省", "city", "杭州市", "line1", "文一西路 969 号", "postalCode", "311121");
	}

	private static String wrong(String right) {
		return right.equals("000000") ? "111111" : "000000";
	}

}
