package io.kaidian.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;

/**
 * A seller's account: an applicant, then a merchant.
 *
 * @param id the account
 * @param memberId the member ID, assigned once and never changed (R-REG-4)
 * @param email the normalised login (R-REG-1)
 * @param passwordHash Argon2id hash of the password
 * @param firstName the English given name
 * @param lastName the English surname
 * @param chineseName the Chinese name, for mainland individuals (R-REG-2)
 * @param phone the mobile in E.164
 * @param region {@code CN_MAINLAND} or an ISO 3166 code (R-REG-6)
 * @param address the contact address
 * @param language the seller's language for messages: {@code en} or {@code zh-CN}
 * @param status whether the account is live
 * @param registeredAt when it registered
 */
record SellerAccount(UUID id, String memberId, EmailAddress email, String passwordHash, String firstName,
		String lastName, @Nullable String chineseName, String phone, String region, Address address, String language,
		Status status, Instant registeredAt) {

	KaidianUser user(@Nullable UUID sessionId) {
		return new KaidianUser(this.id, AccountKind.SELLER, this.email.value(), this.firstName + " " + this.lastName,
				this.memberId, Set.of(Role.SELLER), sessionId);
	}

	boolean live() {
		return this.status == Status.ACTIVE;
	}

	/**
	 * @param province the province (mainland) or state
	 * @param city the city
	 * @param line1 street and number
	 * @param postalCode the postal code
	 */
	record Address(@Nullable String province, String city, String line1, @Nullable String postalCode) {
	}

	/** Where the account stands. */
	enum Status {

		/** registered and usable */
		ACTIVE,

		/** closed by the platform (R-ACC, R-GOV) */
		CLOSED,

		/**
		 * terminated and reclaimed: email and phone released, member ID retired (R-ACC-1)
		 */
		RECLAIMED

	}

}
