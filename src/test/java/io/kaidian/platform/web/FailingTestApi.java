package io.kaidian.platform.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that fails the way a bug would, to prove an uncaught exception
 * answers a problem with an error id and no stack trace. Lives in test sources only.
 */
@RestController
class FailingTestApi {

	@GetMapping("/api/v1/test/failure")
	String fail() {
		throw new IllegalStateException("secret internal detail at com.example.Hidden");
	}

}
