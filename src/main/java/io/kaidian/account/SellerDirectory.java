package io.kaidian.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** What other modules and the seller's own pages may read about a seller's account. */
@Service
public class SellerDirectory {

	private final SellerAccounts accounts;

	SellerDirectory(SellerAccounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Profile> profile(UUID sellerId) {
		return this.accounts.findById(sellerId)
			.map((account) -> new Profile(account.id(), account.memberId(), account.email().value(),
					account.firstName(), account.lastName(), account.chineseName(), account.phone(), account.region(),
					account.language(), account.status().name(), account.registeredAt()));
	}

	/**
	 * The seller accounts behind these member IDs, in one query; a member ID without an
	 * account is absent from the answer.
	 */
	public Map<String, UUID> sellerIds(Collection<String> memberIds) {
		return memberIds.isEmpty() ? Map.of() : this.accounts.idsByMemberId(memberIds);
	}

	/**
	 * A seller's account as {@code GET /api/v1/me} shows it.
	 *
	 * @param sellerId the account
	 * @param memberId the member ID
	 * @param email the login
	 * @param firstName the English given name
	 * @param lastName the English surname
	 * @param chineseName the Chinese name, if any
	 * @param phone the mobile in E.164
	 * @param region {@code CN_MAINLAND} or an ISO 3166 code
	 * @param language {@code en} or {@code zh-CN}
	 * @param status {@code ACTIVE}, {@code CLOSED} or {@code RECLAIMED}
	 * @param registeredAt when it registered
	 */
	public record Profile(UUID sellerId, String memberId, String email, String firstName, String lastName,
			@Nullable String chineseName, String phone, String region, String language, String status,
			Instant registeredAt) {
	}

}
