package io.kaidian.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import io.kaidian.notification.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sellers for tests, registered through the API as a real client would: codes asked for
 * over HTTP, the email code read from the SMTP server, the SMS code from the outbox.
 */
public final class SellerFixtures {

	private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 10_000_000);

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	private final Api api;

	private final GreenMail mail;

	private final Outbox outbox;

	public SellerFixtures(Api api, GreenMail mail, Outbox outbox) {
		this.api = api;
		this.mail = mail;
		this.outbox = outbox;
	}

	/** A fresh email nobody has used. */
	public static String uniqueEmail() {
		return "seller." + sequence.incrementAndGet() + "@kaidian.test";
	}

	/** A fresh, valid mainland mobile nobody has used, in E.164. */
	public static String uniqueMobile() {
		return "+86139" + String.format("%08d", sequence.incrementAndGet() % 100_000_000);
	}

	public Api.Reply askCode(String channel, String target) {
		return this.api
			.post("/api/v1/verification-codes", Map.of("channel", channel, "target", target, "purpose", "REGISTER"))
			.send();
	}

	/** Asks for an email code and reads it from the mail the service sent over SMTP. */
	public String emailCode(String email) {
		int before = messagesTo(email).size();
		Api.Reply reply = askCode("EMAIL", email);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
		List<MimeMessage> messages = messagesTo(email);
		assertThat(messages).hasSize(before + 1);
		return codeIn(GreenMailUtil.getBody(messages.get(messages.size() - 1)));
	}

	/** Asks for an SMS code and reads it from the log provider's outbox. */
	public String smsCode(String phone) {
		Api.Reply reply = askCode("SMS", phone);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
		return codeIn(this.outbox.find(phone).get(0).body());
	}

	/**
	 * A complete, valid mainland registration body for this email and phone, codes not
	 * yet filled.
	 */
	public static Map<String, Object> mainlandBody(String email, String phone) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("email", email);
		body.put("password", "Tea-garden-7431");
		body.put("firstName", "Xiaoming");
		body.put("lastName", "Wang");
		body.put("chineseName", "王小明");
		body.put("phone", phone);
		body.put("region", "CN_MAINLAND");
		body.put("address", Map.of("province", "浙江省", "city", "杭州市", "line1", "文一西路 969 号", "postalCode", "311121"));
		return body;
	}

	/** Registers a mainland seller and returns its email, password and member ID. */
	public Registered register() {
		String email = uniqueEmail();
		String phone = uniqueMobile();
		Map<String, Object> body = mainlandBody(email, phone);
		body.put("emailCode", emailCode(email));
		body.put("phoneCode", smsCode(phone));
		Api.Reply reply = this.api.post("/api/v1/sellers", body).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return new Registered(email, (String) body.get("password"), phone, reply.json().get("memberId").asString());
	}

	public String signIn(Registered seller) {
		Api.Reply reply = this.api
			.post("/api/v1/sessions", Map.of("email", seller.email(), "password", seller.password()))
			.send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().get("token").asString();
	}

	/** The code in the latest mail to this email, sent by whatever asked for it. */
	public String latestEmailCode(String email) {
		List<MimeMessage> messages = messagesTo(email);
		assertThat(messages).as("mail to " + email).isNotEmpty();
		return codeIn(text(messages.get(messages.size() - 1)));
	}

	/** A mail's text, decoded (a Chinese mail travels in base64). */
	private static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof jakarta.mail.Multipart multipart) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < multipart.getCount(); i++) {
					text.append(multipart.getBodyPart(i).getContent()).append('\n');
				}
				return text.toString();
			}
			return String.valueOf(content);
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The code in the latest text to this phone (E.164), sent by whatever asked for it.
	 */
	public String latestSmsCode(String phone) {
		List<io.kaidian.notification.Outbox.Entry> texts = this.outbox.find(phone);
		assertThat(texts).as("texts to " + phone).isNotEmpty();
		return codeIn(texts.get(0).body());
	}

	private List<MimeMessage> messagesTo(String email) {
		return List.of(this.mail.getReceivedMessages()).stream().filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String codeIn(String text) {
		Matcher matcher = SIX_DIGITS.matcher(text);
		assertThat(matcher.find()).as("a six-digit code in: " + text).isTrue();
		return matcher.group(1);
	}

	public record Registered(String email, String password, String phone, String memberId) {
	}

}
