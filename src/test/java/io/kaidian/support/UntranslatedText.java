package io.kaidian.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Finds in a text what a reader must never see: a missing message ({@code ??key??}), the
 * name of an enum constant of the code base ({@code DRAFT}, {@code CORPORATE_ALIPAY}), a
 * rule number ({@code R-APP-3}), or a reference to the specification or an ADR. The enum
 * constants are read from the compiled classes, so the list grows with the code.
 */
public final class UntranslatedText {

	/**
	 * Constants that are also words of the texts: the trademark mark "TM", and the
	 * abbreviations a reader knows (file formats among them).
	 */
	private static final Set<String> WORDS = Set.of("TM", "SMS", "PDF", "JPEG", "PNG", "API", "ID", "CNY");

	private static final Pattern TOKEN = Pattern
		.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])");

	private static final Pattern REFERENCE = Pattern
		.compile("\\?\\?|(?<![A-Za-z])R-[A-Z]+-\\d|PRODUCT\\.md|API\\.md|(?<![A-Za-z])ADR(?![A-Za-z])|docs/adr");

	private static final Pattern READ_ATTRIBUTE = Pattern.compile("\\s(title|alt|placeholder|aria-label)=\"([^\"]*)\"");

	private static final Set<String> CONSTANTS = readConstants();

	private UntranslatedText() {
	}

	/** The enum constants a reader could meet, as read from the classes. */
	public static Set<String> constants() {
		return CONSTANTS;
	}

	private static Set<String> readConstants() {
		Set<String> constants = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.kaidian")) {
			if (type.isEnum()) {
				type.getEnumConstants()
					.stream()
					.map(JavaEnumConstant::name)
					.filter((name) -> name.length() > 1 && !WORDS.contains(name))
					.forEach(constants::add);
			}
		}
		return Set.copyOf(constants);
	}

	/** What is wrong in this text, each with a little of the text around it. */
	public static List<String> problems(String text) {
		List<String> problems = new ArrayList<>();
		Matcher reference = REFERENCE.matcher(text);
		while (reference.find()) {
			problems.add(around(text, reference.start(), reference.end()));
		}
		Matcher token = TOKEN.matcher(text);
		while (token.find()) {
			if (CONSTANTS.contains(token.group())) {
				problems.add(token.group() + " in " + around(text, token.start(), token.end()));
			}
		}
		return problems;
	}

	/**
	 * What a reader reads of a page: the text outside tags, scripts and comments, and the
	 * attributes read aloud or shown ({@code title}, {@code alt}, {@code placeholder},
	 * {@code aria-label}).
	 */
	public static String readable(String html) {
		String page = html.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<script[^>]*>.*?</script>", " ")
			.replaceAll("(?s)<style[^>]*>.*?</style>", " ");
		StringBuilder readable = new StringBuilder();
		Matcher attribute = READ_ATTRIBUTE.matcher(page);
		while (attribute.find()) {
			readable.append(attribute.group(2)).append('\n');
		}
		readable.append(page.replaceAll("(?s)<[^>]*>", " "));
		return readable.toString()
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	private static String around(String text, int start, int end) {
		return "…" + text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replaceAll("\\s+", " ")
				+ "…";
	}

}
