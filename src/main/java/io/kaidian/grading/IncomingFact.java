package io.kaidian.grading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One order fact as the order system sent it, checked field by field (API.md, "Grading").
 * The member ID is resolved later, a chunk at a time.
 *
 * @param index its position in the request, from 0
 * @param orderId the order
 * @param memberId the merchant's member ID
 * @param buyerId the buyer
 * @param completedAt when the order completed
 * @param feedback +1, 0, -1 or {@code null} for none
 * @param dispute a seller-responsible dispute
 * @param shippedLate shipped late
 * @param cancelledBySeller cancelled by the seller
 */
record IncomingFact(int index, String orderId, String memberId, String buyerId, Instant completedAt,
		@Nullable Short feedback, boolean dispute, boolean shippedLate, boolean cancelledBySeller) {

	static final int MAX_ID_LENGTH = 100;

	/** A fact read from JSON, or the reasons it cannot be taken. */
	sealed interface Read permits Good, Refused {

	}

	/** A well-formed fact. */
	record Good(IncomingFact fact) implements Read {

	}

	/** A fact refused, with each field at fault. */
	record Refused(List<OrderFactIngestion.Rejection> rejections) implements Read {

	}

	static Read read(int index, JsonNode node, Clock clock, Duration futureTolerance) {
		List<OrderFactIngestion.Rejection> rejections = new ArrayList<>();
		if (!node.isObject()) {
			return new Refused(List.of(new OrderFactIngestion.Rejection(index, null, "", "FACT_INVALID")));
		}
		String orderId = text(node, "orderId");
		String memberId = text(node, "memberId");
		String buyerId = text(node, "buyerId");
		for (String field : List.of("orderId", "memberId", "buyerId")) {
			String value = text(node, field);
			if (value == null || value.isBlank()) {
				rejections.add(new OrderFactIngestion.Rejection(index, orderId, field, "REQUIRED"));
			}
			else if (value.length() > MAX_ID_LENGTH) {
				rejections.add(new OrderFactIngestion.Rejection(index, orderId, field, "TOO_LONG"));
			}
		}
		Instant completedAt = completedAt(text(node, "completedAt"), clock, futureTolerance);
		if (completedAt == null) {
			rejections.add(new OrderFactIngestion.Rejection(index, orderId, "completedAt", "DATE_IMPOSSIBLE"));
		}
		JsonNode feedbackNode = node.get("feedback");
		Short feedback = feedback(feedbackNode);
		if (feedback == null && feedbackNode != null && !feedbackNode.isNull()) {
			rejections.add(new OrderFactIngestion.Rejection(index, orderId, "feedback", "FEEDBACK_INVALID"));
		}
		for (String flag : List.of("sellerResponsibleDispute", "shippedLate", "cancelledBySeller")) {
			JsonNode value = node.get(flag);
			if (value != null && !value.isNull() && !value.isBoolean()) {
				rejections.add(new OrderFactIngestion.Rejection(index, orderId, flag, "FLAG_INVALID"));
			}
		}
		if (!rejections.isEmpty() || orderId == null || memberId == null || buyerId == null || completedAt == null) {
			return new Refused(rejections);
		}
		return new Good(new IncomingFact(index, orderId, memberId, buyerId, completedAt, feedback,
				flag(node, "sellerResponsibleDispute"), flag(node, "shippedLate"), flag(node, "cancelledBySeller")));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.asString() : null;
	}

	private static boolean flag(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isBoolean() && value.booleanValue();
	}

	private static @Nullable Short feedback(@Nullable JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		return switch (node.asString()) {
			case "POSITIVE" -> (short) 1;
			case "NEUTRAL" -> (short) 0;
			case "NEGATIVE" -> (short) -1;
			default -> null;
		};
	}

	/** An ISO-8601 time with offset that exists and is not in the future. */
	private static @Nullable Instant completedAt(@Nullable String text, Clock clock, Duration futureTolerance) {
		if (text == null) {
			return null;
		}
		try {
			Instant at = OffsetDateTime.parse(text).toInstant();
			return at.isAfter(clock.instant().plus(futureTolerance)) ? null : at;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
