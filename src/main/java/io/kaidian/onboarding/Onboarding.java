package io.kaidian.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import io.kaidian.account.SellerRegistered;
import io.kaidian.billing.FeesPaid;
import io.kaidian.exam.ExamPassed;
import io.kaidian.identity.IdentityApproved;
import io.kaidian.identity.IdentityRejected;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.review.CaseEscalated;
import io.kaidian.review.CaseOpened;
import io.kaidian.review.Queue;
import io.kaidian.settlement.ApplicationApproved;
import io.kaidian.settlement.ApplicationRejected;
import io.kaidian.settlement.ApplicationStarted;
import io.kaidian.settlement.TrademarkExpired;
import io.kaidian.settlement.TrademarkExpiring;
import io.kaidian.store.CollectionAccountSet;
import io.kaidian.store.StoreOpened;
import io.kaidian.store.StoreProfileSaved;

/**
 * Builds each seller's checklist from the events of the other modules and answers
 * {@code GET /api/v1/me/onboarding}.
 */
@Service
public class Onboarding {

	private static final TypeReference<List<Checklist.Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ReasonCatalogue catalogue;

	private final JsonMapper json;

	private final Clock clock;

	Onboarding(JdbcClient jdbc, ReasonCatalogue catalogue, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The checklist of a signed-in seller. Its account exists, so {@code ACCOUNT} is done
	 * even before the registration event has been applied.
	 */
	public Checklist checklist(UUID sellerId) {
		return checklist(sellerId, LocaleContextHolder.getLocale());
	}

	/**
	 * The checklist with every rejection reason's text and how to fix it in the given
	 * language.
	 */
	public Checklist checklist(UUID sellerId, Locale locale) {
		Map<Requirement, Checklist.Settled> settled = new EnumMap<>(Requirement.class);
		this.jdbc
			.sql("SELECT requirement, state, due_by, expected_decision_by, late, reasons::text AS reasons "
					+ "FROM onboarding_requirement WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query((rs, row) -> Map.entry(Requirement.valueOf(rs.getString("requirement")),
					new Checklist.Settled(RequirementState.valueOf(rs.getString("state")),
							instant(rs.getObject("due_by", OffsetDateTime.class)),
							instant(rs.getObject("expected_decision_by", OffsetDateTime.class)), rs.getBoolean("late"),
							explained(this.json.readValue(rs.getString("reasons"), REASONS), locale))))
			.list()
			.forEach((entry) -> settled.put(entry.getKey(), entry.getValue()));
		settled.putIfAbsent(Requirement.ACCOUNT, Checklist.Settled.done());
		return Checklist.of(settled, storeStatus(settled));
	}

