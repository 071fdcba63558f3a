package io.kaidian.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every recorded state change of a seller: who, when, from what, to what, why (PRODUCT.md
 * §5). Modules record their changes in the same transaction as the change itself, so the
 * trail and the state never disagree. Rows are never updated or deleted (a trigger
 * refuses).
 */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public void record(Entry entry) {
		this.jdbc
			.sql("INSERT INTO audit_entry (id, member_id, subject, action, from_state, to_state, actor_id, actor_kind, "
					+ "reason, detail, at) VALUES (:id, :memberId, :subject, :action, :from, :to, :actor, :actorKind, "
					+ ":reason, CAST(:detail AS JSONB), :at)")
			.param("id", UUID.randomUUID())
			.param("memberId", entry.memberId())
			.param("subject", entry.subject())
			.param("action", entry.action())
			.param("from", entry.fromState())
			.param("to", entry.toState())
			.param("actor", entry.actorId())
			.param("actorKind", entry.actorKind())
			.param("reason", entry.reason())
			.param("detail", this.json.writeValueAsString(entry.detail()))
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** A seller's whole history, oldest first. */
	public List<Recorded> history(String memberId) {
		return history(memberId, List.of("%"));
	}

	/**
	 * The part of a seller's history about some subjects, oldest first.
	 * @param subjects SQL {@code LIKE} patterns of the subjects, e.g.
	 * {@code review-case:%}
	 */
	public List<Recorded> history(String memberId, List<String> subjects) {
		return this.jdbc
			.sql("SELECT subject, action, from_state, to_state, actor_id, actor_kind, reason, detail::text AS detail, at "
					+ "FROM audit_entry WHERE member_id = :memberId AND subject LIKE ANY (:subjects) ORDER BY at, seq")
			.param("memberId", memberId)
			.param("subjects", subjects.toArray(String[]::new))
			.query((rs, row) -> new Recorded(rs.getString("subject"), rs.getString("action"),
					rs.getString("from_state"), rs.getString("to_state"), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_kind"), rs.getString("reason"),
					this.json.readValue(rs.getString("detail"), DETAIL),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * A state change to record.
	 *
	 * @param memberId the seller it concerns
	 * @param subject what changed, e.g. {@code account}, {@code review-case:<id>}
	 * @param action the business step, e.g. {@code REGISTERED}, {@code CLAIMED},
	 * {@code DECIDED}
	 * @param fromState the state before, if any
	 * @param toState the state after, if any
	 * @param actorId who did it; {@code null} for the seller itself or the system
	 * @param actorKind {@code SELLER}, {@code STAFF} or {@code SYSTEM}
	 * @param reason why, if given
	 * @param detail anything else worth keeping
	 */
	public record Entry(String memberId, String subject, String action, @Nullable String fromState,
			@Nullable String toState, @Nullable UUID actorId, String actorKind, @Nullable String reason,
			Map<String, Object> detail) {
	}

	/**
	 * A recorded state change as the history shows it.
	 *
	 * @param subject what changed
	 * @param action the business step
	 * @param fromState the state before
	 * @param toState the state after
	 * @param actorId who did it
	 * @param actorKind {@code SELLER}, {@code STAFF} or {@code SYSTEM}
	 * @param reason why
	 * @param detail anything else kept
	 * @param at when
	 */
	public record Recorded(String subject, String action, @Nullable String fromState, @Nullable String toState,
			@Nullable UUID actorId, String actorKind, @Nullable String reason, Map<String, Object> detail, Instant at) {
	}

}
