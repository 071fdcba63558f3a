package io.kaidian.review;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.ForbiddenException;

/**
 * Who may work what: reviewers work the queues the operator assigned them (all queues
 * when none is assigned), and never a case of a seller linked to them (a declared
 * conflict of interest).
 */
@Service
public class ReviewerAccess {

	/** How recently another reviewer must have worked a queue to count as available. */
	static final Duration AVAILABLE_WITHIN = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewerAccess(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * SQL noting that {@code :me} works {@code :queue} at {@code :now} (a statement of a
	 * {@code WITH} clause).
	 */
	static final String SEEN = "INSERT INTO reviewer_activity (staff_id, queue, last_seen_at) VALUES (:me, :queue, :now) "
			+ "ON CONFLICT (staff_id, queue) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at";

	/**
	 * SQL: whether another reviewer than {@code :me} worked {@code :queue} after
	 * {@code :since}, as column {@code available}.
	 */
	static final String OTHERS_AVAILABLE = "SELECT EXISTS (SELECT 1 FROM reviewer_activity WHERE queue = :queue "
			+ "AND staff_id <> :me AND last_seen_at > :since) AS available";

	/**
	 * SQL condition: {@code :me} works {@code :queue} (every queue when none is
	 * assigned).
	 */
	static final String MAY_WORK_QUEUE = "(NOT EXISTS (SELECT 1 FROM reviewer_queue q WHERE q.staff_id = :me) "
			+ "OR EXISTS (SELECT 1 FROM reviewer_queue q WHERE q.staff_id = :me AND q.queue = :queue))";

	/** SQL: the queues assigned to {@code :reader}, as a text array. */
	static final String QUEUES_OF_READER = "ARRAY(SELECT q.queue FROM reviewer_queue q WHERE q.staff_id = :reader "
			+ "ORDER BY q.queue)";

	/** SQL: whether {@code :reader} is linked to the seller of case {@code c}. */
	static final String READER_LINKED_TO_SELLER = "EXISTS (SELECT 1 FROM review_conflict x "
			+ "WHERE x.staff_id = :reader AND x.member_id = c.member_id)";

	/**
	 * Where a reviewer reading a case stands, read with the case.
	 *
	 * @param queues the queues assigned to the reviewer; empty for every queue
	 * @param linkedToSeller whether the reviewer is linked to the case's seller
	 */
	record Reader(List<String> queues, boolean linkedToSeller) {

		/** A reviewer whom the statement that found the case already let through. */
		static final Reader ALLOWED = new Reader(List.of(), false);

		Reader {
			queues = List.copyOf(queues);
		}

		/**
		 * Refuses with {@code 403 QUEUE_NOT_ASSIGNED} outside the reviewer's queues, then
		 * with {@code 403 CONFLICT_OF_INTEREST} when linked to the seller.
		 */
		void require(Queue queue) {
			requireQueue(this.queues, queue);
			if (this.linkedToSeller) {
				throw new ForbiddenException("CONFLICT_OF_INTEREST");
			}
		}

	}

	/**
	 * Refuses with {@code 403 QUEUE_NOT_ASSIGNED} a reviewer who does not work this
	 * queue.
	 */
	void requireQueue(UUID reviewer, Queue queue) {
		requireQueue(queues(reviewer), queue);
	}

	private static void requireQueue(List<String> assigned, Queue queue) {
		if (!assigned.isEmpty() && !assigned.contains(queue.name())) {
			throw new ForbiddenException("QUEUE_NOT_ASSIGNED");
		}
	}

	public List<String> queues(UUID reviewer) {
		return this.jdbc.sql("SELECT queue FROM reviewer_queue WHERE staff_id = :me ORDER BY queue")
			.param("me", reviewer)
			.query(String.class)
			.list();
	}

	/** Sets the queues a reviewer works; an empty list means every queue. */
	@Transactional
	public void assign(UUID reviewer, List<Queue> queues) {
		this.jdbc.sql("DELETE FROM reviewer_queue WHERE staff_id = :me").param("me", reviewer).update();
		for (Queue queue : queues) {
			this.jdbc.sql("INSERT INTO reviewer_queue (staff_id, queue) VALUES (:me, :queue)")
				.param("me", reviewer)
				.param("queue", queue.name())
				.update();
		}
	}

	/**
	 * Declares that a member of staff is linked to a seller and must not decide its
	 * cases.
	 */
	@Transactional
	public void declareConflict(UUID staff, String memberId, @Nullable String note, UUID operator) {
		this.jdbc
			.sql("INSERT INTO review_conflict (staff_id, member_id, note, created_by, created_at) "
					+ "VALUES (:staff, :member, :note, :by, :now) ON CONFLICT DO NOTHING")
			.param("staff", staff)
			.param("member", memberId)
			.param("note", note)
			.param("by", operator)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

}
