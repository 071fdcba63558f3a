package io.kaidian.account;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.SignInCodes;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in forms of sellers and staff ask a locked email for the code sent to it
 * (step-up, docs/adr/0016-abuse-limits-and-sign-in-step-up.md), in both languages, and
 * say when a network has failed too often.
 */
class SignInStepUpPagesTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	private SignInCodes codes;

	@BeforeEach
	void setUp() {
		this.codes = new SignInCodes(mail);
	}

	@Test
	void aSellerWhoseEmailIsLockedSignsInWithTheEmailedCodeInChinese() {
		SellerFixtures.Registered seller = new SellerFixtures(this.api, mail, this.outbox).register();
		this.clock.add(Duration.ofMinutes(1));
		lockFromEveryClient(seller.email());
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in?lang=zh-CN");
		int mailsBefore = this.codes.count(seller.email());

		Pages.Page stepUp = pages.post("/sign-in", Map.of("email", seller.email(), "password", seller.password()));
		assertThat(stepUp.location()).endsWith("/sign-in?stepUp");
		Pages.Page form = pages.get("/sign-in?stepUp");
		assertThat(form.body()).contains("id=\"sign-in-step-up\"", "我们已向您的邮箱发送验证码", "id=\"code\"", "邮件中的验证码")
			.contains("value=\"" + seller.email() + "\"")
			.doesNotContain("STEP_UP");
		String code = this.codes.awaitCode(seller.email(), mailsBefore);

		Pages.Page wrong = pages.post("/sign-in",
				Map.of("email", seller.email(), "password", seller.password(), "code", otherThan(code)));
		assertThat(wrong.location()).endsWith("/sign-in?stepUpFailed");
		assertThat(pages.get("/sign-in?stepUpFailed").body()).contains("密码或验证码错误", "id=\"code\"");

		Pages.Page signedIn = pages.post("/sign-in",
				Map.of("email", seller.email(), "password", seller.password(), "code", code));
		assertThat(signedIn.location()).endsWith("/seller");
		assertThat(pages.get("/seller").status()).isEqualTo(200);
	}

	@Test
	void staffGetTheSameProtectionOnTheirForm() {
		StaffFixtures.Credentials reviewer = new StaffFixtures(this.api).create("REVIEWER");
		this.clock.add(Duration.ofMinutes(1));
		lockFromEveryClient(reviewer.email());
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in?lang=en");
		int mailsBefore = this.codes.count(reviewer.email());

		Pages.Page stepUp = pages.post("/sign-in", staffForm(reviewer, null));
		assertThat(stepUp.location()).endsWith("/staff/sign-in?stepUp");
		assertThat(pages.get("/staff/sign-in?stepUp").body()).contains("we have emailed you a code", "id=\"code\"",
				"Code from the email");
		String code = this.codes.awaitCode(reviewer.email(), mailsBefore);

		assertThat(pages.post("/sign-in", staffForm(reviewer, code)).location()).endsWith("/staff");
		assertThat(pages.get("/staff").status()).isEqualTo(200);
	}

	@Test
	void aNetworkThatFailedTooOftenIsToldToComeBackLater() {
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in?lang=en");
		for (int i = 0; i < 50; i++) {
			Map<String, String> guess = Map.of("email", SellerFixtures.uniqueEmail(), "password", "Guess-" + i);
			assertThat(pages.post("/sign-in", guess).location()).as("guess " + i).endsWith("/sign-in?error");
		}

		Pages.Page limited = pages.post("/sign-in", Map.of("email", SellerFixtures.uniqueEmail(), "password", "x"));
		assertThat(limited.location()).endsWith("/sign-in?limited");
		assertThat(pages.get("/sign-in?limited").body()).contains("Too many failed sign-ins from your network")
			.doesNotContain("id=\"code\"");
	}

	/** Twenty wrong passwords from two clients lock the email for every client. */
	private void lockFromEveryClient(String email) {
		for (int client = 0; client < 2; client++) {
			Api attacker = this.api.otherClient();
			for (int i = 0; i < 10; i++) {
				attacker.post("/api/v1/sessions", Map.of("email", email, "password", "Wrong-" + client + i)).send();
			}
		}
	}

	private static Map<String, String> staffForm(StaffFixtures.Credentials staff, String code) {
		Map<String, String> form = new HashMap<>(
				Map.of("email", staff.email(), "password", staff.password(), "origin", "staff"));
		if (code != null) {
			form.put("code", code);
		}
		return form;
	}

	private static String otherThan(String code) {
		return code.equals("000000") ? "000001" : "000000";
	}

}
