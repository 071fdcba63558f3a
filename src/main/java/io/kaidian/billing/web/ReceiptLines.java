package io.kaidian.billing.web;

/**
 * A receipt's lines as the page and the PDF show them, in the reader's language.
 *
 * @param number the receipt's number (the invoice's id)
 * @param fee the fee's name
 * @param description what it was for
 * @param amount the amount paid, formatted
 * @param issuedAt when the invoice was issued, formatted
 * @param paidAt when it was paid, formatted
 * @param provider the payment service, in words
 * @param paymentId our payment number
 * @param gatewayTradeNo the payment service's trade number, or a dash
 * @param memberId the payer's member ID
 * @param subjectName the payer's verified name, or a dash
 */
record ReceiptLines(String number, String fee, String description, String amount, String issuedAt, String paidAt,
		String provider, String paymentId, String gatewayTradeNo, String memberId, String subjectName) {
}
