package io.kaidian.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says at start-up which key to set when the {@code prod} profile refuses a development
 * key, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
class DevelopmentKeyFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentKeyRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentKeyRefusedException cause) {
		return new FailureAnalysis(
				"The service refuses to start on a generated development key for " + cause.setting()
						+ " (kaidian.keys.development-allowed is false, as in the prod profile).",
				"Set " + cause.setting() + " to a key of your own, the same on every instance and kept for good "
						+ "(as an environment variable or a file setting). Every key the prod profile needs and how "
						+ "to make it: docs/guide/operations.md, \"Keys\".",
				cause);
	}

}
