package io.kaidian.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
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
 * Nobody learns whether an email has an account from the registration's code send or from
 * a wrong code (ADR 0021): a seller's email, a member of staff's and an unknown one get
 * the same answers, byte for byte, through every state of the code (wrong, too many
 * tries, expired), and the registered addresses are told by mail that they already have
 * an account instead of getting a code.
 */
class NoEnumerationTests extends IntegrationTest {

	private static final String WRONG = "000000";

	@Autowired
	private Outbox outbox;

	private SellerFixtures sellers;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void registeredAndUnknownEmailsGetByteIdenticalAnswers() {
		String seller = this.sellers.register().email();
		String staff = new StaffFixtures(this.api).create("REVIEWER").email();
		String unknown = SellerFixtures.uniqueEmail();
		List<String> emails = List.of(seller, staff, unknown);
		// past the minute between two codes to one email (the seller's registration sent
		// one)
		this.clock.add(Duration.ofSeconds(61));

		assertAllAlike(emails, (email) -> this.sellers.askCode("EMAIL", email));
		assertThat(this.sellers.latestEmailCode(unknown)).as("the unknown email gets a code").isNotEqualTo(WRONG);

		// five wrong codes, then the code is dead, for each alike; the taken emails are
		// never said to be taken
		String phone = SellerFixtures.uniqueMobile();
		for (int i = 0; i < 5; i++) {
			List<Api.Reply> wrong = assertAllAlike(emails, (email) -> register(email, phone, WRONG));
			assertThat(codes(wrong.get(0))).containsExactlyInAnyOrder("emailCode:CODE_INVALID",
					"phoneCode:CODE_INVALID");
		}
		List<Api.Reply> dead = assertAllAlike(emails, (email) -> register(email, phone, WRONG));
		assertThat(codes(dead.get(0))).contains("emailCode:CODE_TOO_MANY_ATTEMPTS");

		// a new code, then its expiry
		this.clock.add(Duration.ofMinutes(1));
		assertAllAlike(emails, (email) -> this.sellers.askCode("EMAIL", email));
		this.clock.add(Duration.ofMinutes(10));
		List<Api.Reply> expired = assertAllAlike(emails, (email) -> register(email, phone, WRONG));
		assertThat(codes(expired.get(0))).contains("emailCode:CODE_EXPIRED").doesNotContain("email:EMAIL_TAKEN");
		// and the send limit (R-REG-8) is met alike; how long to wait follows each
		// email's
		// own history of sends (the seller's registration sent one earlier), not its
		// account
		List<Api.Reply> again = assertAllAlike(emails, (email) -> this.sellers.askCode("EMAIL", email));
		assertThat(again.get(0).status()).isEqualTo(202);
		for (String email : emails) {
			Api.Reply limited = this.sellers.askCode("EMAIL", email);
			assertThat(limited.status()).isEqualTo(429);
			assertThat(limited.json().get("code").asString()).isEqualTo("CODE_RATE_LIMITED");
		}
	}

	@Test
	void aRegisteredAddressIsToldItHasAnAccountInItsLanguage() throws Exception {
		String seller = this.sellers.register().email();
		String staff = new StaffFixtures(this.api).create("OPERATOR").email();
		this.clock.add(Duration.ofSeconds(61));

		assertThat(this.api
			.post("/api/v1/verification-codes", Map.of("channel", "EMAIL", "target", seller, "purpose", "REGISTER"))
			.language("zh-CN")
			.send()
			.status()).isEqualTo(202);
		assertThat(this.sellers.askCode("EMAIL", staff).status()).isEqualTo(202);

		MimeMessage chinese = latestTo(seller);
		assertThat(chinese.getSubject()).isEqualTo("您已有开店账号");
		String chineseText = text(chinese);
		assertThat(chineseText).contains("/sign-in", "/password-reset").doesNotContainPattern("\\b\\d{6}\\b");
		MimeMessage english = latestTo(staff);
		assertThat(english.getSubject()).isEqualTo("You already have a Kaidian account");
		assertThat(GreenMailUtil.getBody(english)).contains("/sign-in", "/password-reset")
			.doesNotContainPattern("\\b\\d{6}\\b");
	}

	@Test
	void theRegistrationPageSaysTheSameForARegisteredEmail() {
		String registered = this.sellers.register().email();
		String unknown = SellerFixtures.uniqueEmail();
		this.clock.add(Duration.ofSeconds(61));

		String forRegistered = sendCodeFromThePage(registered);
		String forUnknown = sendCodeFromThePage(unknown);

		assertThat(forRegistered).contains("id=\"code-sent\"");
		assertThat(forRegistered.replace(registered, "EMAIL")).isEqualTo(forUnknown.replace(unknown, "EMAIL"));
	}

	private String sendCodeFromThePage(String email) {
		Pages pages = new Pages(baseUrl());
		pages.get("/register");
		Pages.Page fragment = pages.post("/register/email/code", Map.of("email", email), "HX-Request", "true");
		assertThat(fragment.status()).isEqualTo(200);
		return fragment.body();
	}

	private Api.Reply register(String email, String phone, String emailCode) {
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("emailCode", emailCode);
		body.put("phoneCode", WRONG);
		return this.api.post("/api/v1/sellers", body).send();
	}

	/**
	 * Sends one request per email and checks that the answers agree in status, the
	 * headers a client could tell apart, and the body.
	 */
	private List<Api.Reply> assertAllAlike(List<String> emails, java.util.function.Function<String, Api.Reply> call) {
		List<Api.Reply> replies = new ArrayList<>();
		for (String email : emails) {
			replies.add(call.apply(email));
		}
		Api.Reply first = replies.get(0);
		for (Api.Reply reply : replies) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(first.status());
			assertThat(reply.text()).isEqualTo(first.text());
			for (String header : List.of("Content-Type", "Content-Length", "Retry-After", "Cache-Control",
					"Set-Cookie")) {
				assertThat(reply.header(header)).as(header).isEqualTo(first.header(header));
			}
			assertThat(reply.response().headers().map().keySet()).isEqualTo(first.response().headers().map().keySet());
		}
		return replies;
	}

	private static List<String> codes(Api.Reply reply) {
		return reply.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + ":" + error.get("code").asString())
			.toList();
	}

	private static MimeMessage latestTo(String email) throws Exception {
		MimeMessage latest = null;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
				latest = message;
			}
		}
		assertThat(latest).as("mail to " + email).isNotNull();
		return latest;
	}

	private static String text(MimeMessage message) throws Exception {
		return String.valueOf(message.getContent());
	}

}
