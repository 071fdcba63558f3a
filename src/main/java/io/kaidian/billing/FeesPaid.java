package io.kaidian.billing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every invoice of an approved application is paid (R-FEE): the exam is next (R-EXAM-1).
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the approved application the fees were issued for
 * @param invoices the paid invoices
 * @param paidAt when the last one was paid
 */
public record FeesPaid(UUID sellerId, String memberId, UUID applicationId, List<Invoice> invoices, Instant paidAt) {

	public FeesPaid {
		invoices = List.copyOf(invoices);
	}

}
