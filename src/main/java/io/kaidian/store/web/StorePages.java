package io.kaidian.store.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.store.PayoutAccountForm;
import io.kaidian.store.PayoutAccountSetting;
import io.kaidian.store.PayoutType;
import io.kaidian.store.SellingScope;
import io.kaidian.store.StoreLookup;
import io.kaidian.store.StoreProfileForm;
import io.kaidian.store.StoreProfileSaving;
import io.kaidian.platform.i18n.ReaderTime;

/**
 * The seller's store pages (docs/guide/store.md): the store profile (R-STORE-1) and the
 * payout account (R-STORE-2), each a form whose refusals show at their fields.
 */
@Controller
class StorePages {

	private final StoreProfileSaving profiles;

	private final PayoutAccountSetting payouts;

	private final StoreLookup stores;

	private final PageErrors pageErrors;

	private final MessageSource messages;

	private final ChangeReasons reasons;

	private final ReaderTime times;

	StorePages(StoreProfileSaving profiles, PayoutAccountSetting payouts, StoreLookup stores, PageErrors pageErrors,
			MessageSource messages, ChangeReasons reasons, ReaderTime times) {
		this.times = times;
		this.profiles = profiles;
		this.payouts = payouts;
		this.stores = stores;
		this.pageErrors = pageErrors;
		this.messages = messages;
		this.reasons = reasons;
	}

	@GetMapping("/seller/store")
	String store(KaidianUser seller, Model model, Locale locale) {
		var store = this.stores.mine(seller.accountId()).orElse(null);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", store != null
					? new StoreProfileForm(store.name(), store.domain(), store.brandOfficialUrl(), store.brandStory())
					: new StoreProfileForm(null, null, null, null));
		}
		model.addAttribute("store", store);
		model.addAttribute("official",
				this.stores.scope(seller.accountId())
					.map(SellingScope::storeType)
					.map((t) -> t == io.kaidian.settlement.StoreType.OFFICIAL)
					.orElse(false));
		model.addAttribute("threshold", this.stores.openingThreshold());
		model.addAttribute("change",
				this.stores.latestChange(seller.accountId())
					.map((c) -> ChangeView.of(c, this.reasons.explain(c.reasons(), locale), this.times, locale))
					.orElse(null));
		return "store/store";
	}

	@PostMapping("/seller/store")
	String saveStore(KaidianUser seller, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String domain,
			@RequestParam(required = false) @Nullable String brandOfficialUrl,
			@RequestParam(required = false) @Nullable String brandStory, Locale locale, RedirectAttributes redirect) {
		StoreProfileForm form = new StoreProfileForm(name, domain, brandOfficialUrl, brandStory);
		try {
			boolean asked = this.profiles.save(seller.accountId(), form).changeAsked();
			redirect.addFlashAttribute("flash",
					this.messages.getMessage(asked ? "store.change-asked" : "store.saved", null, locale));
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, new FormFields(this.messages, "store")).flash(redirect);
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/seller/store";
	}

	@GetMapping("/seller/collection-account")
	String payout(KaidianUser seller, Model model) {
		model.addAttribute("account", this.stores.payoutAccount(seller.accountId()).orElse(null));
		model.addAttribute("types", PayoutType.values());
		model.addAttribute("hasStore", this.stores.mine(seller.accountId()).isPresent());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PayoutAccountForm("BANK", null, null, null, null));
		}
		return "store/collection-account";
	}

	@PostMapping("/seller/collection-account")
	String savePayout(KaidianUser seller, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String accountName,
			@RequestParam(required = false) @Nullable String accountNumber,
			@RequestParam(required = false) @Nullable String bankName,
			@RequestParam(required = false) @Nullable String smsCode, Locale locale, RedirectAttributes redirect) {
		PayoutAccountForm form = new PayoutAccountForm(type, accountName, accountNumber, bankName, smsCode);
		try {
			this.payouts.set(seller.accountId(), form, locale);
			redirect.addFlashAttribute("flash", this.messages.getMessage("payout.saved", null, locale));
		}
		catch (Refusal ex) {
			if ("SMS_CODE_SENT".equals(ex.code())) {
				redirect.addFlashAttribute("codeSent", true);
			}
			else {
				this.pageErrors.report(ex, locale, new FormFields(this.messages, "payout")).flash(redirect);
			}
			// the number is never shown back: the seller types it again
			redirect.addFlashAttribute("form", new PayoutAccountForm(type, accountName, null, bankName, null));
		}
		return "redirect:/seller/collection-account";
	}

}
