package io.kaidian.billing;

/** Where an invoice stands (API.md, "Fees"; docs/guide/fees.md). */
public enum InvoiceStatus {

	/** not paid yet */
	DUE,

	/** a verified gateway answer said it was paid */
	PAID,

	/** paid, then refunded in full */
	REFUNDED,

	/** an operator waived it: nothing is due, it counts as settled */
	WAIVED;

	/** Whether nothing more is due on it (for {@link FeesPaid}). */
	public boolean settled() {
		return this != DUE;
	}

}
