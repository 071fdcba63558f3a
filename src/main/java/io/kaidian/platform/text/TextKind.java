package io.kaidian.platform.text;

/**
 * What a text field holds, which decides what it may contain (ADR 0020).
 */
public enum TextKind {

	/** One line of plain text: no control characters, no bidi overrides. */
	LINE,

	/** Free text such as a note: like {@link #LINE}, but tab and line breaks allowed. */
	MULTI_LINE,

	/**
	 * A person's, company's or thing's name: like {@link #LINE}, and no zero-width
	 * characters or markup.
	 */
	NAME,

	/** A part of a postal address: the same rules as {@link #NAME}. */
	ADDRESS

}
