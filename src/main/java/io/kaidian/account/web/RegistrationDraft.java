package io.kaidian.account.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.Violation;

/**
 * What a seller has entered so far in the registration wizard, kept in the HTTP session
 * between the steps (codes included: they never travel back to the page), with the
 * violations still to fix.
 */
final class RegistrationDraft implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = RegistrationDraft.class.getName();

	@Nullable String email;

	@Nullable String emailCode;

	@Nullable String phone;

	@Nullable String phoneCode;

	@Nullable String firstName;

	@Nullable String lastName;

	@Nullable String chineseName;

	String region = "CN_MAINLAND";

	@Nullable String province;

	@Nullable String city;

	@Nullable String line1;

	@Nullable String postalCode;

	/** The email whose code was found right at its step; null until then. */
	@Nullable String verifiedEmail;

	/** The phone whose code was found right at its step; null until then. */
	@Nullable String verifiedPhone;

	/**
	 * The password of a final submit that found a code no longer right (it expired
	 * meanwhile), kept so that the seller does not type it again after fixing the code;
	 * {@code transient}: never written out with the session.
	 */
	transient @Nullable String heldPassword;

	private final List<Problem> problems = new ArrayList<>();

	/** The draft of this session, created on first use. */
	static RegistrationDraft of(HttpSession session) {
		if (session.getAttribute(ATTRIBUTE) instanceof RegistrationDraft draft) {
			return draft;
		}
		RegistrationDraft draft = new RegistrationDraft();
		session.setAttribute(ATTRIBUTE, draft);
		return draft;
	}

	/** Forgets the draft, once the seller is registered. */
	static void discard(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	/**
	 * Saves the draft into the session again, so that a session store that copies
	 * attributes sees the change.
	 */
	void save(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this);
	}

	/** The email and its code were entered, and the code was found right at its step. */
	boolean emailStepDone() {
		return filled(this.email) && filled(this.emailCode) && this.email.equals(this.verifiedEmail);
	}

	/** The phone and its code were entered, and the code was found right at its step. */
	boolean phoneStepDone() {
		return filled(this.phone) && filled(this.phoneCode) && this.phone.equals(this.verifiedPhone);
	}

	List<Problem> problems() {
		return List.copyOf(this.problems);
	}

	/** Replaces the violations of the step's fields with these. */
	void report(Step step, List<Violation> violations) {
		this.problems.removeIf((problem) -> Step.of(problem.field()) == step);
		violations.forEach(this::add);
	}

	/** Replaces every violation with these. */
	void reportAll(List<Violation> violations) {
		this.problems.clear();
		violations.forEach(this::add);
	}

	private void add(Violation violation) {
		String field = violation.field() != null ? violation.field() : "";
		this.problems.add(new Problem(field, violation.code(),
				Arrays.stream(violation.arguments()).map(String::valueOf).toList()));
	}

	/**
	 * Forgets that a step's code was right when the final submit found it no longer is.
	 */
	void reopenStepsToFix() {
		Set<Step> toFix = this.problems.stream().map((problem) -> Step.of(problem.field())).collect(Collectors.toSet());
		this.verifiedEmail = toFix.contains(Step.EMAIL) ? null : this.verifiedEmail;
		this.verifiedPhone = toFix.contains(Step.PHONE) ? null : this.verifiedPhone;
	}

	/** The first step with something to fix, if any. */
	@Nullable Step firstStepToFix() {
		return this.problems.stream().map((problem) -> Step.of(problem.field())).sorted().findFirst().orElse(null);
	}

	static boolean filled(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	static @Nullable String strip(@Nullable String value) {
		return filled(value) ? value.strip() : null;
	}

	/**
	 * One violation still to fix, with its message arguments as text.
	 *
	 * @param field the field, as {@code Registration} names it
	 * @param code the violation's code
	 * @param arguments the message's arguments
	 */
	record Problem(String field, String code, List<String> arguments) implements Serializable {
	}

	/** The wizard's steps, in order, and the fields each one asks for. */
	enum Step {

		EMAIL("/register", Set.of("email", "emailCode")),

		PHONE("/register/phone", Set.of("phone", "phoneCode")),

		DETAILS("/register/details", Set.of());

		private final String path;

		private final Set<String> fields;

		Step(String path, Set<String> fields) {
			this.path = path;
			this.fields = fields;
		}

		String path() {
			return this.path;
		}

		/** The step that asks for this field; anything else is a detail. */
		static Step of(String field) {
			for (Step step : values()) {
				if (step.fields.contains(field)) {
					return step;
				}
			}
			return DETAILS;
		}

	}

}
