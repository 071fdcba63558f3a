package io.kaidian.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.review.ReviewSubject;
import io.kaidian.screening.Hit;
import io.kaidian.screening.Screening;
import io.kaidian.screening.ScreeningContext;

/**
 * Describes a store's name or domain change for the reviewer (R-STORE-1): the name and
 * domain now and asked for, each changed one as an item taking its own reasons
 * ({@code STORE_NAME}, {@code STORE_DOMAIN}), and the screening of each (R-REG-5: what
 * reached the desk passed it; a protected brand shows only when the store's application
 * approved it).
 */
@Component
class StoreChangeSubjectAssembler {

	private final Screening screening;

	StoreChangeSubjectAssembler(Screening screening) {
		this.screening = screening;
	}

	ReviewSubject subject(Store current, String name, String domain) {
		List<ReviewSubject.Field> summary = new ArrayList<>();
		List<ReviewSubject.Flag> flags = new ArrayList<>();
		summary.add(new ReviewSubject.Field("currentName", current.name()));
		if (!current.name().equals(name)) {
			summary.add(new ReviewSubject.Field("STORE_NAME", name));
			flags.add(screened("STORE_NAME", name, ScreeningContext.STORE_NAME));
		}
		summary.add(new ReviewSubject.Field("currentDomain", current.domain()));
		if (!current.domain().equals(domain)) {
			summary.add(new ReviewSubject.Field("STORE_DOMAIN", domain));
			flags.add(screened("STORE_DOMAIN", domain, ScreeningContext.STORE_DOMAIN));
		}
		summary.add(new ReviewSubject.Field("official", String.valueOf(current.official())));
		return new ReviewSubject(summary, List.of(), flags, List.of(), List.of());
	}

	/**
	 * The screening of the new value: passed (refused terms never reach the desk), with
	 * the approved brands it names, if any.
	 */
	private ReviewSubject.Flag screened(String field, String text, ScreeningContext context) {
		List<Hit> hits = this.screening.check(text, context).hits();
		@Nullable String detail = hits.isEmpty() ? null
				: hits.stream()
					.map((hit) -> hit.violationCode() + " " + hit.term())
					.distinct()
					.collect(Collectors.joining(", "));
		return new ReviewSubject.Flag(field + ":TERM_SCREENING", true, detail);
	}

}
