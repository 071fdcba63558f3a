package io.kaidian.account.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

import io.kaidian.platform.security.PageSignIn;

/**
 * The staff sign-in page and the staff home. The form posts to Spring Security's login
 * endpoint, with the same step-up as the sellers' ({@link SignInPages}).
 */
@Controller
class StaffPages {

	static final String SIGN_IN = "account/staff-sign-in";

	static final String HOME = "account/staff-home";

	@GetMapping("/staff/sign-in")
	String signIn(@SessionAttribute(name = PageSignIn.STEP_UP_EMAIL, required = false) @Nullable String email,
			Model model) {
		model.addAttribute("email", email);
		return SIGN_IN;
	}

	@GetMapping("/staff")
	String home() {
		return HOME;
	}

}
