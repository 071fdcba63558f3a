package io.kaidian.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A seller's onboarding checklist (PRODUCT.md §2, §4.4): every requirement in journey
 * order with its state, deadlines and what blocks it. A requirement whose prerequisites
 * are all done and which is not itself settled is {@code DUE}; one with an unfinished
 * prerequisite is {@code BLOCKED} by those prerequisites.
 *
 * @param stage the first requirement not yet done, or {@code OPEN} when all are
 * @param storeStatus the store's status, {@code NONE} until a store exists
 * @param requirements every requirement, in journey order
 */
public record Checklist(String stage, String storeStatus, List<Item> requirements) {

	/** The checklist of a seller whose settled requirements are those given. */
	public static Checklist of(Map<Requirement, Settled> settled, String storeStatus) {
		Map<Requirement, RequirementState> states = new EnumMap<>(Requirement.class);
		List<Item> items = new ArrayList<>();
		for (Requirement requirement : Requirement.values()) {
			Settled known = settled.get(requirement);
			List<String> blockedBy = requirement.prerequisites()
				.stream()
				.filter((prerequisite) -> states.get(prerequisite) != RequirementState.DONE)
				.map(Enum::name)
				.toList();
			RequirementState state;
			if (known != null && known.state() == RequirementState.DONE) {
				state = RequirementState.DONE;
			}
			else if (!blockedBy.isEmpty()) {
				state = RequirementState.BLOCKED;
			}
			else {
				state = known != null ? known.state() : RequirementState.DUE;
			}
			states.put(requirement, state);
			items.add(new Item(requirement.name(), state, known != null ? known.dueBy() : null,
					known != null ? known.expectedDecisionBy() : null, known != null ? known.reasons() : List.of(),
					state == RequirementState.BLOCKED ? blockedBy : List.of()));
		}
		String stage = items.stream()
			.filter((item) -> item.state() != RequirementState.DONE)
			.map(Item::key)
			.findFirst()
			.orElse("OPEN");
		return new Checklist(stage, storeStatus, items);
	}

	/**
	 * One requirement as the seller sees it.
	 *
	 * @param key the requirement
	 * @param state where it stands
	 * @param dueBy the seller's deadline, if any
	 * @param expectedDecisionBy when a review is expected to decide, if in review
	 * @param reasons why it was rejected
	 * @param blockedBy the requirements it waits for
	 */
	public record Item(String key, RequirementState state, @Nullable Instant dueBy,
			@Nullable Instant expectedDecisionBy, List<Reason> reasons, List<String> blockedBy) {
	}

	/**
	 * A coded reason for a rejection.
	 *
	 * @param field the rejected item
	 * @param code the reason's code
	 * @param message the reason in the seller's language
	 */
	public record Reason(@Nullable String field, String code, String message) {
	}

	/**
	 * What the module knows of one requirement from the events it heard.
	 *
	 * @param state the state the owning module reported
	 * @param dueBy the seller's deadline, if any
	 * @param expectedDecisionBy when a review is expected to decide
	 * @param late whether the review is past its expected decision time
	 * @param reasons why it was rejected
	 */
	public record Settled(RequirementState state, @Nullable Instant dueBy, @Nullable Instant expectedDecisionBy,
			boolean late, List<Reason> reasons) {

		public static Settled done() {
			return new Settled(RequirementState.DONE, null, null, false, List.of());
		}

		public static Settled inReview(Instant expectedDecisionBy) {
			return new Settled(RequirementState.IN_REVIEW, null, expectedDecisionBy, false, List.of());
		}

		/** Rejected by a reviewer: each reason with the reviewer's note. */
		public static Settled rejected(List<io.kaidian.review.Reason> reasons) {
			return new Settled(RequirementState.REJECTED, null, null, false,
					reasons.stream()
						.map((reason) -> new Reason(reason.field(), reason.code(),
								reason.message() != null ? reason.message() : ""))
						.toList());
		}

	}

}
