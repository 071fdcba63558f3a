package io.kaidian.billing;

/** What an invoice charges for (R-FEE-1). */
public enum InvoiceKind {

	/** the annual technical service fee of the business scope for the chosen plan */
	ANNUAL_FEE,

	/** the scope's deposit, refundable on exit before opening or voluntary closure */
	DEPOSIT

}
