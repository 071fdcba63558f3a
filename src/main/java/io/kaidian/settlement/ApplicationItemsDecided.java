package io.kaidian.settlement;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import io.kaidian.review.Reason;

/**
 * A reviewer decided some items of a seller's settlement application ahead of the rest
 * (R-APP-5: brands within their 7 working days); the application stays in review. The
 * seller is told at once; the whole decision follows as {@link ApplicationApproved} or
 * {@link ApplicationRejected}.
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the application
 * @param reviewCaseId the review case that decided them
 * @param approved the items approved now, each as {@code <ref>} or
 * {@code <ref> (<brand name>)}
 * @param rejected the coded reasons of the items rejected now, each naming its item
 * @param remaining the items still in review, named as the approved ones
 */
@NamedInterface("events")
public record ApplicationItemsDecided(UUID sellerId, String memberId, UUID applicationId, UUID reviewCaseId,
		List<String> approved, List<Reason> rejected, List<String> remaining) {

	public ApplicationItemsDecided {
		approved = List.copyOf(approved);
		rejected = List.copyOf(rejected);
		remaining = List.copyOf(remaining);
	}

}
