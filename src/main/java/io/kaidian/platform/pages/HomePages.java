package io.kaidian.platform.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page. */
@Controller
class HomePages {

	static final String HOME = "platform/home";

	@GetMapping("/")
	String home() {
		return HOME;
	}

}
