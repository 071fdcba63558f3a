package io.kaidian.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import io.kaidian.account.SellerRegistered;

/**
 * Builds each seller's checklist from the events of the other modules and answers
 * {@code GET /api/v1/me/onboarding}.
 */
@Service
public class Onboarding {

	private static final TypeReference<List<Checklist.Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Onboarding(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The checklist of a signed-in seller. Its account exists, so {@code ACCOUNT} is done
	 * even before the registration event has been applied.
	 */
	public Checklist checklist(UUID sellerId) {
		Map<Requirement, Checklist.Settled> settled = new EnumMap<>(Requirement.class);
		this.jdbc
			.sql("SELECT requirement, state, due_by, expected_decision_by, reasons::text AS reasons "
					+ "FROM onboarding_requirement WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query((rs, row) -> Map.entry(Requirement.valueOf(rs.getString("requirement")),
					new Checklist.Settled(RequirementState.valueOf(rs.getString("state")),
							instant(rs.getObject("due_by", OffsetDateTime.class)),
							instant(rs.getObject("expected_decision_by", OffsetDateTime.class)),
							this.json.readValue(rs.getString("reasons"), REASONS))))
			.list()
			.forEach((entry) -> settled.put(entry.getKey(), entry.getValue()));
		settled.putIfAbsent(Requirement.ACCOUNT, Checklist.Settled.done());
		return Checklist.of(settled, "NONE");
	}

	@ApplicationModuleListener
	void on(SellerRegistered registered) {
		settle(registered.sellerId(), Requirement.ACCOUNT, Checklist.Settled.done());
	}

	/**
	 * Records what an owning module reported; the latest report of a requirement wins.
	 */
	void settle(UUID sellerId, Requirement requirement, Checklist.Settled settled) {
		this.jdbc
			.sql("INSERT INTO onboarding_requirement (seller_id, requirement, state, due_by, expected_decision_by, "
					+ "reasons, updated_at) VALUES (:seller, :requirement, :state, :dueBy, :expected, "
					+ "CAST(:reasons AS JSONB), :now) ON CONFLICT (seller_id, requirement) DO UPDATE SET "
					+ "state = EXCLUDED.state, due_by = EXCLUDED.due_by, "
					+ "expected_decision_by = EXCLUDED.expected_decision_by, reasons = EXCLUDED.reasons, "
					+ "updated_at = EXCLUDED.updated_at")
			.param("seller", sellerId)
			.param("requirement", requirement.name())
			.param("state", settled.state().name())
			.param("dueBy", offset(settled.dueBy()))
			.param("expected", offset(settled.expectedDecisionBy()))
			.param("reasons", this.json.writeValueAsString(settled.reasons()))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	private static java.time.@org.jspecify.annotations.Nullable Instant instant(
			@org.jspecify.annotations.Nullable OffsetDateTime value) {
		return value != null ? value.toInstant() : null;
	}

	private static @org.jspecify.annotations.Nullable OffsetDateTime offset(
			java.time.@org.jspecify.annotations.Nullable Instant value) {
		return value != null ? value.atOffset(ZoneOffset.UTC) : null;
	}

}
