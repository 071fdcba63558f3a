package io.kaidian.account.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

import io.kaidian.platform.security.PageSignIn;

/**
 * The sellers' sign-in page. Its form posts to Spring Security's login endpoint
 * ({@code POST /sign-in}), which answers {@code ?error}, {@code ?stepUp},
 * {@code ?stepUpFailed} or {@code ?limited} on failure ({@link PageSignIn}). After a
 * step-up answer the form shows the email again and a field for the code sent to it.
 */
@Controller
class SignInPages {

	static final String SIGN_IN = "account/sign-in";

	@GetMapping("/sign-in")
	String signIn(@SessionAttribute(name = PageSignIn.STEP_UP_EMAIL, required = false) @Nullable String email,
			Model model) {
		model.addAttribute("email", email);
		return SIGN_IN;
	}

}
