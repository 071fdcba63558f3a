package io.kaidian.review;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A reviewer's decision: either {@code outcome} with {@code reasons} for the whole case,
 * or {@code items} one by one (application cases, R-APP-5, R-APP-6).
 *
 * @param outcome approve or reject the whole case
 * @param reasons the coded reasons of a rejection
 * @param items item-by-item outcomes
 * @param version the version of the case the reviewer decided on
 */
@NamedInterface("desk")
public record Decision(@Nullable Outcome outcome, List<Reason> reasons, List<ItemOutcome> items,
		@Nullable Long version) {

	public Decision {
		reasons = reasons != null ? List.copyOf(reasons) : List.of();
		items = items != null ? List.copyOf(items) : List.of();
	}

	/**
	 * @param ref the item, {@code category:<code>} or {@code brand:<index>}
	 * @param outcome approve or reject it
	 * @param reasons why, if rejected
	 */
	public record ItemOutcome(String ref, @Nullable Outcome outcome, List<Reason> reasons) {

		public ItemOutcome {
			reasons = reasons != null ? List.copyOf(reasons) : List.of();
		}

	}

}
