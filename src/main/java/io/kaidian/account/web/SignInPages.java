package io.kaidian.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sellers' sign-in page. Its form posts to Spring Security's login endpoint
 * ({@code POST /sign-in}), which answers {@code ?error} or {@code ?locked} on failure.
 */
@Controller
class SignInPages {

	static final String SIGN_IN = "account/sign-in";

	@GetMapping("/sign-in")
	String signIn() {
		return SIGN_IN;
	}

}
