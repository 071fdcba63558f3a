package io.kaidian.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.kaidian.platform.rules.Violation;

/**
 * What {@link Screening#check} found: nothing (passed), or every hit in text order.
 *
 * @param hits the terms found, ordered by where they start
 */
public record ScreeningResult(List<Hit> hits) {

	public ScreeningResult {
		hits = List.copyOf(hits);
	}

	/** Whether the text contains no term of either list. */
	public boolean passed() {
		return this.hits.isEmpty();
	}

	/** The hits of one list. */
	public List<Hit> hits(TermList list) {
		return this.hits.stream().filter((hit) -> hit.list() == list).toList();
	}

	/**
	 * The hits as the violations a caller puts in its {@code 422}: one per distinct term,
	 * code {@code PROHIBITED_TERM} or {@code PROTECTED_BRAND}, message arguments
	 * {@code {0}} the matched text and {@code {1}} the dictionary term.
	 * @param field the request field the text came from, e.g. {@code name}
	 */
	public List<Violation> violations(String field) {
		Set<String> reported = new LinkedHashSet<>();
		List<Violation> violations = new ArrayList<>();
		for (Hit hit : this.hits) {
			if (reported.add(hit.list() + "\u0000" + hit.term())) {
				violations.add(Violation.of(field, hit.violationCode(), hit.matched(), hit.term()));
			}
		}
		return violations;
	}

}
