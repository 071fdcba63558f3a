package io.kaidian.notification;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in {@code log} providers keep messages in the outbox, which operators read
 * through {@code GET /api/v1/admin/outbox} (API.md, "Staff and operations"). In tests,
 * email goes over real SMTP (GreenMail) and SMS through the log provider.
 */
class OutboxTests extends IntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	Outbox outbox;

	@Test
	void smsFromTheLogProviderIsReadBackNewestFirst() {
		String phone = "+86138" + (10_000_000 + (System.nanoTime() % 89_999_999));
		this.notifications.send(new SmsMessage(phone, "first"));
		this.clock.add(java.time.Duration.ofSeconds(1));
		this.notifications.send(new SmsMessage(phone, "second"));

		Api.Reply reply = this.api.get("/api/v1/admin/outbox?to=" + phone.replace("+", "%2B"))
			.token(new StaffFixtures(this.api).operatorToken())
			.send();

		assertThat(reply.status()).isEqualTo(200);
		JsonNode messages = reply.json();
		assertThat(messages.size()).isEqualTo(2);
		assertThat(messages.get(0).get("body").asString()).isEqualTo("second");
		assertThat(messages.get(0).get("channel").asString()).isEqualTo("SMS");
		assertThat(messages.get(0).get("to").asString()).isEqualTo(phone);
		assertThat(messages.get(0).get("createdAt").asString()).isNotBlank();
	}

	@Test
	void emailOverSmtpIsDeliveredNotKept() {
		String email = "smtp." + System.nanoTime() + "@kaidian.test";

		this.notifications.send(new EmailMessage(email, "Subject 主题", "Body 正文"));

		assertThat(this.outbox.find(email)).isEmpty();
		assertThat(mail.getReceivedMessagesForDomain("kaidian.test")).anySatisfy((message) -> {
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
			assertThat(message.getSubject()).isEqualTo("Subject 主题");
		});
	}

	@Test
	void theLogEmailProviderKeepsTheMessage() {
		String email = "log." + System.nanoTime() + "@kaidian.test";
		EmailSender logProvider = new Providers.LogEmailSender(this.outbox);

		logProvider.send(new EmailMessage(email, "Code", "123456"));

		assertThat(this.outbox.find(email)).singleElement().satisfies((entry) -> {
			assertThat(entry.channel()).isEqualTo(Channel.EMAIL);
			assertThat(entry.subject()).isEqualTo("Code");
			assertThat(entry.body()).isEqualTo("123456");
		});
	}

}
