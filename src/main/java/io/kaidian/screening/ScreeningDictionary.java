package io.kaidian.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * The operators' side of R-REG-5: the prohibited-term and protected-brand lists, as
 * {@code /api/v1/admin/screening/terms} shows and edits them. Every change applies to
 * this instance's {@link Screening} at once and to the other instances within their
 * refresh interval.
 */
@Service
public class ScreeningDictionary {

	private final ScreeningTerms terms;

	private final Screening screening;

	private final TransactionTemplate transactions;

	private final ScreeningProperties properties;

	private final Clock clock;

	ScreeningDictionary(ScreeningTerms terms, Screening screening, TransactionTemplate transactions,
			ScreeningProperties properties, Clock clock) {
		this.terms = terms;
		this.screening = screening;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The terms of one list, or of both.
	 * @param list {@code PROHIBITED}, {@code PROTECTED_BRAND}, or {@code null} for both
	 */
	public List<Entry> terms(@Nullable String list) {
		if (list == null || list.isBlank()) {
			return this.terms.find(null);
		}
		TermList parsed = parse(list);
		if (parsed == null) {
			throw RuleViolationException.of("list", "TERM_LIST_INVALID");
		}
		return this.terms.find(parsed);
	}

	/**
	 * Adds a term. Every rule failure is reported at once and nothing is written: the
	 * term is required, at most {@code kaidian.screening.max-term-length} characters, and
	 * at least {@code min-term-length} characters once normalised
	 * ({@code TERM_TOO_SHORT}); the list is required and one of the two
	 * ({@code TERM_LIST_INVALID}); a term already in that list after normalisation is
	 * refused ({@code TERM_EXISTS}). Two concurrent additions of one term add it once;
	 * the other gets a duplicate-key conflict.
	 * @param createdBy the operator adding it
	 */
	public Entry add(NewTerm request, UUID createdBy) {
		List<Violation> violations = new ArrayList<>();
		String term = (request.term() != null) ? request.term().strip() : "";
		String normalized = TextNormaliser.term(term);
		if (term.isEmpty()) {
			violations.add(Violation.of("term", "REQUIRED"));
		}
		else if (term.codePointCount(0, term.length()) > this.properties.maxTermLength()) {
			violations.add(Violation.of("term", "LENGTH_INVALID"));
		}
		else if (normalized.codePointCount(0, normalized.length()) < this.properties.minTermLength()) {
			violations.add(Violation.of("term", "TERM_TOO_SHORT", this.properties.minTermLength()));
		}
		@Nullable TermList list = null;
		if (request.list() == null || request.list().isBlank()) {
			violations.add(Violation.of("list", "REQUIRED"));
		}
		else {
			list = parse(request.list());
			if (list == null) {
				violations.add(Violation.of("list", "TERM_LIST_INVALID"));
			}
		}
		if (!violations.isEmpty() || list == null) {
			throw new RuleViolationException(violations);
		}
		Entry entry = new Entry(UUID.randomUUID(), term, list, normalized, this.clock.instant(), createdBy);
		this.transactions.executeWithoutResult((status) -> {
			if (this.terms.exists(normalized, entry.list())) {
				throw RuleViolationException.of("term", "TERM_EXISTS");
			}
			this.terms.add(entry);
			this.terms.changed(entry.createdAt());
		});
		this.screening.reload();
		return entry;
	}

	/**
	 * Removes a term from its list.
	 * @throws NotFoundException when there is no such term
	 */
	public void remove(UUID id) {
		this.transactions.executeWithoutResult((status) -> {
			if (!this.terms.remove(id)) {
				throw new NotFoundException();
			}
			this.terms.changed(this.clock.instant());
		});
		this.screening.reload();
	}

	private static @Nullable TermList parse(String list) {
		try {
			return TermList.valueOf(list.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A term to add.
	 *
	 * @param term the term as sellers would write it, e.g. {@code Louis Vuitton} or
	 * {@code 高仿}
	 * @param list {@code PROHIBITED} or {@code PROTECTED_BRAND}
	 */
	public record NewTerm(@Nullable String term, @Nullable String list) {
	}

	/**
	 * A dictionary entry.
	 *
	 * @param id the entry
	 * @param term the term as the operator wrote it
	 * @param list its dictionary
	 * @param matchedAs the normalised form texts are matched against (lower case,
	 * look-alikes folded, separators removed): two terms with the same form are the same
	 * term
	 * @param createdAt when it was added
	 * @param createdBy the operator who added it; {@code null} for the initial dictionary
	 */
	public record Entry(UUID id, String term, TermList list, String matchedAs, Instant createdAt,
			@Nullable UUID createdBy) {
	}

}
