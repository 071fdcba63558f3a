package io.kaidian.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.kaidian.review.ReviewSubject;

/**
 * What changed per item since its last decision, for the reviewer (R-APP-6): a brand's
 * data, and documents replaced.
 */
final class ReviewChanges {

	private final List<ReviewSubject.Change> changes = new ArrayList<>();

	private ReviewChanges() {
	}

	static List<ReviewSubject.Change> of(SettlementApplication a, List<ApplicationDocuments.Attached> attached) {
		ReviewChanges result = new ReviewChanges();
		if (a.attempt() == 1 && a.items().stream().allMatch((i) -> i.decided() == null)) {
			return result.changes;
		}
		for (ApplicationItem item : a.items()) {
			if (item.locked()) {
				continue;
			}
			ApplicationItem.Decided decided = item.decided();
			if (decided == null) {
				result.changes.add(new ReviewSubject.Change(item.key(), null, "new item"));
				continue;
			}
			result.brand(item.key(), decided.brand(), item.brand());
			for (ApplicationDocuments.Attached d : attached) {
				if (d.ref().equals(item.ref()) && !d.documentId().equals(decided.documents().get(d.kind()))) {
					result.changes.add(new ReviewSubject.Change(item.key() + "." + d.kind(),
							decided.documents().containsKey(d.kind()) ? "replaced" : null, "new upload"));
				}
			}
		}
		return result.changes;
	}

	private void brand(String key, @Nullable Brand before, @Nullable Brand after) {
		if (before == null || after == null) {
			return;
		}
		compare(key + ".name", before.name(), after.name());
		compare(key + ".trademarkNumber", before.trademarkNumber(), after.trademarkNumber());
		compare(key + ".trademarkStatus", ReviewSubjectAssembler.name(before.trademarkStatus()),
				ReviewSubjectAssembler.name(after.trademarkStatus()));
		compare(key + ".ownership", ReviewSubjectAssembler.name(before.ownership()),
				ReviewSubjectAssembler.name(after.ownership()));
		compare(key + ".trademarkClass", string(before.trademarkClass()), string(after.trademarkClass()));
		compare(key + ".owner", before.owner(), after.owner());
	}

	private void compare(String field, @Nullable String before, @Nullable String after) {
		if (!Objects.equals(before, after)) {
			this.changes.add(new ReviewSubject.Change(field, before, after));
		}
	}

	private static @Nullable String string(@Nullable Integer value) {
		return value != null ? value.toString() : null;
	}

}
