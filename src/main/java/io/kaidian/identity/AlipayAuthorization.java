package io.kaidian.identity;

import java.util.UUID;

/**
 * The port to the Alipay real-name step (R-ID-2). The built-in sandbox stands in for
 * Alipay: its page lets the seller (or a test) authorise or refuse.
 */
public interface AlipayAuthorization {

	/**
	 * Starts the Alipay step for a case.
	 * @return where to send the seller to complete it
	 */
	Started start(UUID authorizationId, SubjectType.Method method);

	/**
	 * @param name the provider's name, e.g. {@code SANDBOX}
	 * @param redirectUrl where the seller completes the step; its last path segment is
	 * the id
	 */
	record Started(String name, String redirectUrl) {
	}

}
