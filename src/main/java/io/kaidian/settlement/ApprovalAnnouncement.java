package io.kaidian.settlement;

import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The event that announces an approved application, with the fees of its scope and plan
 * as the offer stands at this moment, so that billing never re-reads them (R-FEE-1).
 */
@Component
class ApprovalAnnouncement {

	private final Offers offers;

	ApprovalAnnouncement(Offers offers) {
		this.offers = offers;
	}

	ApplicationApproved of(SettlementApplication approved) {
		Offers.Fees fees = this.offers.fees(Objects.requireNonNull(approved.businessScope()),
				Objects.requireNonNull(approved.salesPlan()));
		return approved.approvedEvent(fees.annualFee(), fees.deposit());
	}

}
