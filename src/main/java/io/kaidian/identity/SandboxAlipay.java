package io.kaidian.identity;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The built-in sandbox Alipay (the default): the step is a page of the service itself
 * offering "authorise" and "refuse"; {@code POST /sandbox/alipay/authorizations/{id}}
 * with {@code outcome=SUCCESS|FAILURE} completes it (API.md, "Identity").
 */
@Component
class SandboxAlipay implements AlipayAuthorization {

	static final String NAME = "SANDBOX";

	@Override
	public Started start(UUID authorizationId, SubjectType.Method method) {
		return new Started(NAME, "/sandbox/alipay/authorizations/" + authorizationId);
	}

}
