package io.kaidian.notification;

/** The port behind which an SMS vendor delivers text messages. */
public interface SmsSender {

	void send(SmsMessage message);

	/** Whether this is the built-in provider that keeps messages in the outbox. */
	default boolean keepsOutbox() {
		return false;
	}

}
