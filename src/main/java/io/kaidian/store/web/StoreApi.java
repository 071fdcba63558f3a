package io.kaidian.store.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.store.PayoutAccount;
import io.kaidian.store.PayoutAccountForm;
import io.kaidian.store.PayoutAccountSetting;
import io.kaidian.store.SellingScope;
import io.kaidian.store.Store;
import io.kaidian.store.StoreChange;
import io.kaidian.store.StoreLookup;
import io.kaidian.store.StoreProfileForm;
import io.kaidian.store.StoreProfileSaving;

/**
 * The seller's store and payout account (API.md "Store, payout account, products";
 * docs/guide/store.md).
 */
@RestController
@Tag(name = "Store", description = "R-STORE: the store profile, its domain and the payout account")
class StoreApi {

	private final StoreProfileSaving profiles;

	private final PayoutAccountSetting payouts;

	private final StoreLookup stores;

	private final ChangeReasons reasons;

	StoreApi(StoreProfileSaving profiles, PayoutAccountSetting payouts, StoreLookup stores, ChangeReasons reasons) {
		this.profiles = profiles;
		this.payouts = payouts;
		this.stores = stores;
		this.reasons = reasons;
	}

	@PutMapping("/api/v1/me/store")
	@Operation(summary = "Save the store profile",
			description = "Name and domain unique and screened; official stores give the brand site and story. "
					+ "After opening, a new name or domain waits for review in profileChange, reserved. "
					+ "409 EXAM_NOT_PASSED, STORE_NAME_TAKEN, DOMAIN_TAKEN, STORE_CHANGE_PENDING; "
					+ "422 with every violation")
	StoreJson save(@RequestBody @Nullable StoreProfileForm form, @AuthenticationPrincipal KaidianUser seller,
			Locale locale) {
		StoreProfileForm body = form != null ? form : new StoreProfileForm(null, null, null, null);
		this.profiles.save(seller.accountId(), body);
		return mine(seller, locale);
	}

	@GetMapping("/api/v1/me/store")
	@Operation(summary = "The seller's store", description = "404 before the profile is saved")
	StoreJson mine(@AuthenticationPrincipal KaidianUser seller, Locale locale) {
		Store store = this.stores.mine(seller.accountId()).orElseThrow(() -> new NotFoundException("STORE_NOT_FOUND"));
		Integer limit = this.stores.scope(seller.accountId()).map(SellingScope::productLimit).orElse(null);
		ChangeJson change = this.stores.latestChange(seller.accountId())
			.map((c) -> ChangeJson.of(c, this.reasons.explain(c.reasons(), locale)))
			.orElse(null);
		return StoreJson.of(store, limit, change);
	}

	@PutMapping("/api/v1/me/collection-account")
	@Operation(summary = "Set the payout (collection) account",
			description = "Holder name equal to the approved subject's; number checked, encrypted, masked in every "
					+ "answer. After opening: 409 SMS_CODE_SENT, then the same body with smsCode")
	PayoutJson setPayout(@RequestBody @Nullable PayoutAccountForm form, @AuthenticationPrincipal KaidianUser seller,
			Locale locale) {
		PayoutAccountForm body = form != null ? form : new PayoutAccountForm(null, null, null, null, null);
		return PayoutJson.of(this.payouts.set(seller.accountId(), body, locale));
	}

	@GetMapping("/api/v1/me/collection-account")
	@Operation(summary = "The payout account, number masked", description = "404 before it is set")
	PayoutJson payout(@AuthenticationPrincipal KaidianUser seller) {
		return this.stores.payoutAccount(seller.accountId())
			.map(PayoutJson::of)
			.orElseThrow(() -> new NotFoundException("COLLECTION_ACCOUNT_NOT_FOUND"));
	}

	/**
	 * A store as the seller sees it.
	 *
	 * @param storeId the store
	 * @param name its name
	 * @param domain its domain
	 * @param status {@code SETUP}, {@code OPEN}, …
	 * @param official whether it is an official store
	 * @param brandOfficialUrl an official store's brand site
	 * @param brandStory an official store's brand story
	 * @param publishedProducts its published products
	 * @param productLimit its plan's product limit
	 * @param logoId its logo's image id, once uploaded
	 * @param bannerId its banner's image id, once uploaded
	 * @param profileChange the latest name or domain change asked for after opening
	 * (R-STORE-1), whatever became of it; null when none was
	 */
	record StoreJson(UUID storeId, String name, String domain, String status, boolean official,
			@Nullable String brandOfficialUrl, @Nullable String brandStory, int publishedProducts,
			@Nullable Integer productLimit, @Nullable UUID logoId, @Nullable UUID bannerId,
			@Nullable ChangeJson profileChange) {

		static StoreJson of(Store store, @Nullable Integer limit, @Nullable ChangeJson change) {
			return new StoreJson(store.id(), store.name(), store.domain(), store.status().name(), store.official(),
					store.brandOfficialUrl(), store.brandStory(), store.publishedProducts(), limit,
					store.logoDocumentId(), store.bannerDocumentId(), change);
		}

	}

	/**
	 * A name or domain change of an open store (R-STORE-1, docs/guide/store.md).
	 *
	 * @param name the name asked for
	 * @param domain the domain asked for
	 * @param previousName the name when it was asked
	 * @param previousDomain the domain when it was asked
	 * @param status {@code PENDING}, {@code APPROVED} or {@code REJECTED}
	 * @param requestedAt when it was asked
	 * @param expectedDecisionBy when the review desk expects to decide it
	 * @param decidedAt when it was decided
	 * @param reasons why it was rejected, in the caller's language
	 */
	record ChangeJson(String name, String domain, String previousName, String previousDomain, String status,
			Instant requestedAt, @Nullable Instant expectedDecisionBy, @Nullable Instant decidedAt,
			List<ReasonJson> reasons) {

		static ChangeJson of(StoreChange change, List<ChangeReasons.Explained> reasons) {
			return new ChangeJson(change.name(), change.domain(), change.previousName(), change.previousDomain(),
					change.status().name(), change.requestedAt(), change.dueBy(), change.decidedAt(),
					reasons.stream().map((r) -> new ReasonJson(r.field(), r.code(), r.message())).toList());
		}

	}

	/**
	 * @param field {@code STORE_NAME} or {@code STORE_DOMAIN}
	 * @param code the reason's code
	 * @param message what is wrong and how to fix it, in the caller's language
	 */
	record ReasonJson(String field, String code, String message) {
	}

	/**
	 * A payout account, number masked.
	 *
	 * @param type its kind
	 * @param accountName the holder
	 * @param accountNumber the number, masked
	 * @param bankName the bank
	 */
	record PayoutJson(String type, String accountName, String accountNumber, @Nullable String bankName) {

		static PayoutJson of(PayoutAccount account) {
			return new PayoutJson(account.type().name(), account.accountName(), account.accountNumber(),
					account.bankName());
		}

	}

	/**
	 * An open store below the opening threshold, for operators.
	 *
	 * @param memberId the seller
	 * @param domain the store's domain
	 * @param publishedProducts its published products
	 */
	record BelowJson(String memberId, String domain, int publishedProducts) {

		static List<BelowJson> of(List<Store> stores) {
			return stores.stream().map((s) -> new BelowJson(s.memberId(), s.domain(), s.publishedProducts())).toList();
		}

	}

}
