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
	 * Refuses with {@code 403 QUEUE_NOT_ASSIGNED} a reviewer who does not work this
	 * queue.
	 */
	void requireQueue(UUID reviewer, Queue queue) {
		List<String> assigned = queues(reviewer);
		if (!assigned.isEmpty() && !assigned.contains(queue.name())) {
			throw new ForbiddenException("QUEUE_NOT_ASSIGNED");
		}
	}

	/** Refuses with {@code 403 CONFLICT_OF_INTEREST} a reviewer linked to the seller. */
	void requireNoConflict(UUID reviewer, String memberId) {
		if (this.jdbc.sql("SELECT count(*) FROM review_conflict WHERE staff_id = :me AND member_id = :member")
			.param("me", reviewer)
			.param("member", memberId)
			.query(Long.class)
			.single() > 0) {
			throw new ForbiddenException("CONFLICT_OF_INTEREST");
		}
	}

	/**
	 * Notes that the reviewer works the queue now, and whether another reviewer does too.
	 */
	boolean seenAndOthersAvailable(UUID reviewer, Queue queue) {
		var now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO reviewer_activity (staff_id, queue, last_seen_at) VALUES (:me, :queue, :now) "
					+ "ON CONFLICT (staff_id, queue) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at")
			.param("me", reviewer)
			.param("queue", queue.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return this.jdbc
			.sql("SELECT count(*) FROM reviewer_activity WHERE queue = :queue AND staff_id <> :me "
					+ "AND last_seen_at > :since")
			.param("queue", queue.name())
			.param("me", reviewer)
			.param("since", now.minus(AVAILABLE_WITHIN).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single() > 0;
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
