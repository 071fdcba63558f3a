package io.kaidian.onboarding.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.kaidian.onboarding.Checklist;
import io.kaidian.onboarding.RequirementState;

/**
 * The seller home's setup guide, after Polaris's onboarding "setup guide": how many of
 * the checklist's requirements are done, and the one to act on next with its action as
 * the page's primary button. The next step is the first requirement that is the seller's
 * move (due or rejected), in journey order; when none is, the first one in review, which
 * the seller only waits for.
 *
 * @param done how many requirements are done
 * @param total how many there are
 * @param nextKey the requirement to act on or wait for; {@code null} once all are done
 * @param nextState its state
 * @param actionPath where the primary button leads; {@code null} when there is nothing to
 * do on a page yet
 * @param actionText the message key of the primary button's text
 */
record SetupGuide(int done, int total, @Nullable String nextKey, @Nullable String nextState,
		@Nullable String actionPath, @Nullable String actionText) {

	/** The pages that act on a requirement; one a later module adds comes here. */
	private static final Map<String, String> PATHS = Map.of("IDENTITY", "/seller/identity", "APPLICATION",
			"/seller/application", "FEES", "/seller/fees", "EXAM", "/seller/exam", "STORE_PROFILE", "/seller/store",
			"COLLECTION_ACCOUNT", "/seller/collection-account", "PRODUCTS", "/seller/products");

	/**
	 * The guide of a checklist.
	 * @param checklist the seller's checklist
	 * @param actions the message key of the action on each requirement that has a page
	 * (absent where the requirement has no action now)
	 */
	static SetupGuide of(Checklist checklist, Map<String, String> actions) {
		List<Checklist.Item> items = checklist.requirements();
		int done = (int) items.stream().filter((item) -> item.state() == RequirementState.DONE).count();
		Optional<Checklist.Item> next = first(items, RequirementState.DUE, RequirementState.REJECTED)
			.or(() -> first(items, RequirementState.IN_REVIEW));
		if (next.isEmpty()) {
			return new SetupGuide(done, items.size(), null, null, null, null);
		}
		Checklist.Item item = next.get();
		boolean acts = item.state() != RequirementState.IN_REVIEW && actions.containsKey(item.key());
		return new SetupGuide(done, items.size(), item.key(), item.state().name(), acts ? PATHS.get(item.key()) : null,
				acts ? actions.get(item.key()) : null);
	}

	private static Optional<Checklist.Item> first(List<Checklist.Item> items, RequirementState... states) {
		List<RequirementState> wanted = List.of(states);
		return items.stream().filter((item) -> wanted.contains(item.state())).findFirst();
	}

	/** Whether every requirement is done. */
	boolean complete() {
		return this.done == this.total;
	}

}
