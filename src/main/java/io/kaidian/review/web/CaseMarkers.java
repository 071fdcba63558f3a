package io.kaidian.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.kaidian.review.ReviewCase;

/** Where a case stands against its deadline, and who works it, as a reader sees it. */
final class CaseMarkers {

	private CaseMarkers() {
	}

	/**
	 * Late when past the next deadline (an undecided item's or the case's) or escalated;
	 * due today when that deadline falls before midnight in Beijing.
	 */
	static Marker marker(ReviewCase c, boolean pastDue, Instant now) {
		if (c.status() != ReviewCase.Status.OPEN) {
			return Marker.CLOSED;
		}
		if (pastDue || c.escalatedAt() != null) {
			return Marker.LATE;
		}
		LocalDate today = LocalDate.ofInstant(now, ReviewLabels.BEIJING);
		return LocalDate.ofInstant(c.nextDueBy(), ReviewLabels.BEIJING).equals(today) ? Marker.DUE_TODAY
				: Marker.ON_TIME;
	}

	static Assignee assignee(ReviewCase c, UUID me) {
		if (c.assignee() == null) {
			return Assignee.NOBODY;
		}
		return me.equals(c.assignee()) ? Assignee.YOU : Assignee.SOMEONE;
	}

	/** Where a case stands against its deadline. */
	enum Marker {

		/** past due, or escalated */
		LATE,

		/** due before midnight, Beijing time */
		DUE_TODAY,

		/** due later */
		ON_TIME,

		/** decided or withdrawn: no longer due */
		CLOSED

	}

	/** Who works a case, as the reviewer reading it sees it. */
	enum Assignee {

		/** the reviewer reading the page */
		YOU,

		/** another reviewer */
		SOMEONE,

		/** nobody yet */
		NOBODY

	}

}
