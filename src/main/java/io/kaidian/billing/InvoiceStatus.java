package io.kaidian.billing;

/** Where an invoice stands (API.md, "Fees"). */
public enum InvoiceStatus {

	/** not paid yet */
	DUE,

	/** a verified gateway notification said it was paid */
	PAID

}
