package io.kaidian.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.notification.EmailMessage;
import io.kaidian.notification.Notifications;
import io.kaidian.platform.i18n.Languages;

/**
 * Tells a new staff member, in English and Chinese, that an account now exists for them.
 * Never includes the password. Runs after the account is committed; a failed delivery is
 * retried with the event.
 */
@Component
class StaffWelcomeMail {

	private final Notifications notifications;

	private final MessageSource messages;

	StaffWelcomeMail(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(StaffAccountCreated created) {
		String roles = String.join(", ", created.roles().stream().map(Enum::name).sorted().toList());
		Object[] arguments = { created.name(), created.email(), roles };
		String subject = text("mail.staff-welcome.subject", arguments, Languages.ENGLISH) + " / "
				+ text("mail.staff-welcome.subject", arguments, Languages.CHINESE);
		String body = text("mail.staff-welcome.body", arguments, Languages.ENGLISH) + "\n\n----\n\n"
				+ text("mail.staff-welcome.body", arguments, Languages.CHINESE);
		this.notifications.send(new EmailMessage(created.email(), subject, body));
	}

	private String text(String code, Object[] arguments, Locale locale) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
