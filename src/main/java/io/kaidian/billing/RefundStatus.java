package io.kaidian.billing;

/** The states of a refund; each change is appended to its history. */
public enum RefundStatus {

	/**
	 * recorded and sent (or to be sent again) to the gateway; counts against the payment
	 */
	REQUESTED,

	/** the gateway said the money went back (final) */
	REFUNDED,

	/** the gateway refused it (final); it no longer counts against the payment */
	FAILED

}
