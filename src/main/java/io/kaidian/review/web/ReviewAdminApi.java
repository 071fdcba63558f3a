package io.kaidian.review.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.review.Queue;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.review.ReviewerAccess;

/**
 * Operators maintain the reason catalogue, reviewers' queues and declared conflicts of
 * interest.
 */
@RestController
@Tag(name = ApiTags.REVIEW)
class ReviewAdminApi {

	private final ReasonCatalogue catalogue;

	private final ReviewerAccess access;

	ReviewAdminApi(ReasonCatalogue catalogue, ReviewerAccess access) {
		this.catalogue = catalogue;
		this.access = access;
	}

	/** Create or change a coded rejection reason and its texts. */
	@PutMapping("/api/v1/admin/review/reasons/{code}")
	void saveReason(@PathVariable String code, @Valid @RequestBody ReasonRequest request) {
		this.catalogue
			.save(new ReasonCatalogue.Definition(code, request.itemKinds(), request.textEn(), request.textZh(),
					request.howToFixEn(), request.howToFixZh(), request.active() == null || request.active()));
	}

	/** Set the queues a reviewer works on. */
	@PutMapping("/api/v1/admin/review/reviewers/{staffId}/queues")
	List<String> assignQueues(@PathVariable UUID staffId, @RequestBody List<Queue> queues) {
		this.access.assign(staffId, queues);
		return this.access.queues(staffId);
	}

	/** The queues a reviewer works on. */
	@GetMapping("/api/v1/admin/review/reviewers/{staffId}/queues")
	List<String> queues(@PathVariable UUID staffId) {
		return this.access.queues(staffId);
	}

	/** Record a conflict of interest: the reviewer never gets that seller's cases. */
	@PostMapping("/api/v1/admin/review/conflicts")
	@ResponseStatus(HttpStatus.CREATED)
	void declareConflict(@Valid @RequestBody ConflictRequest request, @AuthenticationPrincipal KaidianUser operator) {
		this.access.declareConflict(request.staffId(), request.memberId(), request.note(), operator.accountId());
	}

	/**
	 * @param itemKinds the item kinds the reason applies to
	 * @param textEn what is wrong, English
	 * @param textZh what is wrong, Chinese
	 * @param howToFixEn how to fix, English
	 * @param howToFixZh how to fix, Chinese
	 * @param active whether reviewers may use it (default true)
	 */
	record ReasonRequest(@NotNull List<String> itemKinds, String textEn, String textZh, String howToFixEn,
			String howToFixZh, @Nullable Boolean active) {
	}

	/**
	 * @param staffId the member of staff
	 * @param memberId the seller linked to them
	 * @param note how they are linked
	 */
	record ConflictRequest(@NotNull UUID staffId, @NotBlank @Size(max = 32) String memberId,
			@Nullable @Size(max = 500) String note) {
	}

}
