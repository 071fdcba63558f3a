package io.kaidian.screening;

/**
 * One dictionary term found in a screened text.
 *
 * @param term the dictionary term as the operator wrote it, e.g. {@code Nike}
 * @param list the dictionary it belongs to
 * @param matched the part of the screened text that matched, exactly as written there,
 * e.g. {@code Ｎ.ｉ.ｋ.ｅ}
 * @param start where {@code matched} starts in the screened text (a {@link String} index,
 * UTF-16 units)
 * @param end where it ends (exclusive), so {@code text.substring(start, end)} is
 * {@code matched}
 */
public record Hit(String term, TermList list, String matched, int start, int end) {

	/**
	 * The code a caller reports this hit with: {@code PROHIBITED_TERM} or
	 * {@code PROTECTED_BRAND}.
	 */
	public String violationCode() {
		return this.list.violationCode();
	}

}
