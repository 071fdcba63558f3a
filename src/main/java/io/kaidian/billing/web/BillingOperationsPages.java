package io.kaidian.billing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.billing.InvoiceAdjusting;
import io.kaidian.billing.PaymentLookup;
import io.kaidian.billing.PaymentStatus;
import io.kaidian.billing.Refund;
import io.kaidian.billing.Refunding;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.security.KaidianUser;

/**
 * The operators' fee pages (docs/guide/fees.md, "For the operator"): payments by state,
 * refused gateway words and refunds; one invoice with its history and the forms that
 * refund, waive or adjust it, each confirmed before it is sent (post/redirect/get).
 */
@Controller
class BillingOperationsPages {

	static final String PAYMENTS = "/staff/operations/payments";

	static final String INVOICE = "/staff/operations/invoices/{invoiceId}";

	private final PaymentLookup lookup;

	private final Refunding refunding;

	private final InvoiceAdjusting adjusting;

	private final MessageSource messages;

	private final ReaderTime times;

	BillingOperationsPages(PaymentLookup lookup, Refunding refunding, InvoiceAdjusting adjusting,
			MessageSource messages, ReaderTime times) {
		this.times = times;
		this.lookup = lookup;
		this.refunding = refunding;
		this.adjusting = adjusting;
		this.messages = messages;
	}

	@GetMapping(PAYMENTS)
	String payments(@RequestParam(required = false) @Nullable String status, Model model) {
		PaymentStatus filter;
		try {
			filter = BillingAdminApi.status(status);
		}
		catch (Refusal ex) {
			filter = null;
		}
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("statuses", PaymentStatus.values());
		model.addAttribute("payments", this.lookup.payments(filter));
		model.addAttribute("refused", this.lookup.refused());
		model.addAttribute("refunds", this.lookup.refunds());
		model.addAttribute("times", this.times);
		return "billing/operations-payments";
	}

	@GetMapping(INVOICE)
	String invoice(@PathVariable UUID invoiceId, Model model) {
		PaymentLookup.InvoiceFile file = this.lookup.invoice(invoiceId)
			.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
		model.addAttribute("file", file);
		model.addAttribute("invoice", file.invoice());
		model.addAttribute("refunds", file.refunds());
		// a fresh refund id with each form: the same form sent twice refunds once
		model.addAttribute("refundId", UUID.randomUUID());
		model.addAttribute("times", this.times);
		return "billing/operations-invoice";
	}

	@PostMapping(INVOICE + "/refunds")
	String refund(@PathVariable UUID invoiceId, @RequestParam UUID refundId,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String confirm, KaidianUser operator, Locale locale,
			RedirectAttributes redirect) {
		return act(invoiceId, confirm, locale, redirect, () -> {
			Refund refund = this.refunding.refund(invoiceId, refundId, amount, reason, operator.accountId());
			return "refund." + refund.status().name();
		});
	}

	@PostMapping(INVOICE + "/waiver")
	String waive(@PathVariable UUID invoiceId, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String confirm, KaidianUser operator, Locale locale,
			RedirectAttributes redirect) {
		return act(invoiceId, confirm, locale, redirect, () -> {
			this.adjusting.waive(invoiceId, reason, operator.accountId());
			return "waived";
		});
	}

	@PostMapping(INVOICE + "/adjustments")
	String adjust(@PathVariable UUID invoiceId, @RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String confirm, KaidianUser operator, Locale locale,
			RedirectAttributes redirect) {
		return act(invoiceId, confirm, locale, redirect, () -> {
			this.adjusting.adjust(invoiceId, amount, reason, operator.accountId());
			return "adjusted";
		});
	}

	/**
	 * Runs an action the operator confirmed and comes back to the invoice with what
	 * happened, or with why it was refused, in the page's language.
	 */
	private String act(UUID invoiceId, @Nullable String confirm, Locale locale, RedirectAttributes redirect,
			Action action) {
		if (confirm == null) {
			redirect.addFlashAttribute("errors",
					List.of(this.messages.getMessage("billing-ops.confirm-required", null, locale)));
		}
		else {
			try {
				redirect.addFlashAttribute("done", action.run());
			}
			catch (Refusal refused) {
				redirect.addFlashAttribute("errors", texts(refused, locale));
			}
		}
		return "redirect:" + INVOICE.replace("{invoiceId}", invoiceId.toString());
	}

	private List<String> texts(Refusal refused, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (Violation violation : refused.violations()) {
			texts.add(this.messages.getMessage("violation." + violation.code(), violation.arguments(), locale));
		}
		if (texts.isEmpty()) {
			texts.add(this.messages.getMessage("problem." + refused.code() + ".detail", refused.arguments(), locale));
		}
		return texts;
	}

	@FunctionalInterface
	private interface Action {

		/** Runs it; the message key of what happened. */
		String run();

	}

}
