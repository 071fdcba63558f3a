package io.kaidian.platform.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/sellers/{memberId}/history}: every recorded state change of a
 * seller.
 */
@RestController
class SellerHistoryApi {

	private final AuditTrail trail;

	SellerHistoryApi(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/admin/sellers/{memberId}/history")
	List<AuditTrail.Recorded> history(@PathVariable String memberId) {
		return this.trail.history(memberId);
	}

}
