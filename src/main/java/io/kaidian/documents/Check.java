package io.kaidian.documents;

/**
 * One automated check of an uploaded photo (PRODUCT.md §4 item 5), shown to the seller at
 * once and to the reviewer as a flag. A failed check refuses nothing by itself.
 *
 * @param code what was checked: {@code BLUR} (passed: sharp enough) or {@code RESOLUTION}
 * (passed: large enough)
 * @param passed whether the photo passed it
 * @param detail what was measured against what threshold, as {@code measured / needed}
 * (numbers only, so that any language reads it; not translated: the caller shows a
 * message per code)
 */
public record Check(String code, boolean passed, String detail) {

	/** Sharp enough: variance of the Laplacian at or over the threshold. */
	public static final String BLUR = "BLUR";

	/** Large enough: both sides at or over the minimum. */
	public static final String RESOLUTION = "RESOLUTION";

}
