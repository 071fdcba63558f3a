package io.kaidian.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.account.SellerDirectory;
import io.kaidian.notification.Notifications;
import io.kaidian.notification.SmsMessage;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * Sets a seller's payout account (R-STORE-2) once its store profile exists. Before the
 * store opens a valid account is saved at once; after, the change waits for a code sent
 * to the seller's phone, which the seller sends back with the same account. Guide:
 * docs/guide/store.md.
 */
@Service
public class PayoutAccountSetting {

	private final SecureRandom random = new SecureRandom();

	private final PayoutAccounts accounts;

	private final PayoutAccountRules rules;

	private final PayoutCipher cipher;

	private final Stores stores;

	private final SellerDirectory sellers;

	private final Notifications notifications;

	private final MessageSource messages;

	private final StoreProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutAccountSetting(PayoutAccounts accounts, PayoutAccountRules rules, PayoutCipher cipher, Stores stores,
			SellerDirectory sellers, Notifications notifications, MessageSource messages, StoreProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.rules = rules;
		this.cipher = cipher;
		this.stores = stores;
		this.sellers = sellers;
		this.notifications = notifications;
		this.messages = messages;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Saves the account; after opening without a code, {@code 409 SMS_CODE_SENT} and a
	 * code goes to the seller's phone; a wrong or lapsed code is {@code 422}.
	 */
	@Transactional(noRollbackFor = { RuleViolationException.class, ConflictException.class })
	public PayoutAccount set(UUID sellerId, PayoutAccountForm form, Locale locale) {
		Store store = this.stores.lockedOf(sellerId).orElseThrow(() -> new ConflictException("STORE_PROFILE_MISSING"));
		List<Violation> violations = this.rules.check(sellerId, form);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		PayoutType type = PayoutAccountRules.type(form.type()).orElseThrow();
		String number = PayoutAccountRules.normalised(type, form.accountNumber());
		String bank = type == PayoutType.BANK ? form.bankName().strip() : null;
		PayoutAccounts.Entered entered = new PayoutAccounts.Entered(type, form.accountName().strip(),
				this.cipher.encrypt(number, sellerId), PayoutAccount.mask(number), bank);
		Instant now = this.clock.instant();
		if (store.opened()) {
			confirm(sellerId, form, entered, number, now, locale);
		}
		this.accounts.save(sellerId, entered, now);
		this.events.publishEvent(new CollectionAccountSet(sellerId, type.name()));
		return this.accounts.of(sellerId).orElseThrow();
	}

	/**
	 * After opening (R-STORE-2): the code sent for this very account must come back;
	 * without one, a code is sent and the change waits.
	 */
	private void confirm(UUID sellerId, PayoutAccountForm form, PayoutAccounts.Entered entered, String number,
			Instant now, Locale locale) {
		if (form.smsCode() == null || form.smsCode().isBlank()) {
			String code = "%06d".formatted(this.random.nextInt(1_000_000));
			UUID changeId = UUID.randomUUID();
			this.accounts.pending(changeId, sellerId, entered, hash(changeId, code, fingerprint(entered, number)), now,
					now.plus(this.properties.payoutChangeCodeLifetime()));
			String phone = this.sellers.profile(sellerId).orElseThrow().phone();
			this.notifications.send(SmsMessage.ofTemplate(phone, "verification-code", Map.of("code", code),
					this.messages.getMessage("sms.payout-change-code",
							new Object[] { code, this.properties.payoutChangeCodeLifetime().toMinutes() }, locale)));
			throw new ConflictException("SMS_CODE_SENT");
		}
		PayoutAccounts.Pending pending = this.accounts.latestPending(sellerId)
			.orElseThrow(() -> RuleViolationException.of("smsCode", "CODE_INVALID"));
		if (!pending.expiresAt().isAfter(now)
				|| pending.failedAttempts() >= this.properties.payoutChangeMaxAttempts()) {
			throw RuleViolationException.of("smsCode", "CODE_EXPIRED");
		}
		byte[] expected = hash(pending.id(), form.smsCode().strip(), fingerprint(entered, number));
		if (!MessageDigest.isEqual(expected, pending.codeHash())) {
			this.accounts.failedAttempt(pending.id());
			throw RuleViolationException.of("smsCode", "CODE_INVALID");
		}
		this.accounts.confirmed(pending.id(), now);
	}

	/** What the code is bound to: the account it confirms, not another one. */
	private static String fingerprint(PayoutAccounts.Entered entered, String number) {
		return entered.type() + "|" + entered.accountName() + "|" + number + "|" + entered.bankName();
	}

	private static byte[] hash(UUID changeId, String code, String fingerprint) {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest((changeId + "|" + code + "|" + fingerprint).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
