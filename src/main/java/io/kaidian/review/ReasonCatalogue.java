package io.kaidian.review;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.i18n.Languages;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * The operator-maintained catalogue of coded reasons (PRODUCT.md §4.1): code, the item
 * kinds it applies to, text and how to fix, in English and Chinese. A rejection may only
 * use its codes.
 */
@Service
public class ReasonCatalogue {

	/** Document kinds of the identity step (R-ID-3). */
	static final Set<String> DOCUMENT_KINDS = Set.of("BUSINESS_LICENSE", "BANK_ACCOUNT_LICENSE", "ID_FRONT", "ID_BACK",
			"HOLDING_ID_PHOTO", "TRADEMARK_CERTIFICATE", "AUTHORIZATION_LETTER", "CATEGORY_QUALIFICATION",
			"PRODUCT_CHECKLIST");

	/**
	 * Data fields that take reasons of their own rather than the generic {@code DATA}
	 * ones: a store's requested name and domain (R-STORE-1). A case whose summary names
	 * one is refused field by field.
	 */
	static final Set<String> FIELD_KINDS = Set.of("STORE_NAME", "STORE_DOMAIN");

	/**
	 * Every item kind a reason may apply to: a document kind, an application item, a
	 * field of its own, or data.
	 */
	static final Set<String> ITEM_KINDS;

	static {
		var kinds = new java.util.HashSet<>(DOCUMENT_KINDS);
		kinds.addAll(FIELD_KINDS);
		kinds.addAll(List.of("CATEGORY", "BRAND", "DATA"));
		ITEM_KINDS = Set.copyOf(kinds);
	}

	private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{2,63}$");

	private final JdbcClient jdbc;

	private final ItemLabels items;

	ReasonCatalogue(JdbcClient jdbc, ItemLabels items) {
		this.items = items;
		this.jdbc = jdbc;
	}

	/**
	 * Whether reasons may apply to this item kind (a document kind, CATEGORY, BRAND or
	 * DATA).
	 */
	public static boolean isItemKind(String kind) {
		return ITEM_KINDS.contains(kind);
	}

	/** The active reasons, in the caller's language, for one item kind or all. */
	public List<Entry> list(@Nullable String itemKind, Locale locale) {
		boolean chinese = Languages.supported(locale).equals(Languages.CHINESE);
		return this.jdbc
			.sql("SELECT code, item_kinds, text_en, text_zh, how_to_fix_en, how_to_fix_zh FROM review_reason "
					+ "WHERE active AND (CAST(:kind AS TEXT) IS NULL OR :kind = ANY (item_kinds)) ORDER BY code")
			.param("kind", itemKind)
			.query((rs, row) -> new Entry(rs.getString("code"), kinds(rs.getArray("item_kinds")),
					rs.getString(chinese ? "text_zh" : "text_en"),
					rs.getString(chinese ? "how_to_fix_zh" : "how_to_fix_en")))
			.list();
	}

	/** Whether a data field takes reasons of its own kind ({@link #FIELD_KINDS}). */
	public static boolean isFieldKind(String field) {
		return FIELD_KINDS.contains(field);
	}

	/**
	 * The kind of item a reason's field names: a document kind, a field of its own,
	 * CATEGORY, BRAND or DATA.
	 */
	static String itemKind(String field) {
		if (DOCUMENT_KINDS.contains(field) || FIELD_KINDS.contains(field)) {
			return field;
		}
		if (field.startsWith("category:")) {
			return "CATEGORY";
		}
		if (field.startsWith("brand:")) {
			return "BRAND";
		}
		return "DATA";
	}

	/**
	 * Checks each reason's code exists, is active and applies to the kind of its field.
	 */
	List<Violation> check(List<Reason> reasons, String fieldPrefix) {
		List<Violation> violations = new java.util.ArrayList<>();
		for (int i = 0; i < reasons.size(); i++) {
			Reason reason = reasons.get(i);
			Optional<Set<String>> kinds = kindsOf(reason.code());
			if (kinds.isEmpty()) {
				violations.add(Violation.of(fieldPrefix + "[" + i + "].code", "UNKNOWN_REASON", reason.code()));
			}
			else if (!kinds.get().contains(itemKind(reason.field()))) {
				violations.add(Violation.of(fieldPrefix + "[" + i + "].code", "REASON_NOT_APPLICABLE", reason.code(),
						reason.field()));
			}
		}
		return violations;
	}

