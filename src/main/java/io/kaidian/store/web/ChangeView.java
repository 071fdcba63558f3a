package io.kaidian.store.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.kaidian.store.StoreChange;

/**
 * A name or domain change of an open store as the seller's store page shows it
 * (R-STORE-1): what was asked, where it stands, and why it was refused; times in Beijing
 * time, as the checklist shows them.
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

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	static ChangeView of(StoreChange change, List<ChangeReasons.Explained> reasons) {
		return new ChangeView(change.name(), change.domain(), change.previousName(), change.previousDomain(),
				change.status().name(), TIME.format(change.requestedAt()), time(change.dueBy()),
				time(change.decidedAt()), reasons);
	}

	public boolean nameChanges() {
		return !this.name.equals(this.previousName);
	}

	public boolean domainChanges() {
		return !this.domain.equals(this.previousDomain);
	}

	private static @Nullable String time(@Nullable Instant instant) {
		return instant != null ? TIME.format(instant) : null;
	}

}
