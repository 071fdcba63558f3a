package io.kaidian.store.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.store.StoreChange;

/**
 * A name or domain change of an open store as the seller's store page shows it
 * (R-STORE-1): what was asked, where it stands, and why it was refused; times in Beijing
 * time written the reader's way, as the checklist shows them.
 *
 * @param name the name asked for
 * @param domain the domain asked for
 * @param previousName the name when asked
 * @param previousDomain the domain when asked
 * @param status {@code PENDING}, {@code APPROVED} or {@code REJECTED}
 * @param requestedAt when it was asked
 * @param expectedDecisionBy when a decision is expected
 * @param decidedAt when it was decided
 * @param reasons why it was refused
 */
record ChangeView(String name, String domain, String previousName, String previousDomain, String status,
		String requestedAt, @Nullable String expectedDecisionBy, @Nullable String decidedAt,
		List<ChangeReasons.Explained> reasons) {

	static ChangeView of(StoreChange change, List<ChangeReasons.Explained> reasons, ReaderTime times, Locale locale) {
		return new ChangeView(change.name(), change.domain(), change.previousName(), change.previousDomain(),
				change.status().name(), times.dateTime(change.requestedAt(), locale),
				times.dateTime(change.dueBy(), locale), times.dateTime(change.decidedAt(), locale), reasons);
	}

	public boolean nameChanges() {
		return !this.name.equals(this.previousName);
	}

	public boolean domainChanges() {
		return !this.domain.equals(this.previousDomain);
	}

}
