package io.kaidian.settlement.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The brand rows a seller typed but could not save yet (a specialty store takes one
 * brand, so a second one is refused until the store type changes), kept in the HTTP
 * session so that they survive going back to another step; forgotten once the brands are
 * saved.
 *
 * @param accountId whose rows they are
 * @param rows the rows as typed
 * @param noBrand "no brand" as ticked
 */
record TypedBrands(UUID accountId, List<BrandRow> rows, boolean noBrand) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = TypedBrands.class.getName();

	TypedBrands {
		rows = List.copyOf(rows);
	}

	static void hold(HttpSession session, UUID accountId, List<BrandRow> rows, boolean noBrand) {
		if (rows.stream().allMatch(TypedBrands::blank)) {
			return;
		}
		session.setAttribute(ATTRIBUTE, new TypedBrands(accountId, rows, noBrand));
	}

	/** The seller's rows still unsaved, if any. */
	static @Nullable TypedBrands held(HttpSession session, UUID accountId) {
		return (session.getAttribute(ATTRIBUTE) instanceof TypedBrands typed && typed.accountId().equals(accountId))
				? typed : null;
	}

	static void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	private static boolean blank(BrandRow row) {
		return BrandRow.EMPTY.equals(new BrandRow(ApplicationPageText.blankToNull(row.name()),
				ApplicationPageText.blankToNull(row.trademarkNumber()),
				ApplicationPageText.blankToNull(row.trademarkStatus()),
				ApplicationPageText.blankToNull(row.ownership()), ApplicationPageText.blankToNull(row.trademarkClass()),
				ApplicationPageText.blankToNull(row.owner())));
	}

}
