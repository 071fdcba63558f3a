package io.kaidian.account.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.account.ClientLimits;
import io.kaidian.account.Registration;
import io.kaidian.account.VerificationCodes;
import io.kaidian.account.VerificationPurpose;
import io.kaidian.account.web.RegistrationDraft.Problem;
import io.kaidian.account.web.RegistrationDraft.Step;
import io.kaidian.notification.Channel;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.web.ClientAddress;

/**
 * The seller's registration wizard (R-REG): 1 email, 2 phone, 3 details. What the seller
 * entered stays in the session between the steps ({@link RegistrationDraft}); each step
 * posts, then redirects. Each code is checked, without being used, when its step is
 * submitted, so a wrong code is refused at its step; the final
 * {@link Registration#register} checks every rule at once and uses the codes. A code that
 * has expired meanwhile takes the seller back to its step, with everything typed kept. A
 * registered seller is signed in and lands on the checklist.
 */
@Controller
class RegistrationPages {

	static final String EMAIL_STEP = "account/register-email";

	static final String PHONE_STEP = "account/register-phone";

	static final String DETAILS_STEP = "account/register-details";

	static final String CODE_STATUS = "account/register-parts :: code-status";

	/**
	 * The regions offered; any other needs the marketplace's prior agreement (R-REG-6).
	 */
	static final List<String> REGIONS = List.of("CN_MAINLAND", "HK", "MO", "TW", "SG", "MY", "US");

	private static final Logger log = LoggerFactory.getLogger(RegistrationPages.class);

	private final Registration registration;

	private final VerificationCodes codes;

	private final MessageSource messages;

	private final ClientLimits limits;

	private final ClientAddress clients;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	RegistrationPages(Registration registration, VerificationCodes codes, MessageSource messages, ClientLimits limits,
			ClientAddress clients) {
		this.registration = registration;
		this.codes = codes;
		this.messages = messages;
		this.limits = limits;
		this.clients = clients;
	}

	// step 1: email

	@GetMapping("/register")
	String emailStep(HttpSession session, Locale locale, Model model) {
		RegistrationDraft draft = RegistrationDraft.of(session);
		model.addAttribute("form", new EmailForm(draft.email, null));
		model.addAttribute("codeAccepted", draft.emailStepDone());
		feedback(draft, Step.EMAIL, locale, model);
		return EMAIL_STEP;
	}

	@PostMapping("/register/email")
	String email(EmailForm form, HttpSession session) {
		RegistrationDraft draft = RegistrationDraft.of(session);
		boolean accepted = draft.emailStepDone();
		String email = RegistrationDraft.strip(form.email());
		String code = RegistrationDraft.strip(form.code());
		if (code == null && accepted && email != null && email.equals(draft.email)) {
			code = draft.emailCode; // accepted before: not asked again
		}
		draft.email = email;
		draft.emailCode = code;
		List<Violation> violations = required("email", email, "emailCode", code);
		if (violations.isEmpty()) {
			violations = check(Channel.EMAIL, email, "email", "emailCode", code);
		}
		draft.verifiedEmail = violations.isEmpty() ? email : null;
		draft.report(Step.EMAIL, violations);
		draft.save(session);
		return redirect(draft.emailStepDone() ? Step.PHONE : Step.EMAIL);
	}

	@PostMapping("/register/email/code")
	String sendEmailCode(EmailForm form, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		RegistrationDraft draft = RegistrationDraft.of(request.getSession());
		draft.email = RegistrationDraft.strip(form.email());
		draft.save(request.getSession());
		CodeStatus status = send(Channel.EMAIL, draft.email, this.clients.of(request), locale);
		return codeStatus(status, Step.EMAIL, model, redirect, htmx != null);
	}

	// step 2: phone

	@GetMapping("/register/phone")
	String phoneStep(HttpSession session, Locale locale, Model model) {
		RegistrationDraft draft = RegistrationDraft.of(session);
		if (!draft.emailStepDone()) {
			return redirect(Step.EMAIL);
		}
		model.addAttribute("form", new PhoneForm(draft.phone, null));
		model.addAttribute("codeAccepted", draft.phoneStepDone());
		feedback(draft, Step.PHONE, locale, model);
		return PHONE_STEP;
	}

