package io.kaidian.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Sends email and SMS through the configured providers. Callers that must not lose a
 * message call this from an event listener, so a failed delivery is retried with the
 * event.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final EmailSender email;

	private final SmsSender sms;

	Notifications(EmailSender email, SmsSender sms) {
		this.email = email;
		this.sms = sms;
	}

	public void send(EmailMessage message) {
		this.email.send(message);
		log.info("Email '{}' sent to {}", message.subject(), Masking.email(message.to()));
	}

	public void send(SmsMessage message) {
		this.sms.send(message);
		log.info("SMS sent to {}", Masking.phone(message.to()));
	}

	/** Whether a built-in {@code log} provider is active, so the outbox can be read. */
	public boolean outboxActive() {
		return this.email.keepsOutbox() || this.sms.keepsOutbox();
	}

}
