package io.kaidian.screening;

/**
 * One dictionary entry as the matcher needs it: the term as the operator wrote it and its
 * list. {@link Screening#of(java.util.Collection)} takes these directly.
 *
 * @param term the term, e.g. {@code Louis Vuitton} or {@code 高仿}
 * @param list the dictionary it belongs to
 */
public record ScreeningTerm(String term, TermList list) {

	public static ScreeningTerm prohibited(String term) {
		return new ScreeningTerm(term, TermList.PROHIBITED);
	}

	public static ScreeningTerm protectedBrand(String term) {
		return new ScreeningTerm(term, TermList.PROTECTED_BRAND);
	}

}
