package io.kaidian.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.documents.Multipart;
import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits per client address and per account, on top of those per target
 * (docs/adr/0016-abuse-limits-and-sign-in-step-up.md), at their default values: 20 code
 * sends per client per hour, 10 registrations per client per day, 60 uploads per account
 * per hour. Each {@link Api} is a client of its own address, forwarded by loopback as a
 * trusted proxy (support/TestClients).
 */
class ClientLimitsTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	private SellerFixtures sellers;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void R_REG_8_fortyCodesToFortyPhonesFromOneClientAreCutOffAtTwentyWhileAnotherClientIsUnaffected() {
		Api pumper = this.api.otherClient();
		int sent = 0;
		Api.Reply refused = null;
		for (int i = 0; i < 40; i++) {
			Api.Reply reply = askSmsCode(pumper, SellerFixtures.uniqueMobile());
			if (reply.status() == 202) {
				assertThat(refused).as("a send after the first refusal").isNull();
				sent++;
			}
			else if (refused == null) {
				refused = reply;
			}
		}

		assertThat(sent).isEqualTo(20);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("code").asString()).isEqualTo("CODE_SENDS_RATE_LIMITED");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("target");
		long retryAfter = Long.parseLong(refused.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3600L);
		assertThat(askSmsCode(this.api.otherClient(), SellerFixtures.uniqueMobile()).status()).isEqualTo(202);

		// the allowance refills over the hour
		this.clock.add(Duration.ofSeconds(retryAfter));
		assertThat(askSmsCode(pumper, SellerFixtures.uniqueMobile()).status()).isEqualTo(202);
		assertThat(askSmsCode(pumper, SellerFixtures.uniqueMobile()).status()).isEqualTo(429);
	}

	@Test
	void aSendRefusedForItsTargetDoesNotCountAgainstTheClient() {
		Api client = this.api.otherClient();
		String phone = SellerFixtures.uniqueMobile();
		assertThat(askSmsCode(client, phone).status()).isEqualTo(202);
		for (int i = 0; i < 25; i++) {
			assertThat(askSmsCode(client, phone).json().get("code").asString()).isEqualTo("CODE_RATE_LIMITED");
		}

		assertThat(askSmsCode(client, SellerFixtures.uniqueMobile()).status()).isEqualTo(202);
	}

	@Test
	void tenRegistrationsFromOneClientADayAndNoMore() {
		Api registrar = this.api.otherClient();
		Map<String, Object> refusedByRule = bodyWithCodes();
		refusedByRule.put("emailCode", "000000");
		assertThat(registrar.post("/api/v1/sellers", refusedByRule).send().status()).isEqualTo(422);
		for (int i = 0; i < 10; i++) {
			Api.Reply registered = registrar.post("/api/v1/sellers", bodyWithCodes()).send();
			assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		}

		Map<String, Object> eleventh = bodyWithCodes();
		Api.Reply refused = registrar.post("/api/v1/sellers", eleventh).send();
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("code").asString()).isEqualTo("REGISTRATION_RATE_LIMITED");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, Duration.ofDays(1).toSeconds());
		// nothing was written: the same registration from elsewhere goes through
		assertThat(this.api.otherClient().post("/api/v1/sellers", eleventh).send().status()).isEqualTo(201);
	}

	@Test
	void sixtyUploadsPerAccountAnHourAndNoMore() {
		String token = this.sellers.signIn(this.sellers.register());
		for (int i = 0; i < 60; i++) {
			assertThat(upload(token).status()).isNotEqualTo(429);
		}

		Api.Reply refused = upload(token);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("code").asString()).isEqualTo("UPLOAD_RATE_LIMITED");
		assertThat(refused.header("Retry-After")).isNotNull();
		String otherToken = this.sellers.signIn(this.sellers.register());
		assertThat(upload(otherToken).status()).isNotEqualTo(429);
	}

	/** A registration body whose codes were asked for from a client of their own. */
	private Map<String, Object> bodyWithCodes() {
		SellerFixtures elsewhere = new SellerFixtures(this.api.otherClient(), mail, this.outbox);
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("emailCode", elsewhere.emailCode(email));
		body.put("phoneCode", elsewhere.smsCode(phone));
		return body;
	}

	private static Api.Reply askSmsCode(Api client, String phone) {
		return client
			.post("/api/v1/verification-codes", Map.of("channel", "SMS", "target", phone, "purpose", "REGISTER"))
			.send();
	}

	/**
	 * A small file that is no image: refused by the documents module, counted all the
	 * same.
	 */
	private Api.Reply upload(String token) {
		return Multipart.put(baseUrl() + "/api/v1/me/identity/documents/ID_FRONT", token, "note.txt", "text/plain",
				"not a photo".getBytes(StandardCharsets.UTF_8));
	}

}