	/** Adds or replaces a reason (operators). */
	@Transactional
	public void save(Definition definition) {
		List<Violation> violations = new java.util.ArrayList<>();
		if (!CODE.matcher(definition.code()).matches()) {
			violations.add(Violation.of("code", "REASON_CODE_INVALID"));
		}
		if (definition.itemKinds().isEmpty() || !ITEM_KINDS.containsAll(definition.itemKinds())) {
			violations.add(Violation.of("itemKinds", "ITEM_KINDS_INVALID"));
		}
		for (String[] text : new String[][] { { "textEn", definition.textEn() }, { "textZh", definition.textZh() },
				{ "howToFixEn", definition.howToFixEn() }, { "howToFixZh", definition.howToFixZh() } }) {
			if (text[1] == null || text[1].isBlank()) {
				violations.add(Violation.of(text[0], "REQUIRED"));
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		insert(definition,
				"DO UPDATE SET item_kinds = EXCLUDED.item_kinds, text_en = EXCLUDED.text_en, "
						+ "text_zh = EXCLUDED.text_zh, how_to_fix_en = EXCLUDED.how_to_fix_en, "
						+ "how_to_fix_zh = EXCLUDED.how_to_fix_zh, active = EXCLUDED.active");
	}

	/**
	 * Adds a reason another module relies on (e.g. identity's {@code SUBJECT_BANNED})
	 * unless the catalogue has it already; an operator's edits are kept.
	 */
	@Transactional
	public void register(Definition definition) {
		insert(definition, "DO NOTHING");
	}

	private void insert(Definition definition, String onConflict) {
		this.jdbc
			.sql("INSERT INTO review_reason (code, item_kinds, text_en, text_zh, how_to_fix_en, how_to_fix_zh, active) "
					+ "VALUES (:code, CAST(:kinds AS TEXT[]), :textEn, :textZh, :fixEn, :fixZh, :active) "
					+ "ON CONFLICT (code) " + onConflict)
			.param("code", definition.code())
			.param("kinds", "{" + String.join(",", definition.itemKinds().stream().sorted().toList()) + "}")
			.param("textEn", definition.textEn())
			.param("textZh", definition.textZh())
			.param("fixEn", definition.howToFixEn())
			.param("fixZh", definition.howToFixZh())
			.param("active", definition.active())
			.update();
	}

	/**
	 * The reasons of a rejection as lines for a message to the seller, in the given
	 * language: {@code - <item>: <text> <how to fix> (<reviewer's note>)}; a code the
	 * catalogue lacks is named as it is.
	 */
	public String explain(List<Reason> reasons, Locale locale) {
		return reasons.stream()
			.map((reason) -> find(reason.code(), locale)
				.map((entry) -> "- " + this.items.label(reason.field(), locale) + ": " + entry.text() + " "
						+ entry.howToFix() + (reason.message() != null ? " (" + reason.message() + ")" : ""))
				.orElse("- " + this.items.label(reason.field(), locale) + ": " + reason.code()))
			.collect(Collectors.joining("\n"));
	}

	/** One reason in the given language, if the catalogue has it. */
	public Optional<Entry> find(String code, Locale locale) {
		boolean chinese = Languages.supported(locale).equals(Languages.CHINESE);
		return this.jdbc
			.sql("SELECT code, item_kinds, text_en, text_zh, how_to_fix_en, how_to_fix_zh FROM review_reason "
					+ "WHERE code = :code")
			.param("code", code)
			.query((rs, row) -> new Entry(rs.getString("code"), kinds(rs.getArray("item_kinds")),
					rs.getString(chinese ? "text_zh" : "text_en"),
					rs.getString(chinese ? "how_to_fix_zh" : "how_to_fix_en")))
			.optional();
	}

	private Optional<Set<String>> kindsOf(String code) {
		return this.jdbc.sql("SELECT item_kinds FROM review_reason WHERE code = :code AND active")
			.param("code", code)
			.query((rs, row) -> Set.copyOf(kinds(rs.getArray("item_kinds"))))
			.optional();
	}

	private static List<String> kinds(Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	/**
	 * A reason as reviewers and sellers read it.
	 *
	 * @param code the stable code
	 * @param itemKinds the item kinds it applies to
	 * @param text what is wrong, in the caller's language
	 * @param howToFix how to fix it, in the caller's language
	 */
	public record Entry(String code, List<String> itemKinds, String text, String howToFix) {
	}

	/**
	 * A reason as an operator defines it.
	 *
	 * @param code the stable code
	 * @param itemKinds the item kinds it applies to
	 * @param textEn what is wrong, in English
	 * @param textZh what is wrong, in Chinese
	 * @param howToFixEn how to fix it, in English
	 * @param howToFixZh how to fix it, in Chinese
	 * @param active whether reviewers may use it
	 */
	public record Definition(String code, List<String> itemKinds, String textEn, String textZh, String howToFixEn,
			String howToFixZh, boolean active) {
	}

}
