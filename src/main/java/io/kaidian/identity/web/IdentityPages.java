package io.kaidian.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.documents.Check;
import io.kaidian.documents.Upload;
import io.kaidian.identity.CaseStatus;
import io.kaidian.identity.Draft;
import io.kaidian.identity.IdentityDocumentUpload;
import io.kaidian.identity.IdentityDrafting;
import io.kaidian.identity.IdentitySubmission;
import io.kaidian.identity.IdentityVerification;
import io.kaidian.identity.IdentityVerification.CaseView;
import io.kaidian.identity.IdentityVerification.DocumentStatus;
import io.kaidian.identity.SubjectType;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.platform.i18n.ReaderTime;

/**
 * The seller's identity step (R-ID-1…9): where the case stands, the subject form, one
 * upload per required document with its automated checks, and the submit that leads to
 * the Alipay step. Every post redirects back (PRG); refusals come back as flash
 * attributes, shown inline per field in the page's language. The ID number and the credit
 * code are never rendered: a blank number keeps the saved one.
 */
@Controller
class IdentityPages {

	static final String STEP = "identity/identity-step";

	static final String TYPE_FIELDS = "identity/identity-step :: type-fields";

	static final String PATH = "/seller/identity";

	/** Dates are shown in the marketplace's time, Beijing time. */
	private final IdentityVerification verification;

	private final IdentityDrafting drafting;

	private final IdentityDocumentUpload upload;

	private final IdentitySubmission submission;

	private final ReasonCatalogue catalogue;

	private final MessageSource messages;

	private final PageErrors pageErrors;

	private final ReaderTime times;

	IdentityPages(IdentityVerification verification, IdentityDrafting drafting, IdentityDocumentUpload upload,
			IdentitySubmission submission, ReasonCatalogue catalogue, MessageSource messages, PageErrors pageErrors,
			ReaderTime times) {
		this.times = times;
		this.verification = verification;
		this.drafting = drafting;
		this.upload = upload;
		this.submission = submission;
		this.catalogue = catalogue;
		this.messages = messages;
		this.pageErrors = pageErrors;
	}

	@GetMapping(PATH)
	String step(KaidianUser seller, Locale locale, Model model) {
		CaseView view = this.verification.current(seller.accountId()).orElse(null);
		Optional<IdentityVerification.Entered> entered = this.verification.entered(seller.accountId());
		String status = (view != null) ? view.status().name() : "NONE";
		boolean editable = view == null || view.status() == CaseStatus.DRAFT || view.status() == CaseStatus.REJECTED
				|| view.status() == CaseStatus.EXPIRED;
		Set<String> changeable = entered.map(IdentityVerification.Entered::changeableFields).orElse(null);
		IdentityForm form = model.containsAttribute("form") ? (IdentityForm) model.getAttribute("form")
				: IdentityForm.of(view);
		model.addAttribute("form", form);
		model.addAttribute("identityCase", view);
		model.addAttribute("shown", shown(view));
		model.addAttribute("status", status);
		model.addAttribute("editable", editable);
		model.addAttribute("locked", locked(changeable));
		model.addAttribute("subjectTypes", SubjectType.values());
		model.addAttribute("methods", methods(parse(SubjectType.class, form.subjectType())));
		model.addAttribute("enterprise", SubjectType.ENTERPRISE.name().equals(form.subjectType()));
		model.addAttribute("expectedDecisionBy",
				this.times.dateTime(view != null ? view.expectedDecisionBy() : null, locale));
		model.addAttribute("reasons", reasons(view, locale));
		model.addAttribute("documents", documents(view, editable, locale));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return STEP;
	}

	/** The methods and the credit code for the chosen type (htmx swaps them, R-ID-2). */
	@GetMapping(PATH + "/type-fields")
	String typeFields(@RequestParam(required = false) @Nullable String subjectType, KaidianUser seller, Model model) {
		SubjectType type = parse(SubjectType.class, subjectType);
		model.addAttribute("form", new IdentityForm(subjectType, null, null, null, null, null));
		model.addAttribute("methods", methods(type));
		model.addAttribute("enterprise", type == SubjectType.ENTERPRISE);
		model.addAttribute("locked", Set.of());
		model.addAttribute("identityCase", null);
		model.addAttribute("shown", Map.of());
		model.addAttribute("errors", Map.of());
		return TYPE_FIELDS;
	}

