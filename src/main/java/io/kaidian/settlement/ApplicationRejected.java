package io.kaidian.settlement;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import io.kaidian.review.Reason;

/**
 * A reviewer rejected at least one item of a seller's settlement application (R-APP-6).
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the application
 * @param reasons the coded reasons, each naming its item ({@code category:<code>},
 * {@code brand:<index>})
 */
@NamedInterface("events")
public record ApplicationRejected(UUID sellerId, String memberId, UUID applicationId, List<Reason> reasons) {

	public ApplicationRejected {
		reasons = List.copyOf(reasons);
	}

}