	@PostMapping("/register/phone")
	String phone(PhoneForm form, HttpSession session) {
		RegistrationDraft draft = RegistrationDraft.of(session);
		boolean accepted = draft.phoneStepDone();
		String phone = RegistrationDraft.strip(form.phone());
		String code = RegistrationDraft.strip(form.code());
		if (code == null && accepted && phone != null && phone.equals(draft.phone)) {
			code = draft.phoneCode; // accepted before: not asked again
		}
		draft.phone = phone;
		draft.phoneCode = code;
		List<Violation> violations = required("phone", phone, "phoneCode", code);
		if (violations.isEmpty()) {
			violations = check(Channel.SMS, phone, "phone", "phoneCode", code);
		}
		draft.verifiedPhone = violations.isEmpty() ? phone : null;
		draft.report(Step.PHONE, violations);
		draft.save(session);
		return redirect(draft.phoneStepDone() ? Step.DETAILS : Step.PHONE);
	}

	@PostMapping("/register/phone/code")
	String sendPhoneCode(PhoneForm form, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		RegistrationDraft draft = RegistrationDraft.of(request.getSession());
		draft.phone = RegistrationDraft.strip(form.phone());
		draft.save(request.getSession());
		CodeStatus status = send(Channel.SMS, draft.phone, this.clients.of(request), locale);
		return codeStatus(status, Step.PHONE, model, redirect, htmx != null);
	}

	// step 3: details, and the registration itself

	@GetMapping("/register/details")
	String detailsStep(HttpSession session, Locale locale, Model model) {
		RegistrationDraft draft = RegistrationDraft.of(session);
		if (!draft.emailStepDone()) {
			return redirect(Step.EMAIL);
		}
		if (!draft.phoneStepDone()) {
			return redirect(Step.PHONE);
		}
		model.addAttribute("form", new DetailsForm(null, draft.firstName, draft.lastName, draft.chineseName,
				draft.region, draft.province, draft.city, draft.line1, draft.postalCode));
		model.addAttribute("regions", REGIONS);
		model.addAttribute("passwordKept", RegistrationDraft.filled(draft.heldPassword));
		feedback(draft, Step.DETAILS, locale, model);
		return DETAILS_STEP;
	}

	@PostMapping("/register/details")
	String register(DetailsForm form, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpSession session = request.getSession();
		RegistrationDraft draft = RegistrationDraft.of(session);
		if (!draft.emailStepDone() || !draft.phoneStepDone()) {
			return redirect(draft.emailStepDone() ? Step.PHONE : Step.EMAIL);
		}
		draft.firstName = RegistrationDraft.strip(form.firstName());
		draft.lastName = RegistrationDraft.strip(form.lastName());
		draft.chineseName = RegistrationDraft.strip(form.chineseName());
		draft.region = RegistrationDraft.filled(form.region()) ? form.region().strip() : "";
		draft.province = RegistrationDraft.strip(form.province());
		draft.city = RegistrationDraft.strip(form.city());
		draft.line1 = RegistrationDraft.strip(form.line1());
		draft.postalCode = RegistrationDraft.strip(form.postalCode());
		String password = RegistrationDraft.filled(form.password()) ? form.password() : draft.heldPassword;
		Registration.Registered registered;
		try {
			Registration.NewSeller seller = new Registration.NewSeller(draft.email, draft.emailCode, password,
					draft.firstName, draft.lastName, draft.chineseName, draft.phone, draft.phoneCode, draft.region,
					new Registration.AddressInput(draft.province, draft.city, draft.line1, draft.postalCode));
			registered = this.limits.registration(this.clients.of(request),
					() -> this.registration.register(seller, locale));
		}
		catch (Refusal ex) {
			draft.reportAll(ex.violations().isEmpty() ? List.of(Violation.of(null, ex.code())) : ex.violations());
			Step back = draft.firstStepToFix();
			back = back != null ? back : Step.DETAILS;
			// a code that expired meanwhile: its step asks again; nothing typed is lost
			draft.reopenStepsToFix();
			draft.heldPassword = back != Step.DETAILS ? password : null;
			draft.save(session);
			return redirect(back);
		}
		RegistrationDraft.discard(session);
		if (!signIn(request, response, registered.email(), password)) {
			return "redirect:/sign-in";
		}
		return "redirect:/seller";
	}

	/**
	 * Signs the new seller in through the pages' own authentication (so the lockout
	 * counts it like any sign-in), in a fresh session id, and keeps the result in the
	 * session.
	 */
	private boolean signIn(HttpServletRequest request, HttpServletResponse response, String email,
			@Nullable String password) {
		this.contexts.clearContext();
		request.changeSessionId();
		try {
			request.login(email, password);
		}
		catch (ServletException ex) {
			log.warn("A seller just registered could not be signed in: {}", ex.getMessage());
			return false;
		}
		this.sessions.saveContext(this.contexts.getContext(), request, response);
		return true;
	}

