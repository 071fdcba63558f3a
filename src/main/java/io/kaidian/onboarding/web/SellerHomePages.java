package io.kaidian.onboarding.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kaidian.identity.IdentityVerification;
import io.kaidian.onboarding.Checklist;
import io.kaidian.onboarding.Onboarding;
import io.kaidian.onboarding.Requirement;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.i18n.ReaderTime;

/**
 * The seller's home: the one checklist of every gate of the journey (PRODUCT.md §2,
 * §4.4), with what blocks what, deadlines and the reasons of a rejection.
 */
@Controller
class SellerHomePages {

	static final String HOME = "onboarding/seller-home";

	/** Dates are shown in the marketplace's time, Beijing time. */
	private final Onboarding onboarding;

	private final IdentityVerification identity;

	private final ReaderTime times;

	SellerHomePages(Onboarding onboarding, IdentityVerification identity, ReaderTime times) {
		this.onboarding = onboarding;
		this.identity = identity;
		this.times = times;
	}

	@GetMapping("/seller")
	String home(KaidianUser seller, @RequestParam(name = "identity", required = false) @Nullable String identityOutcome,
			Locale locale, Model model) {
		Checklist checklist = this.onboarding.checklist(seller.accountId());
		model.addAttribute("seller", seller);
		model.addAttribute("stage", checklist.stage());
		model.addAttribute("requirements",
				checklist.requirements().stream().map((item) -> Row.of(item, this.times, locale)).toList());
		String identityAction = identityAction(checklist, seller);
		String applicationAction = applicationAction(checklist, seller);
		model.addAttribute("identityAction", identityAction);
		model.addAttribute("applicationAction", applicationAction);
		model.addAttribute("guide", SetupGuide.of(checklist, actions(identityAction, applicationAction)));
		// the Alipay step sends the seller back here with its outcome
		if ("authorised".equals(identityOutcome) || "refused".equals(identityOutcome)) {
			model.addAttribute("identityOutcome", identityOutcome);
		}
		return HOME;
	}

	/** The message key of the action on each requirement that has one now. */
	private static Map<String, String> actions(@Nullable String identityAction, @Nullable String applicationAction) {
		Map<String, String> actions = new HashMap<>();
		if (identityAction != null) {
			actions.put("IDENTITY", "seller-home.identity." + identityAction);
		}
		if (applicationAction != null) {
			actions.put("APPLICATION", "seller-home.application." + applicationAction);
		}
		actions.put("FEES", "seller-home.fees.pay");
		actions.put("EXAM", "seller-home.exam.take");
		actions.put("STORE_PROFILE", "seller-home.store.edit");
		actions.put("COLLECTION_ACCOUNT", "seller-home.payout.edit");
		actions.put("PRODUCTS", "seller-home.products.edit");
		return actions;
	}

	/**
	 * What the identity row's link says: start, continue, fix what was rejected, or view;
	 * none once done.
	 */
	private @Nullable String identityAction(Checklist checklist, KaidianUser seller) {
		String state = checklist.requirements()
			.stream()
			.filter((item) -> "IDENTITY".equals(item.key()))
			.map((item) -> item.state().name())
			.findFirst()
			.orElse("DONE");
		return switch (state) {
			case "DONE", "BLOCKED" -> null;
			case "REJECTED" -> "fix";
			case "IN_REVIEW" -> "view";
			default -> this.identity.current(seller.accountId()).isPresent() ? "continue" : "start";
		};
	}

	/**
	 * What the application row's link says (R-APP): start, continue a draft, fix what was
	 * rejected, or view while in review and once approved; none while identity is not yet
	 * approved. Learnt from settlement's events only.
	 */
	private @Nullable String applicationAction(Checklist checklist, KaidianUser seller) {
		String state = checklist.requirements()
			.stream()
			.filter((item) -> "APPLICATION".equals(item.key()))
			.map((item) -> item.state().name())
			.findFirst()
			.orElse("BLOCKED");
		return switch (state) {
			case "BLOCKED" -> null;
			case "REJECTED" -> "fix";
			case "IN_REVIEW", "DONE" -> "view";
			// the read model heard of the application once the seller started it
			default -> this.onboarding.heardOf(seller.accountId(), Requirement.APPLICATION) ? "continue" : "start";
		};
	}

	/**
	 * One requirement as the page shows it.
	 *
	 * @param key the requirement
	 * @param state where it stands
	 * @param dueBy the seller's deadline in Beijing time, if any
	 * @param expectedDecisionBy the review's expected decision in Beijing time, if any
	 * @param reasons why it was rejected
	 * @param blockedBy the requirements it waits for
	 */
	record Row(String key, String state, @Nullable String dueBy, @Nullable String expectedDecisionBy,
			List<Checklist.Reason> reasons, List<String> blockedBy) {

		static Row of(Checklist.Item item, ReaderTime times, Locale locale) {
			return new Row(item.key(), item.state().name(), times.dateTime(item.dueBy(), locale),
					times.dateTime(item.expectedDecisionBy(), locale), item.reasons(), item.blockedBy());
		}

	}

}
