package io.kaidian.support;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * The codes a locked email receives to sign in with (step-up), read from the SMTP server.
 * They are sent after the sign-in answers, so a test waits for the mail to arrive.
 */
public final class SignInCodes {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	private final GreenMail mail;

	public SignInCodes(GreenMail mail) {
		this.mail = mail;
	}

	/** How many mails this email has received so far. */
	public int count(String email) {
		return messagesTo(email).size();
	}

	/** The code in the next mail to this email after the first {@code before}. */
	public String awaitCode(String email, int before) {
		await().atMost(Duration.ofSeconds(10)).until(() -> count(email) > before);
		List<MimeMessage> messages = messagesTo(email);
		String body = text(messages.get(messages.size() - 1));
		Matcher code = SIX_DIGITS.matcher(body);
		if (!code.find()) {
			throw new AssertionError("No code in the mail to " + email + ": " + body);
		}
		return code.group(1);
	}

	/** A mail's text, decoded (a Chinese mail travels in base64). */
	private static String text(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<MimeMessage> messagesTo(String email) {
		return List.of(this.mail.getReceivedMessages()).stream().filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
