package io.kaidian.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page and the staff home. The form posts to Spring Security's login
 * endpoint.
 */
@Controller
class StaffPages {

	static final String SIGN_IN = "account/staff-sign-in";

	static final String HOME = "account/staff-home";

	@GetMapping("/staff/sign-in")
	String signIn() {
		return SIGN_IN;
	}

	@GetMapping("/staff")
	String home() {
		return HOME;
	}

}