	@PostMapping(PATH)
	String save(IdentityForm form, KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		Optional<IdentityVerification.Entered> entered = this.verification.entered(seller.accountId());
		Draft stored = entered.map(IdentityVerification.Entered::draft).orElse(null);
		Set<String> changeable = entered.map(IdentityVerification.Entered::changeableFields).orElse(null);
		Set<String> locked = locked(changeable);
		SubjectType type = locked.contains("subjectType") && stored != null ? stored.subjectType()
				: parse(SubjectType.class, form.subjectType());
		SubjectType.Method method = locked.contains("method") && stored != null ? stored.method()
				: parse(SubjectType.Method.class, form.method());
		String companyName = keep(locked, "companyName", form.companyName(),
				stored != null ? stored.companyName() : null, false);
		String creditCode = (type == SubjectType.ENTERPRISE)
				? keep(locked, "creditCode", form.creditCode(), stored != null ? stored.creditCode() : null, true)
				: null;
		String personName = keep(locked, "personName", form.personName(), stored != null ? stored.personName() : null,
				false);
		String personIdNumber = keep(locked, "personIdNumber", form.personIdNumber(),
				stored != null ? stored.personIdNumber() : null, true);
		try {
			this.drafting.save(seller.accountId(), seller.memberId(),
					new Draft(type, method, companyName, creditCode, personName, personIdNumber));
			redirect.addFlashAttribute("flash", message("identity.saved", locale));
		}
		catch (Refusal ex) {
			// what was typed comes back so that it can be fixed
			redirect.addFlashAttribute("form", form);
			report(ex, null, locale, redirect);
		}
		return "redirect:" + PATH;
	}

