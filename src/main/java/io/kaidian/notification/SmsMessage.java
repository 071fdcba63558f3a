package io.kaidian.notification;

/**
 * A text message to send.
 *
 * @param to the recipient's phone number in E.164 form ({@code +8613800138000})
 * @param body the text
 */
public record SmsMessage(String to, String body) {
}
