package io.kaidian.notification;

/** The port behind which an email provider delivers mail. */
public interface EmailSender {

	void send(EmailMessage message);

	/** Whether this is the built-in provider that keeps messages in the outbox. */
	default boolean keepsOutbox() {
		return false;
	}

}
