package io.kaidian.notification;

/**
 * An email to send.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the plain-text body
 */
public record EmailMessage(String to, String subject, String body) {
}
