package io.kaidian.screening.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.screening.ScreeningDictionary;

/**
 * {@code /api/v1/admin/screening/terms}: operators read and edit the prohibited-term and
 * protected-brand lists of R-REG-5 (role OPERATOR, as every {@code /api/v1/admin/**}
 * path).
 */
@RestController
@Tag(name = ApiTags.SCREENING)
@RequestMapping("/api/v1/admin/screening/terms")
class ScreeningTermsApi {

	private final ScreeningDictionary dictionary;

	ScreeningTermsApi(ScreeningDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/**
	 * The screening terms of one list ({@code ?list=PROHIBITED|PROTECTED_BRAND}), or of
	 * both.
	 */
	@GetMapping
	List<ScreeningDictionary.Entry> terms(@RequestParam(required = false) @Nullable String list) {
		return this.dictionary.terms(list);
	}

	/** Add a screening term to a list. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ScreeningDictionary.Entry add(@RequestBody NewTermRequest request, @AuthenticationPrincipal KaidianUser operator) {
		return this.dictionary.add(new ScreeningDictionary.NewTerm(request.term(), request.list()),
				operator.accountId());
	}

	/** Remove a screening term. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id) {
		this.dictionary.remove(id);
	}

	/**
	 * @param term the term, e.g. {@code Louis Vuitton} or {@code 高仿}
	 * @param list {@code PROHIBITED} or {@code PROTECTED_BRAND}
	 */
	record NewTermRequest(@Nullable String term, @Nullable String list) {
	}

}
