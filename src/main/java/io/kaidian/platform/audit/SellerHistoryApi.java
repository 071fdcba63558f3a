package io.kaidian.platform.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.web.ApiTags;

/**
 * {@code GET /api/v1/admin/sellers/{memberId}/history}: every recorded state change of a
 * seller.
 */
@RestController
@Tag(name = ApiTags.OPERATIONS)
class SellerHistoryApi {

	private final AuditTrail trail;

	SellerHistoryApi(AuditTrail trail) {
		this.trail = trail;
	}

	/** Everything recorded of a seller, oldest first. */
	@GetMapping("/api/v1/admin/sellers/{memberId}/history")
	List<AuditTrail.Recorded> history(@PathVariable String memberId) {
		return this.trail.history(memberId);
	}

}