	private CodeStatus send(Channel channel, @Nullable String target, String client, Locale locale) {
		String field = channel == Channel.EMAIL ? "email" : "phone";
		if (!RegistrationDraft.filled(target)) {
			return CodeStatus.failed(message(general("REQUIRED"), locale));
		}
		try {
			VerificationCodes.Sent sent = this.limits.codeSend(client,
					() -> this.codes.send(channel, target, VerificationPurpose.REGISTER, locale));
			return CodeStatus.sent(this.messages.getMessage("register.code-sent",
					new Object[] { target, sent.expiresIn().toMinutes(), sent.resendAfter().toSeconds() }, locale));
		}
		catch (RateLimitedException ex) {
			long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
			return CodeStatus.failed(this.messages.getMessage("register.code-wait", new Object[] { seconds }, locale));
		}
		catch (Refusal ex) {
			List<String> texts = ex.violations()
				.stream()
				.map((violation) -> message(new Problem(field, violation.code(),
						Arrays.stream(violation.arguments()).map(String::valueOf).toList()), locale))
				.toList();
			return CodeStatus.failed(String.join(" ", texts));
		}
	}

	/**
	 * Checks the step's code without using it (the final submit uses it).
	 * @return the violations of the target or the code, empty when the code is right
	 */
	private List<Violation> check(Channel channel, String target, String targetField, String codeField,
			@Nullable String code) {
		try {
			return this.codes.check(channel, target, VerificationPurpose.REGISTER, codeField, code)
				.map(List::of)
				.orElse(List.of());
		}
		catch (Refusal ex) {
			return ex.violations()
				.stream()
				.map((violation) -> Violation.of(targetField, violation.code(), violation.arguments()))
				.toList();
		}
	}

	private static Problem general(String code) {
		return new Problem("", code, List.of());
	}

	private String codeStatus(CodeStatus status, Step step, Model model, RedirectAttributes redirect, boolean htmx) {
		if (htmx) {
			model.addAttribute("codeStatus", status);
			return CODE_STATUS;
		}
		// without JavaScript the button posts the whole form: back to the step
		redirect.addFlashAttribute("codeStatus", status);
		return redirect(step);
	}

	/** Inline errors of the step's fields and the summary of everything to fix. */
	private void feedback(RegistrationDraft draft, Step step, Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<SummaryLine> summary = new ArrayList<>();
		for (Problem problem : draft.problems()) {
			String text = message(problem, locale);
			Step owner = Step.of(problem.field());
			if (owner == step && !problem.field().isEmpty()) {
				errors.merge(problem.field(), text, (earlier, later) -> earlier + " " + later);
			}
			String label = problem.field().isEmpty() ? ""
					: this.messages.getMessage("register.field." + problem.field(), null, problem.field(), locale);
			String href = (owner == step ? "" : owner.path()) + "#" + inputId(problem.field());
			summary.add(new SummaryLine(href, label, text));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("summary", summary);
		model.addAttribute("step", step.name());
	}

	private String message(Problem problem, Locale locale) {
		Object[] arguments = problem.arguments().toArray();
		if (problem.field().isEmpty() && !"REQUIRED".equals(problem.code())) {
			String detail = this.messages.getMessage("problem." + problem.code() + ".detail", arguments, "", locale);
			if (!detail.isEmpty()) {
				return detail;
			}
		}
		return this.messages.getMessage("violation." + problem.code(), arguments, problem.code(), locale);
	}

	/** "Next" only checks that the step's two fields are filled. */
	private static List<Violation> required(String field, @Nullable String value, String otherField,
			@Nullable String otherValue) {
		List<Violation> violations = new ArrayList<>();
		if (!RegistrationDraft.filled(value)) {
			violations.add(Violation.of(field, "REQUIRED"));
		}
		if (!RegistrationDraft.filled(otherValue)) {
			violations.add(Violation.of(otherField, "REQUIRED"));
		}
		return violations;
	}

	/** The id of a field's input: {@code address.city} → {@code address-city}. */
	static String inputId(String field) {
		return field.replace('.', '-');
	}

	private static String redirect(Step step) {
		return "redirect:" + step.path();
	}

	/**
	 * Step 1.
	 *
	 * @param email the login
	 * @param code the code mailed to it
	 */
	record EmailForm(@Nullable String email, @Nullable String code) {
	}

	/**
	 * Step 2.
	 *
	 * @param phone the mobile
	 * @param code the code texted to it
	 */
	record PhoneForm(@Nullable String phone, @Nullable String code) {
	}

}
