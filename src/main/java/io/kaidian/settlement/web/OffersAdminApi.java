package io.kaidian.settlement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.settlement.CategoryChange;
import io.kaidian.settlement.CategoryEntry;
import io.kaidian.settlement.OfferEditing;
import io.kaidian.settlement.PlanChange;
import io.kaidian.settlement.PlanTerms;
import io.kaidian.settlement.SavedEntry;
import io.kaidian.settlement.ScopeChange;
import io.kaidian.settlement.ScopeEntry;

/**
 * Operators keep the offers (R-APP-2…4, R-FEE-1). Guide: docs/guide/offers.md.
 */
@RestController
@Tag(name = ApiTags.OFFERS)
class OffersAdminApi {

	private final OfferEditing catalogue;

	OffersAdminApi(OfferEditing catalogue) {
		this.catalogue = catalogue;
	}

	/** Every scope, active or not, each with all its categories. */
	@GetMapping("/api/v1/admin/business-scopes")
	List<ScopeEntry> scopes() {
		return this.catalogue.scopes();
	}

	/** Create or change a business scope, its fees and store types. */
	@PutMapping("/api/v1/admin/business-scopes/{code}")
	ResponseEntity<ScopeEntry> putScope(@PathVariable String code, @RequestBody ScopeChange request,
			@AuthenticationPrincipal KaidianUser operator) {
		return answer(this.catalogue.putScope(code, request, operator.accountId()));
	}

	/** Create or change a category of a business scope. */
	@PutMapping("/api/v1/admin/business-scopes/{code}/categories/{categoryCode}")
	ResponseEntity<CategoryEntry> putCategory(@PathVariable String code, @PathVariable String categoryCode,
			@RequestBody CategoryChange request, @AuthenticationPrincipal KaidianUser operator) {
		return answer(this.catalogue.putCategory(code, categoryCode, request, operator.accountId()));
	}

	/** The terms of both plans, with their names in both languages. */
	@GetMapping("/api/v1/admin/sales-plans")
	List<PlanTerms> plans() {
		return this.catalogue.plans();
	}

	/** Change the terms of a sales plan. */
	@PutMapping("/api/v1/admin/sales-plans/{plan}")
	PlanTerms putPlan(@PathVariable String plan, @RequestBody PlanChange request,
			@AuthenticationPrincipal KaidianUser operator) {
		return this.catalogue.putPlan(plan, request, operator.accountId());
	}

	/** Every recorded change to the offers, oldest first. */
	@GetMapping("/api/v1/admin/offers/history")
	List<AuditTrail.Recorded> history() {
		return this.catalogue.history();
	}

	private static <T> ResponseEntity<T> answer(SavedEntry<T> saved) {
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
	}

}
