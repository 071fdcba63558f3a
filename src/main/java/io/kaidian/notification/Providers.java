package io.kaidian.notification;

import java.time.Clock;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.StringUtils;

/**
 * Chooses the email and SMS providers: {@code kaidian.notification.email.provider} is
 * {@code log} or {@code smtp} (default: {@code smtp} when {@code spring.mail.host} is
 * set, {@code log} otherwise); {@code kaidian.notification.sms.provider} is {@code log}
 * or {@code aliyun} (Alibaba Cloud SMS, settings in {@link AliyunSmsProperties}).
 */
@Configuration(proxyBeanMethods = false)
class Providers {

	private static final Logger log = LoggerFactory.getLogger(Providers.class);

	@Bean
	EmailSender emailSender(NotificationProperties properties, Environment environment,
			ObjectProvider<JavaMailSender> mail, Outbox outbox) {
		String provider = properties.email().provider();
		if (!StringUtils.hasText(provider) || "auto".equals(provider)) {
			provider = StringUtils.hasText(environment.getProperty("spring.mail.host")) ? "smtp" : "log";
		}
		return switch (provider) {
			case "smtp" -> new SmtpEmailSender(mail.getObject(), properties.email().from());
			case "log" -> new LogEmailSender(outbox);
			default -> throw new IllegalStateException(
					"Unknown kaidian.notification.email.provider '" + provider + "': use log or smtp");
		};
	}

	@Bean
	SmsSender smsSender(NotificationProperties properties, AliyunSmsProperties aliyun, Outbox outbox, Clock clock) {
		String provider = properties.sms().provider();
		return switch (provider) {
			case "log" -> new LogSmsSender(outbox);
			case "aliyun" -> new AliyunSmsSender(aliyun, clock);
			default -> throw new IllegalStateException(
					"Unknown kaidian.notification.sms.provider '" + provider + "': use log or aliyun");
		};
	}

	/**
	 * @param email the email provider and sender address
	 * @param sms the SMS provider
	 */
	@ConfigurationProperties("kaidian.notification")
	record NotificationProperties(Email email, Sms sms) {

		/**
		 * @param provider {@code auto}, {@code log} or {@code smtp}
		 * @param from the sender address of every email
		 */
		record Email(String provider, String from) {
		}

		/**
		 * @param provider {@code log} or {@code aliyun}
		 */
		record Sms(String provider) {
		}

	}

	/** Keeps the email in the outbox instead of sending it (demo and tests). */
	static final class LogEmailSender implements EmailSender {

		private final Outbox outbox;

		LogEmailSender(Outbox outbox) {
			this.outbox = outbox;
		}

		@Override
		public void send(EmailMessage message) {
			this.outbox.keep(Channel.EMAIL, message.to(), message.subject(), message.body());
			log.info("[log email provider] to {}: {}", Masking.email(message.to()), message.subject());
		}

		@Override
		public boolean keepsOutbox() {
			return true;
		}

	}

	/** Keeps the text message in the outbox instead of sending it (demo and tests). */
	static final class LogSmsSender implements SmsSender {

		private final Outbox outbox;

		LogSmsSender(Outbox outbox) {
			this.outbox = outbox;
		}

		@Override
		public void send(SmsMessage message) {
			this.outbox.keep(Channel.SMS, message.to(), null, message.body());
			log.info("[log SMS provider] to {}", Masking.phone(message.to()));
		}

		@Override
		public boolean keepsOutbox() {
			return true;
		}

	}

	/** Sends through the SMTP server of {@code spring.mail.*}. */
	static final class SmtpEmailSender implements EmailSender {

		private final JavaMailSender mail;

		private final String from;

		SmtpEmailSender(JavaMailSender mail, String from) {
			this.mail = mail;
			this.from = from;
		}

		@Override
		public void send(EmailMessage message) {
			try {
				MimeMessage mime = this.mail.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(message.to());
				helper.setSubject(message.subject());
				helper.setText(message.body(), false);
				this.mail.send(mime);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException("Could not build the email to " + Masking.email(message.to()), ex);
			}
		}

	}

}
