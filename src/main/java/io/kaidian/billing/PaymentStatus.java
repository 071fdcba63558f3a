package io.kaidian.billing;

/** The states of a payment; each change is appended to its history. */
public enum PaymentStatus {

	/** sent to the gateway, no verified answer yet */
	PENDING,

	/** the gateway's verified notification said the money arrived (final) */
	PAID,

	/** the gateway said the payer gave up or the trade closed (final) */
	FAILED,

	/**
	 * replaced by a payment through another gateway before an answer came; a later
	 * success still pays the invoice
	 */
	ABANDONED

}
