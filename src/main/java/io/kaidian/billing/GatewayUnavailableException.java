package io.kaidian.billing;

/**
 * A gateway could not be asked: not reachable, too slow, an error status, or an answer
 * that cannot be read. What was asked is asked again later (ADR 0024).
 */
class GatewayUnavailableException extends RuntimeException {

	GatewayUnavailableException(String message) {
		super(message);
	}

	GatewayUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
