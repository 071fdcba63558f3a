package io.kaidian.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.notification.Channel;
import io.kaidian.platform.rules.RateLimitedException;

/**
 * The one-time codes a locked email signs in with (step-up, ADR 0016): the same codes as
 * registration's (R-REG-8: six digits, 10 minutes, single use, five tries, the limits per
 * target), for purpose {@code SIGN_IN}, sent only to the email itself.
 */
@Component
class StepUpCodes {

	private static final Logger log = LoggerFactory.getLogger(StepUpCodes.class);

	private final VerificationCodes codes;

	private final TransactionTemplate transactions;

	private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("step-up-code-");

	StepUpCodes(VerificationCodes codes, TransactionTemplate transactions) {
		this.codes = codes;
		this.transactions = transactions;
		this.background.setVirtualThreads(true);
	}

	/**
	 * Sends a code to the email after the answer, so a right password takes no longer to
	 * answer than a wrong one. A code sent less than a minute ago is not sent again.
	 */
	void send(String email, Locale locale) {
		this.background.execute(() -> {
			try {
				this.codes.send(Channel.EMAIL, email, VerificationPurpose.SIGN_IN, locale);
			}
			catch (RateLimitedException ex) {
				log.info("No new sign-in code for now: one was sent lately (R-REG-8)");
			}
			catch (RuntimeException ex) {
				log.warn("A sign-in code could not be sent", ex);
			}
		});
	}

	/** Whether the code is the email's live sign-in code; it is used up when it is. */
	boolean check(String email, String code) {
		return Boolean.TRUE.equals(this.transactions
			.execute((status) -> this.codes.consume(Channel.EMAIL, email, VerificationPurpose.SIGN_IN, "code", code)
				.isEmpty()));
	}

}