	/**
	 * Whether the module heard anything of that requirement: for {@code APPLICATION},
	 * whether the seller started its application.
	 */
	public boolean heardOf(UUID sellerId, Requirement requirement) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM onboarding_requirement WHERE seller_id = :seller "
					+ "AND requirement = :requirement)")
			.param("seller", sellerId)
			.param("requirement", requirement.name())
			.query(Boolean.class)
			.single();
	}

	@ApplicationModuleListener
	void on(SellerRegistered registered) {
		settle(registered.sellerId(), Requirement.ACCOUNT, Checklist.Settled.done());
	}

	@ApplicationModuleListener
	void on(IdentityApproved approved) {
		settle(approved.sellerId(), Requirement.IDENTITY, Checklist.Settled.done());
	}

	@ApplicationModuleListener
	void on(IdentityRejected rejected) {
		settle(rejected.sellerId(), Requirement.IDENTITY, Checklist.Settled.rejected(rejected.reasons()));
	}

	/**
	 * The settlement application is approved: {@code APPLICATION} is done, so the fees
	 * fall due (R-FEE-1) and the exam opens (R-EXAM-1).
	 */
	@ApplicationModuleListener
	void on(ApplicationApproved approved) {
		settle(approved.sellerId(), Requirement.APPLICATION, Checklist.Settled.done());
	}

	/**
	 * The seller started its application: {@code APPLICATION} is still due, and the
	 * seller's home offers to continue it. A later report (in review, decided) is kept.
	 */
	@ApplicationModuleListener
	void on(ApplicationStarted started) {
		this.jdbc.sql("INSERT INTO onboarding_requirement (seller_id, requirement, state, reasons, updated_at) "
				+ "VALUES (:seller, 'APPLICATION', 'DUE', '[]', :now) ON CONFLICT (seller_id, requirement) DO NOTHING")
			.param("seller", started.sellerId())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/** Every fee is paid (R-FEE): {@code FEES} is done, so the exam is due (R-EXAM-1). */
	@ApplicationModuleListener
	void on(FeesPaid paid) {
		settle(paid.sellerId(), Requirement.FEES, Checklist.Settled.done());
	}

	/**
	 * The rules exam is passed (R-EXAM): {@code EXAM} is done, so the store profile is
	 * due.
	 */
	@ApplicationModuleListener
	void on(ExamPassed passed) {
		settle(passed.sellerId(), Requirement.EXAM, Checklist.Settled.done());
	}

	/** The store profile is saved (R-STORE-1): the payout account is next. */
	@ApplicationModuleListener
	void on(StoreProfileSaved saved) {
		settle(saved.sellerId(), Requirement.STORE_PROFILE, Checklist.Settled.done());
	}

	/** The payout account is set (R-STORE-2): products may be published. */
	@ApplicationModuleListener
	void on(CollectionAccountSet set) {
		settle(set.sellerId(), Requirement.COLLECTION_ACCOUNT, Checklist.Settled.done());
	}

	/** The store opened at its tenth product (R-OPEN-1): the checklist is complete. */
	@ApplicationModuleListener
	void on(StoreOpened opened) {
		settle(opened.sellerId(), Requirement.PRODUCTS, Checklist.Settled.done());
	}

	/** The store's status as the checklist knows it from the store's events. */
	private static String storeStatus(Map<Requirement, Checklist.Settled> settled) {
		if (done(settled, Requirement.PRODUCTS)) {
			return "OPEN";
		}
		return done(settled, Requirement.STORE_PROFILE) ? "SETUP" : "NONE";
	}

	private static boolean done(Map<Requirement, Checklist.Settled> settled, Requirement requirement) {
		Checklist.Settled known = settled.get(requirement);
		return known != null && known.state() == RequirementState.DONE;
	}

	/** Items of the application were rejected: the seller sees each with its reasons. */
	@ApplicationModuleListener
	void on(ApplicationRejected rejected) {
		settle(rejected.sellerId(), Requirement.APPLICATION, Checklist.Settled.rejected(rejected.reasons()));
	}

	/**
	 * A TM-status mark lapses soon (PRODUCT.md §4.6): {@code APPLICATION} stays done but
	 * carries a {@code TM_MARK_EXPIRING} notice for the brand, due by its expiry.
	 */
	@ApplicationModuleListener
	void on(TrademarkExpiring expiring) {
		notice(expiring.sellerId(), new Checklist.Reason(expiring.ref(), "TM_MARK_EXPIRING",
				expiring.brandName() + " " + expiring.expiresAt()), expiring.expiresAt());
	}

	/** A TM-status mark lapsed (PRODUCT.md §4.6): the notice says so. */
	@ApplicationModuleListener
	void on(TrademarkExpired expired) {
		notice(expired.sellerId(),
				new Checklist.Reason(expired.ref(), "TM_MARK_EXPIRED", expired.brandName() + " " + expired.expiredAt()),
				expired.expiredAt());
	}

	/**
	 * Adds a notice to a done {@code APPLICATION}, replacing an earlier one of the same
	 * item; {@code dueBy} is the earliest date among the notices.
	 */
	private void notice(UUID sellerId, Checklist.Reason reason, java.time.Instant dueBy) {
		List<Checklist.Reason> current = this.jdbc
			.sql("SELECT reasons::text FROM onboarding_requirement WHERE seller_id = :seller "
					+ "AND requirement = 'APPLICATION' AND state = 'DONE' FOR UPDATE")
			.param("seller", sellerId)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, REASONS))
			.orElse(List.of());
		List<Checklist.Reason> reasons = new java.util.ArrayList<>(
				current.stream().filter((r) -> !java.util.Objects.equals(r.field(), reason.field())).toList());
		reasons.add(reason);
		java.time.Instant earliest = this.jdbc
			.sql("SELECT due_by FROM onboarding_requirement WHERE seller_id = :seller AND requirement = 'APPLICATION' "
					+ "AND due_by IS NOT NULL")
			.param("seller", sellerId)
			.query((rs, row) -> rs.getObject("due_by", OffsetDateTime.class).toInstant())
			.list()
			.stream()
			.filter((due) -> !current.isEmpty() && due.isBefore(dueBy))
			.findFirst()
			.orElse(dueBy);
		settle(sellerId, Requirement.APPLICATION,
				new Checklist.Settled(RequirementState.DONE, earliest, null, false, reasons));
	}

	/**
	 * Each reason with the catalogue's text and how to fix it, then the reviewer's note.
	 */
	private List<Checklist.Reason> explained(List<Checklist.Reason> reasons, Locale locale) {
		return reasons.stream()
			.map((reason) -> this.catalogue.find(reason.code(), locale)
				.map((entry) -> new Checklist.Reason(reason.field(), reason.code(),
						entry.text() + " " + entry.howToFix()
								+ (reason.message() == null || reason.message().isBlank() ? ""
										: " — " + reason.message())))
				.orElse(reason))
			.toList();
	}

	/**
	 * A case entered review: the requirement is in review, with the expected decision
	 * time.
	 */
	@ApplicationModuleListener
	void on(CaseOpened opened) {
		Requirement requirement = requirement(opened.queue());
		if (requirement != null) {
			settle(opened.sellerId(), requirement, Checklist.Settled.inReview(opened.dueBy()));
		}
	}

	/** A review passed its due time: the seller sees it marked late (PRODUCT.md §4.3). */
	@ApplicationModuleListener
	void on(CaseEscalated escalated) {
		Requirement requirement = requirement(escalated.queue());
		if (requirement == null) {
			return;
		}
		this.jdbc
			.sql("UPDATE onboarding_requirement SET late = TRUE, updated_at = :now WHERE seller_id = :seller "
					+ "AND requirement = :requirement AND state = 'IN_REVIEW'")
			.param("now", OffsetDateTime.now(this.clock))
			.param("seller", escalated.sellerId())
			.param("requirement", requirement.name())
			.update();
	}

	/** The step a queue's cases decide; none for a change of an open store. */
	private static @Nullable Requirement requirement(Queue queue) {
		return switch (queue) {
			case IDENTITY -> Requirement.IDENTITY;
			case APPLICATION -> Requirement.APPLICATION;
			case STORE_CHANGE -> null;
		};
	}

	/**
	 * Records what an owning module reported; the latest report of a requirement wins.
	 */
	void settle(UUID sellerId, Requirement requirement, Checklist.Settled settled) {
		this.jdbc
			.sql("INSERT INTO onboarding_requirement (seller_id, requirement, state, due_by, expected_decision_by, "
					+ "late, reasons, updated_at) VALUES (:seller, :requirement, :state, :dueBy, :expected, :late, "
					+ "CAST(:reasons AS JSONB), :now) ON CONFLICT (seller_id, requirement) DO UPDATE SET "
					+ "state = EXCLUDED.state, due_by = EXCLUDED.due_by, "
					+ "expected_decision_by = EXCLUDED.expected_decision_by, late = EXCLUDED.late, "
					+ "reasons = EXCLUDED.reasons, updated_at = EXCLUDED.updated_at")
			.param("seller", sellerId)
			.param("requirement", requirement.name())
			.param("state", settled.state().name())
			.param("dueBy", offset(settled.dueBy()))
			.param("expected", offset(settled.expectedDecisionBy()))
			.param("late", settled.late())
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
