package io.kaidian.platform.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which {@link TextKind} a field is, from its name as the client sends it (ADR 0020): a
 * JSON path such as {@code address.line1} or {@code brands[0].name}, or a form or query
 * parameter such as {@code notes[DATA|WRONG]}. The rules are by name so that a new field
 * called like its kind is policed like its kind without anyone remembering to:
 * <ul>
 * <li>a name: {@code name}, anything ending in {@code Name} ({@code companyName},
 * {@code chineseName}), {@code nameEn}/{@code nameZh}, and a brand's {@code owner};</li>
 * <li>an address: anything under {@code address}, and the address parts {@code province},
 * {@code city}, {@code district}, {@code line1}, {@code line2}, {@code postalCode};</li>
 * <li>free text, where tab and line breaks are allowed: {@code note}, {@code notes},
 * {@code message}, and the reason catalogue's {@code textEn}, {@code textZh},
 * {@code howToFixEn}, {@code howToFixZh}, a store's {@code brandStory};</li>
 * <li>everything else: one line of plain text.</li>
 * </ul>
 */
public final class TextFields {

	private static final Set<String> NAMES = Set.of("name", "owner", "nameen", "namezh");

	private static final Set<String> ADDRESS_PARTS = Set.of("address", "province", "city", "district", "line1", "line2",
			"postalcode");

	private static final Set<String> FREE_TEXT = Set.of("note", "notes", "message", "texten", "textzh", "howtofixen",
			"howtofixzh", "brandstory");

	private TextFields() {
	}

	/**
	 * The kind of the field at this path; {@link TextKind#LINE} when nothing says
	 * otherwise.
	 */
	public static TextKind kindOf(String path) {
		String[] segments = path.split("\\.");
		for (int i = 0; i < segments.length - 1; i++) {
			if (bare(segments[i]).equals("address")) {
				return TextKind.ADDRESS;
			}
		}
		String field = segments.length > 0 ? segments[segments.length - 1] : "";
		String bare = bare(field);
		if (NAMES.contains(bare) || stripIndex(field).endsWith("Name")) {
			return TextKind.NAME;
		}
		if (ADDRESS_PARTS.contains(bare)) {
			return TextKind.ADDRESS;
		}
		if (FREE_TEXT.contains(bare)) {
			return TextKind.MULTI_LINE;
		}
		return TextKind.LINE;
	}

	/**
	 * The field's name without an index or key ({@code notes[x]} is {@code notes}), lower
	 * case.
	 */
	private static String bare(String segment) {
		return stripIndex(segment).toLowerCase(Locale.ROOT);
	}

	private static String stripIndex(String segment) {
		int bracket = segment.indexOf('[');
		return bracket >= 0 ? segment.substring(0, bracket) : segment;
	}

}