	@PostMapping(path = PATH + "/documents/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@PathVariable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, KaidianUser seller,
			Locale locale, RedirectAttributes redirect) {
		SubjectType.DocumentKind document = parse(SubjectType.DocumentKind.class, kind);
		if (document == null) {
			throw new NotFoundException();
		}
		String anchor = "redirect:" + PATH + "#document-" + document.name();
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("errors", Map.of(document.name(), message("identity.upload.choose", locale)));
			return anchor;
		}
		try {
			startAttempt(seller);
			DocumentStatus stored = this.upload.upload(seller.accountId(), document, Upload.of(file));
			boolean allPassed = stored.checks().stream().allMatch(Check::passed);
			redirect.addFlashAttribute("flash",
					message(allPassed ? "identity.uploaded" : "identity.uploaded-with-warnings", locale,
							message("identity.document." + document.name(), locale)));
		}
		catch (Refusal ex) {
			report(ex, document.name(), locale, redirect);
		}
		return anchor;
	}

	@PostMapping(PATH + "/submit")
	String submit(KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		try {
			startAttempt(seller);
			CaseView submitted = this.submission.submit(seller.accountId());
			if (submitted.status() == CaseStatus.AWAITING_PROVIDER && submitted.provider() != null) {
				return "redirect:" + submitted.provider().redirectUrl();
			}
		}
		catch (Refusal ex) {
			report(ex, null, locale, redirect);
		}
		return "redirect:" + PATH;
	}

	/**
	 * After a rejection or an expiry, an upload or a submit starts the next attempt with
	 * the data as it stands (accepted documents carry over).
	 */
	private void startAttempt(KaidianUser seller) {
		this.verification.current(seller.accountId())
			.filter((c) -> c.status() == CaseStatus.REJECTED || c.status() == CaseStatus.EXPIRED)
			.flatMap((c) -> this.verification.entered(seller.accountId()))
			.ifPresent((entered) -> this.drafting.save(seller.accountId(), seller.memberId(), entered.draft()));
	}

	/**
	 * Violations inline per field; a refusal without a field at the top (or at its
	 * document).
	 */
	private void report(Refusal ex, @Nullable String at, Locale locale, RedirectAttributes redirect) {
		this.pageErrors.report(ex, locale, new IdentityFields(at)).flash(redirect);
	}

	/** Where the identity page shows a field: the form's fields, else a document. */
	private final class IdentityFields implements PageErrors.Fields {

		private final @Nullable String at;

		IdentityFields(@Nullable String at) {
			this.at = at;
		}

		@Override
		public @Nullable String at() {
			return this.at;
		}

		@Override
		public PageErrors.Place place(String field, Locale locale) {
			return new PageErrors.Place(field, anchor(field), fieldLabel(field, locale));
		}

		@Override
		public Object argument(Object argument, Locale locale) {
			return label(String.valueOf(argument), locale);
		}

		@Override
		public List<String> detailCodes(String code) {
			return List.of("identity.problem." + code, "problem." + code + ".detail");
		}

	}

	private List<ReasonLine> reasons(@Nullable CaseView view, Locale locale) {
		if (view == null) {
			return List.of();
		}
		List<ReasonLine> lines = new ArrayList<>();
		for (Reason reason : view.reasons()) {
			Optional<ReasonCatalogue.Entry> entry = this.catalogue.find(reason.code(), locale);
			lines.add(new ReasonLine(reason.field(), fieldLabel(reason.field(), locale), reason.code(),
					entry.map(ReasonCatalogue.Entry::text).orElse(reason.code()),
					entry.map(ReasonCatalogue.Entry::howToFix).orElse(null), reason.message()));
		}
		return lines;
	}

	private List<DocumentLine> documents(@Nullable CaseView view, boolean editable, Locale locale) {
		if (view == null || view.subjectType() == null) {
			return List.of();
		}
		List<DocumentLine> lines = new ArrayList<>();
		for (SubjectType.DocumentKind kind : view.subjectType().requiredDocuments()) {
			DocumentStatus status = view.documents().stream().filter((d) -> d.kind() == kind).findFirst().orElse(null);
			String state = (status != null) ? status.status() : "NONE";
			List<String> failed = (status != null) ? status.checks()
				.stream()
				.filter((check) -> !check.passed())
				.map((check) -> this.messages.getMessage("check." + check.code() + ".failed", null, check.code(),
						locale))
				.toList() : List.of();
			boolean checked = status != null && !status.checks().isEmpty();
			lines.add(new DocumentLine(kind.name(), state, status != null && status.carriedOver(), checked, failed,
					editable && !"ACCEPTED".equals(state)));
		}
		return lines;
	}

	/** The saved data as the seller may see it: numbers masked. */
	private static Map<String, String> shown(@Nullable CaseView view) {
		Map<String, String> shown = new LinkedHashMap<>();
		if (view != null) {
			put(shown, "companyName", view.companyName());
			put(shown, "creditCode", view.creditCode());
			put(shown, "personName", view.personName());
			put(shown, "personIdNumber", view.personIdNumber());
		}
		return shown;
	}

	private static void put(Map<String, String> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/** The data fields shown read-only: accepted in the last decision (R-ID, §4.2). */
	private static Set<String> locked(@Nullable Set<String> changeable) {
		if (changeable == null) {
			return Set.of();
		}
		Set<String> locked = new java.util.HashSet<>(IdentityForm.FIELDS);
		locked.removeAll(changeable);
		return locked;
	}

	private static @Nullable String keep(Set<String> locked, String field, @Nullable String posted,
			@Nullable String stored, boolean blankKeeps) {
		if (locked.contains(field)) {
			return stored;
		}
		if (blankKeeps && (posted == null || posted.isBlank())) {
			return stored;
		}
		return posted;
	}

	private static List<SubjectType.Method> methods(@Nullable SubjectType type) {
		return Arrays.stream(SubjectType.Method.values()).filter((m) -> type == null || type.allows(m)).toList();
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** An argument of a message that names a subject type or a method, in words. */
	private String label(String value, Locale locale) {
		String type = this.messages.getMessage("identity.subject-type." + value, null, "", locale);
		if (!type.isEmpty()) {
			return type;
		}
		return this.messages.getMessage("identity.method." + value, null, value, locale);
	}

	private String fieldLabel(String field, Locale locale) {
		String document = this.messages.getMessage("identity.document." + field, null, "", locale);
		return document.isEmpty() ? this.messages.getMessage("identity.field." + field, null, field, locale) : document;
	}

	private static String anchor(String field) {
		return "#" + (IdentityForm.FIELDS.contains(field) ? field : "document-" + field);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	/**
	 * A reason of a rejection as the seller reads it (§4.1).
	 *
	 * @param field the rejected item
	 * @param label its name
	 * @param code the reason's code
	 * @param text what is wrong
	 * @param howToFix how to fix it
	 * @param note the reviewer's note
	 */
	record ReasonLine(String field, String label, String code, String text, @Nullable String howToFix,
			@Nullable String note) {
	}

	/**
	 * One required document.
	 *
	 * @param kind the document kind
	 * @param status NONE, UPLOADED, ACCEPTED or REJECTED
	 * @param carriedOver accepted earlier and kept
	 * @param checked whether automated checks ran
	 * @param failedChecks the checks it failed, in words
	 * @param uploadable whether the seller may upload it now
	 */
	record DocumentLine(String kind, String status, boolean carriedOver, boolean checked, List<String> failedChecks,
			boolean uploadable) {
	}

}
