package io.kaidian.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.PublishedEventLog;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.TestClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The review desk (API.md, "Review"; PRODUCT.md §4 items 1–4, 8). */
class ReviewDeskTests extends IntegrationTest {

	@Autowired
	ReviewDesk reviews;

	@Autowired
	ReviewCases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	PublishedEventLog.Log events;

	@Autowired
	WorkingCalendar calendar;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
		// other tests' leftovers must not be claimed here: drain the queues first
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
	}

	@Test
	void sixteenReviewersClaimingAtOnceNeverGetTheSameCase() throws Exception {
		Set<UUID> opened = new HashSet<>();
		for (int i = 0; i < 24; i++) {
			opened.add(open(Queue.IDENTITY, "identity:" + UUID.randomUUID()).id());
		}
		List<StaffFixtures.Signed> reviewers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			reviewers.add(this.staff.signedIn("REVIEWER"));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			List<Future<?>> futures = new ArrayList<>();
			for (StaffFixtures.Signed reviewer : reviewers) {
				futures.add(pool.submit(() -> {
					start.await();
					Api api = new Api(baseUrl());
					while (true) {
						Api.Reply reply = api.post("/api/v1/review/cases/claim?queue=IDENTITY", "")
							.token(reviewer.token())
							.send();
						if (reply.status() == 204) {
							return null;
						}
						assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
						claimed.add(UUID.fromString(reply.json().get("caseId").asString()));
						assertThat(reply.json().get("assignee").asString()).isEqualTo(reviewer.staffId().toString());
					}
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get();
			}
		}

		assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
	}

	@Test
	void theQueueListsOldestDueFirstWithFlags() {
		ReviewCase first = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());
		this.clock.add(Duration.ofHours(1));
		ReviewCase second = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());

		JsonNode list = this.api.get("/api/v1/review/cases?queue=IDENTITY&status=OPEN")
			.token(this.staff.tokenFor("REVIEWER"))
			.send()
			.json();

		assertThat(list.valueStream().map((c) -> c.get("caseId").asString())).containsExactly(first.id().toString(),
				second.id().toString());
		assertThat(list.get(0).get("dueBy").asString()).isNotBlank();
		assertThat(list.get(0).get("flags").get(0).get("code").asString()).isEqualTo("ID_PHOTO_BLUR");
	}

	@Test
	void twoConcurrentDecisionsApplyExactlyOnce() throws Exception {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());
		long version = claim(reviewer, Queue.IDENTITY).get("version").asLong();
		CountDownLatch start = new CountDownLatch(1);
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					statuses.add(new Api(baseUrl())
						.post("/api/v1/review/cases/" + opened.id() + "/decision",
								Map.of("outcome", "APPROVE", "version", version))
						.token(reviewer.token())
						.send()
						.status());
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get();
			}
		}

		assertThat(statuses).filteredOn((s) -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn((s) -> s != 200).containsOnly(409);
		assertThat(auditCount(opened, "DECIDED")).isEqualTo(1);
		assertThat(this.events.of(CaseDecided.class)).filteredOn((e) -> e.caseId().equals(opened.id())).hasSize(1);
	}

	@Test
	void aStaleVersionIsAConflict() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());
		long version = claim(reviewer, Queue.IDENTITY).get("version").asLong();

		Api.Reply stale = decide(reviewer, opened.id(), Map.of("outcome", "APPROVE", "version", version - 1));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("VERSION_CONFLICT");
	}

	@Test
	void R_APP_6_aRejectionNeedsCataloguedReasonsThatFitTheItem() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());
		long version = claim(reviewer, Queue.IDENTITY).get("version").asLong();

		assertThat(codes(decide(reviewer, opened.id(), Map.of("outcome", "REJECT", "version", version))))
			.containsExactly("reasons:REASON_REQUIRED");
		assertThat(codes(decide(reviewer, opened.id(),
				Map.of("outcome", "REJECT", "version", version, "reasons",
						List.of(Map.of("field", "ID_FRONT", "code", "MADE_UP"))))))
			.containsExactly("reasons[0].code:UNKNOWN_REASON");
		assertThat(codes(decide(reviewer, opened.id(),
				Map.of("outcome", "REJECT", "version", version, "reasons",
						List.of(Map.of("field", "ID_FRONT", "code", "FACE_NOT_VISIBLE"))))))
			.containsExactly("reasons[0].code:REASON_NOT_APPLICABLE");

		Api.Reply rejected = decide(reviewer, opened.id(), Map.of("outcome", "REJECT", "version", version, "reasons",
				List.of(Map.of("field", "ID_FRONT", "code", "PHOTO_BLURRED", "message", "Too dark"))));
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().get("outcome").asString()).isEqualTo("REJECTED");
	}

	@Test
	void R_APP_6_applicationCasesAreDecidedItemByItemAndRejectedItemsNamed() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = stored(this.reviews.open(new ReviewDesk.OpenCase(Queue.APPLICATION,
				"application:" + UUID.randomUUID(), UUID.randomUUID(), "cn10000000000009",
				new ReviewSubject(List.of(), List.of(), List.of(), List.of("category:shoes", "brand:0"), List.of()))));
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();

		assertThat(codes(decide(reviewer, opened.id(),
				Map.of("version", version, "items", List.of(Map.of("ref", "category:hats", "outcome", "APPROVE"))))))
			.containsExactly("items[0].ref:UNKNOWN_ITEM");

		Api.Reply decided = decide(reviewer, opened.id(),
				Map.of("version", version, "items",
						List.of(Map.of("ref", "category:shoes", "outcome", "APPROVE"), Map.of("ref", "brand:0",
								"outcome", "REJECT", "reasons", List.of(Map.of("code", "TRADEMARK_NOT_VERIFIABLE"))))));

		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		assertThat(decided.json().get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(decided.json().get("itemDecisions").get(1).get("reasons").get(0).get("field").asString())
			.isEqualTo("brand:0");
	}

	@Test
	void aResubmissionIsNotGivenToTheReviewerWhoRejectedItWhenAnotherIsAvailable() {
		StaffFixtures.Signed first = this.staff.signedIn("REVIEWER");
		StaffFixtures.Signed second = this.staff.signedIn("REVIEWER");
		String subject = "identity:" + UUID.randomUUID();
		ReviewCase opened = open(Queue.IDENTITY, subject);
		long version = claim(first, Queue.IDENTITY).get("version").asLong();
		decide(first, opened.id(), Map.of("outcome", "REJECT", "version", version, "reasons",
				List.of(Map.of("field", "ID_FRONT", "code", "PHOTO_BLURRED"))));
		this.api.get("/api/v1/review/cases?queue=IDENTITY").token(second.token()).send();
		this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "").token(second.token()).send();

		ReviewCase resubmitted = open(Queue.IDENTITY, subject);
		assertThat(resubmitted.attempt()).isEqualTo(2);

		assertThat(this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "").token(first.token()).send().status())
			.isEqualTo(204);
		JsonNode claimed = claim(second, Queue.IDENTITY);
		assertThat(claimed.get("caseId").asString()).isEqualTo(resubmitted.id().toString());
		assertThat(claimed.get("previousAttempts").get(0).get("outcome").asString()).isEqualTo("REJECTED");
	}

	@Test
	void neverDecideYourOwn() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());
		Api.Reply declared = this.api
			.post("/api/v1/admin/review/conflicts",
					Map.of("staffId", reviewer.staffId().toString(), "memberId", opened.memberId(), "note", "spouse"))
			.token(this.staff.operatorToken())
			.send();
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);

		assertThat(
				this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "").token(reviewer.token()).send().status())
			.isEqualTo(204);
		Api.Reply view = this.api.get("/api/v1/review/cases/" + opened.id()).token(reviewer.token()).send();
		assertThat(view.status()).isEqualTo(403);
		assertThat(view.json().get("code").asString()).isEqualTo("CONFLICT_OF_INTEREST");
	}

	@Test
	void aReviewerCannotActOnAQueueOutsideItsAssignment() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		Api.Reply assigned = this.api
			.put("/api/v1/admin/review/reviewers/" + reviewer.staffId() + "/queues", List.of("IDENTITY"))
			.token(this.staff.operatorToken())
			.send();
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		ReviewCase application = stored(this.reviews.open(new ReviewDesk.OpenCase(Queue.APPLICATION,
				"application:" + UUID.randomUUID(), UUID.randomUUID(), "cn10000000000009",
				new ReviewSubject(List.of(), List.of(), List.of(), List.of("category:toys"), List.of()))));

		assertThat(this.api.post("/api/v1/review/cases/claim?queue=APPLICATION", "")
			.token(reviewer.token())
			.send()
			.json()
			.get("code")
			.asString()).isEqualTo("QUEUE_NOT_ASSIGNED");
		assertThat(this.api.get("/api/v1/review/cases/" + application.id()).token(reviewer.token()).send().status())
			.isEqualTo(403);
	}

	@Test
	void sellersCannotReachTheReviewDesk() {
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		String seller = sellers.signIn(sellers.register());

		for (String path : List.of("/api/v1/review/cases?queue=IDENTITY", "/api/v1/review/reasons",
				"/api/v1/review/cases/" + UUID.randomUUID())) {
			assertThat(this.api.get(path).token(seller).send().status()).as(path).isEqualTo(403);
		}
		assertThat(this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "").token(seller).send().status())
			.isEqualTo(403);
	}

	@Test
	void R_ID_5_aCasePastItsDueTimeIsEscalatedAndMarkedLateForTheSeller() {
		UUID seller = UUID.randomUUID();
		ReviewCase opened = stored(this.reviews.open(new ReviewDesk.OpenCase(Queue.IDENTITY,
				"identity:" + UUID.randomUUID(), seller, "cn10000000000017", subject())));
		await().atMost(Duration.ofSeconds(10)).until(() -> requirementState(seller).equals("IN_REVIEW"));

		this.clock.setInstant(opened.dueBy().minusSeconds(1));
		assertThat(this.reviews.escalateOverdue()).isZero();
		this.clock.setInstant(opened.dueBy());
		assertThat(this.reviews.escalateOverdue()).isEqualTo(1);

		JsonNode escalated = this.api.get("/api/v1/review/cases?queue=IDENTITY&status=ESCALATED")
			.token(this.staff.tokenFor("REVIEWER"))
			.send()
			.json();
		assertThat(escalated.valueStream().map((c) -> c.get("caseId").asString())).contains(opened.id().toString());
		assertThat(escalated.get(0).get("late").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("SELECT late FROM onboarding_requirement WHERE seller_id = :s AND requirement = 'IDENTITY'")
				.param("s", seller)
				.query(Boolean.class)
				.single());
		assertThat(auditCount(opened, "ESCALATED")).isEqualTo(1);
	}

	@Test
	void everyClaimReleaseAndDecisionIsInTheSellersHistory() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());
		claim(reviewer, Queue.IDENTITY);
		this.api.post("/api/v1/review/cases/" + opened.id() + "/release", "").token(reviewer.token()).send();
		long version = claim(reviewer, Queue.IDENTITY).get("version").asLong();
		decide(reviewer, opened.id(), Map.of("outcome", "APPROVE", "version", version));

		JsonNode history = this.api.get("/api/v1/admin/sellers/" + opened.memberId() + "/history")
			.token(this.staff.operatorToken())
			.send()
			.json();

		assertThat(history.valueStream()
			.filter((e) -> e.get("subject").asString().equals("review-case:" + opened.id()))
			.map((e) -> e.get("action").asString()))
			.containsExactly("OPENED", "CLAIMED", "RELEASED", "CLAIMED", "DECIDED");
	}

	@Test
	void theReasonCatalogueSpeaksTheReviewersLanguage() {
		JsonNode reasons = this.api.get("/api/v1/review/reasons?itemKind=HOLDING_ID_PHOTO")
			.token(this.staff.tokenFor("REVIEWER"))
			.language("zh-CN")
			.send()
			.json();

		JsonNode face = reasons.valueStream()
			.filter((r) -> r.get("code").asString().equals("FACE_NOT_VISIBLE"))
			.findFirst()
			.orElseThrow();
		assertThat(face.get("text").asString()).isEqualTo("手持证件照中本人面部不清晰。");
		assertThat(face.get("howToFix").asString()).isNotBlank();
		assertThat(reasons.valueStream().map((r) -> r.get("code").asString())).doesNotContain("QUALIFICATION_MISSING");
	}

	// --- per-item deadlines and partial decisions (R-APP-5, R-APP-6) ---

	/** Wednesday 2026-11-25 10:00 in Beijing, the tests' start: 7 working days later. */
	private static final Instant BRAND_DUE = Instant.parse("2026-12-04T02:00:00Z");

	/** 10 working days after the start, across two weekends. */
	private static final Instant APPLICATION_DUE = Instant.parse("2026-12-09T02:00:00Z");

	@Test
	void R_APP_5_R_APP_6_brandsAreDueInSevenWorkingDaysAndTheApplicationInTen() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = openApplication("category:shoes", "brand:0", "brand:1");

		assertThat(opened.dueBy()).isEqualTo(APPLICATION_DUE);
		assertThat(opened.nextDueBy()).isEqualTo(BRAND_DUE);
		JsonNode view = this.api.get("/api/v1/review/cases/" + opened.id()).token(reviewer.token()).send().json();
		assertThat(Instant.parse(view.get("dueBy").asString())).isEqualTo(APPLICATION_DUE);
		assertThat(Instant.parse(view.get("nextDueBy").asString())).isEqualTo(BRAND_DUE);
		assertThat(view.get("items").valueStream().map(JsonNode::asString)).containsExactly("category:shoes", "brand:0",
				"brand:1");
		JsonNode items = view.get("itemStates");
		assertThat(items.valueStream()
			.map((i) -> i.get("ref").asString() + "@" + Instant.parse(i.get("dueBy").asString())))
			.containsExactly("category:shoes@" + APPLICATION_DUE, "brand:0@" + BRAND_DUE, "brand:1@" + BRAND_DUE);
		assertThat(items.get(1).get("late").asBoolean()).isFalse();
		assertThat(items.get(1).get("outcome").isNull()).isTrue();
		// the calendar agrees: two weekends skipped
		assertThat(this.calendar.dueBy(opened.submittedAt(), ReviewTarget.workingDays(7))).isEqualTo(BRAND_DUE);
		assertThat(this.calendar.dueBy(opened.submittedAt(), ReviewTarget.workingDays(10))).isEqualTo(APPLICATION_DUE);
	}

	@Test
	void R_APP_5_theQueueIsOrderedByEachCasesNextDeadline() {
		ReviewCase categoriesOnly = openApplication("category:shoes");
		this.clock.add(Duration.ofHours(1));
		ReviewCase withBrand = openApplication("category:toys", "brand:0");
		this.clock.add(Duration.ofHours(1));
		ReviewCase identity = open(Queue.IDENTITY, "identity:" + UUID.randomUUID());

		JsonNode list = this.api.get("/api/v1/review/cases?queue=APPLICATION&status=OPEN")
			.token(this.staff.tokenFor("REVIEWER"))
			.send()
			.json();

		// submitted later, but its brand is due 3 working days before the other
		// application
		assertThat(list.valueStream().map((c) -> c.get("caseId").asString())).containsExactly(withBrand.id().toString(),
				categoriesOnly.id().toString());
		assertThat(Instant.parse(list.get(0).get("nextDueBy").asString())).isEqualTo(withBrand.nextDueBy());
		assertThat(Instant.parse(list.get(0).get("dueBy").asString())).isEqualTo(withBrand.dueBy());
		assertThat(Instant.parse(list.get(1).get("nextDueBy").asString())).isEqualTo(categoriesOnly.dueBy());
		assertThat(identity.nextDueBy()).isEqualTo(identity.dueBy());

		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		assertThat(claim(reviewer, Queue.APPLICATION).get("caseId").asString()).isEqualTo(withBrand.id().toString());
	}

	@Test
	void R_APP_5_aBrandUndecidedAfterSevenWorkingDaysEscalatesTheApplication() {
		ReviewCase opened = openApplication("category:shoes", "brand:0");

		this.clock.setInstant(BRAND_DUE.minusSeconds(1));
		assertThat(this.reviews.escalateOverdue()).isZero();
		this.clock.setInstant(BRAND_DUE);
		assertThat(this.reviews.escalateOverdue()).isEqualTo(1);
		this.clock.setInstant(APPLICATION_DUE);
		assertThat(this.reviews.escalateOverdue()).as("once per case").isZero();

		assertThat(auditCount(opened, "ESCALATED")).isEqualTo(1);
		assertThat(this.events.of(CaseEscalated.class)).filteredOn((e) -> e.caseId().equals(opened.id()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.dueBy()).isEqualTo(BRAND_DUE);
				assertThat(e.overdueItems()).containsExactly("brand:0");
			});
		JsonNode escalated = this.api.get("/api/v1/review/cases?queue=APPLICATION&status=ESCALATED")
			.token(this.staff.tokenFor("REVIEWER"))
			.send()
			.json();
		assertThat(escalated.valueStream().map((c) -> c.get("caseId").asString()))
			.containsExactly(opened.id().toString());
		assertThat(escalated.get(0).get("late").asBoolean()).isTrue();
	}

	@Test
	void R_APP_5_aBrandDecidedInTimeLeavesTheApplicationDueAfterTenWorkingDays() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = openApplication("category:shoes", "brand:0");
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();
		assertThat(decide(reviewer, opened.id(),
				Map.of("version", version, "items", List.of(Map.of("ref", "brand:0", "outcome", "APPROVE"))))
			.status()).isEqualTo(200);

		this.clock.setInstant(BRAND_DUE);
		assertThat(this.reviews.escalateOverdue()).isZero();
		this.clock.setInstant(APPLICATION_DUE);
		assertThat(this.reviews.escalateOverdue()).isEqualTo(1);
		assertThat(this.events.of(CaseEscalated.class)).filteredOn((e) -> e.caseId().equals(opened.id()))
			.singleElement()
			.satisfies((e) -> assertThat(e.overdueItems()).containsExactly("category:shoes"));
	}

	@Test
	void R_APP_5_R_APP_6_brandsAreDecidedFirstAndTheCategoriesLater() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = openApplication("category:shoes", "category:toys", "brand:0", "brand:1");
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();

		Api.Reply brands = decide(reviewer, opened.id(),
				Map.of("version", version, "items",
						List.of(Map.of("ref", "brand:0", "outcome", "APPROVE"), Map.of(
								"ref", "brand:1", "outcome", "REJECT", "reasons",
								List.of(Map.of("code", "TRADEMARK_NOT_VERIFIABLE", "message", "No register entry"))))));

		assertThat(brands.status()).as(brands.toString()).isEqualTo(200);
		JsonNode partly = brands.json();
		assertThat(partly.get("status").asString()).isEqualTo("OPEN");
		assertThat(partly.get("outcome").isNull()).isTrue();
		assertThat(partly.get("assignee").asString()).isEqualTo(reviewer.staffId().toString());
		assertThat(partly.get("version").asLong()).isEqualTo(version + 1);
		assertThat(Instant.parse(partly.get("nextDueBy").asString())).isEqualTo(APPLICATION_DUE);
		assertThat(partly.get("itemStates")
			.valueStream()
			.map((i) -> i.get("ref").asString() + ":"
					+ (i.get("outcome").isNull() ? "-" : i.get("outcome").asString())))
			.containsExactly("category:shoes:-", "category:toys:-", "brand:0:APPROVED", "brand:1:REJECTED");
		assertThat(partly.get("itemDecisions").valueStream().map((i) -> i.get("ref").asString()))
			.containsExactly("brand:0", "brand:1");
		assertThat(this.events.of(CaseDecided.class)).noneMatch((e) -> e.caseId().equals(opened.id()));
		assertThat(this.events.of(ItemsDecided.class)).filteredOn((e) -> e.caseId().equals(opened.id()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.items()).extracting(CaseDecided.ItemDecision::ref).containsExactly("brand:0", "brand:1");
				assertThat(e.remaining()).containsExactly("category:shoes", "category:toys");
			});
		assertThat(auditCount(opened, "ITEMS_DECIDED")).isEqualTo(1);

		Api.Reply categories = decide(reviewer, opened.id(),
				Map.of("version", version + 1, "items",
						List.of(Map.of("ref", "category:toys", "outcome", "REJECT", "reasons",
								List.of(Map.of("code", "QUALIFICATION_MISSING"))),
								Map.of("ref", "category:shoes", "outcome", "APPROVE"))));

		assertThat(categories.status()).as(categories.toString()).isEqualTo(200);
		assertThat(categories.json().get("status").asString()).isEqualTo("DECIDED");
		assertThat(categories.json().get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(this.events.of(CaseDecided.class)).filteredOn((e) -> e.caseId().equals(opened.id()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
				assertThat(e.items()).extracting((i) -> i.ref() + ":" + i.outcome())
					.containsExactly("category:shoes:APPROVED", "category:toys:REJECTED", "brand:0:APPROVED",
							"brand:1:REJECTED");
				// R-APP-6: the rejection names every rejected item, whenever it was
				// decided
				assertThat(e.reasons()).extracting((r) -> r.field() + ":" + r.code())
					.containsExactly("category:toys:QUALIFICATION_MISSING", "brand:1:TRADEMARK_NOT_VERIFIABLE");
				assertThat(e.reasons().get(1).message()).isEqualTo("No register entry");
			});
		assertThat(auditCount(opened, "DECIDED")).isEqualTo(1);
		JsonNode history = this.api.get("/api/v1/admin/sellers/" + opened.memberId() + "/history")
			.token(this.staff.operatorToken())
			.send()
			.json();
		assertThat(history.valueStream()
			.filter((e) -> e.get("subject").asString().equals("review-case:" + opened.id()))
			.map((e) -> e.get("action").asString())).containsExactly("OPENED", "CLAIMED", "ITEMS_DECIDED", "DECIDED");
	}

	@Test
	void R_APP_6_anApplicationIsApprovedWhenItsLastItemsAreApproved() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = openApplication("category:shoes", "brand:0");
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();
		decide(reviewer, opened.id(),
				Map.of("version", version, "items", List.of(Map.of("ref", "brand:0", "outcome", "APPROVE"))));

		Api.Reply last = decide(reviewer, opened.id(), Map.of("version", version + 1, "items",
				List.of(Map.of("ref", "category:shoes", "outcome", "APPROVE"))));

		assertThat(last.status()).as(last.toString()).isEqualTo(200);
		assertThat(last.json().get("outcome").asString()).isEqualTo("APPROVED");
		assertThat(this.events.of(CaseDecided.class)).filteredOn((e) -> e.caseId().equals(opened.id()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.outcome()).isEqualTo(Outcome.APPROVED);
				assertThat(e.items()).hasSize(2);
				assertThat(e.reasons()).isEmpty();
			});
	}

	@Test
	void R_APP_6_aDecidedItemIsNotDecidedAgainAndStaleOrUnknownDecisionsAreRefused() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = openApplication("category:shoes", "brand:0");
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();
		decide(reviewer, opened.id(),
				Map.of("version", version, "items", List.of(Map.of("ref", "brand:0", "outcome", "APPROVE"))));

		Api.Reply again = decide(reviewer, opened.id(), Map.of("version", version + 1, "items", List.of(Map.of("ref",
				"brand:0", "outcome", "REJECT", "reasons", List.of(Map.of("code", "TRADEMARK_NOT_VERIFIABLE"))))));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("ITEM_ALREADY_DECIDED");
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].ref");

		Api.Reply stale = decide(reviewer, opened.id(),
				Map.of("version", version, "items", List.of(Map.of("ref", "category:shoes", "outcome", "APPROVE"))));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("VERSION_CONFLICT");

		assertThat(codes(decide(reviewer, opened.id(),
				Map.of("version", version + 1, "items",
						List.of(Map.of("ref", "category:hats", "outcome", "APPROVE"))))))
			.containsExactly("items[0].ref:UNKNOWN_ITEM");
		assertThat(codes(decide(reviewer, opened.id(),
				Map.of("version", version + 1, "items",
						List.of(Map.of("ref", "category:shoes", "outcome", "REJECT"))))))
			.containsExactly("items[0].reasons:REASON_REQUIRED");

		ReviewCase stored = this.reviews.view(opened.id(), reviewer.staffId()).reviewCase();
		assertThat(stored.status()).isEqualTo(ReviewCase.Status.OPEN);
		assertThat(stored.version()).isEqualTo(version + 1);
		assertThat(stored.undecidedItems()).extracting(ReviewCase.Item::ref).containsExactly("category:shoes");
		assertThat(auditCount(opened, "ITEMS_DECIDED")).isEqualTo(1);
	}

	@Test
	void R_APP_6_aWholeDecisionAfterAPartialOneCoversOnlyTheItemsLeft() {
		StaffFixtures.Signed reviewer = this.staff.signedIn("REVIEWER");
		ReviewCase opened = openApplication("category:shoes", "category:toys", "brand:0");
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();
		decide(reviewer, opened.id(), Map.of("version", version, "items", List.of(Map.of("ref", "brand:0", "outcome",
				"REJECT", "reasons", List.of(Map.of("code", "AUTHORIZATION_CHAIN_INCOMPLETE"))))));

		Api.Reply touchesDecided = decide(reviewer, opened.id(), Map.of("outcome", "REJECT", "version", version + 1,
				"reasons", List.of(Map.of("field", "brand:0", "code", "DOCUMENT_EXPIRED"))));
		assertThat(touchesDecided.status()).as(touchesDecided.toString()).isEqualTo(409);
		assertThat(touchesDecided.json().get("code").asString()).isEqualTo("ITEM_ALREADY_DECIDED");

		Api.Reply rest = decide(reviewer, opened.id(), Map.of("outcome", "APPROVE", "version", version + 1));

		assertThat(rest.status()).as(rest.toString()).isEqualTo(200);
		assertThat(rest.json().get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(this.events.of(CaseDecided.class)).filteredOn((e) -> e.caseId().equals(opened.id()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.items()).extracting((i) -> i.ref() + ":" + i.outcome())
					.containsExactly("category:shoes:APPROVED", "category:toys:APPROVED", "brand:0:REJECTED");
				assertThat(e.reasons()).extracting((r) -> r.field() + ":" + r.code())
					.containsExactly("brand:0:AUTHORIZATION_CHAIN_INCOMPLETE");
			});
		ReviewCase stored = this.reviews.view(opened.id(), reviewer.staffId()).reviewCase();
		assertThat(stored.itemStates()).extracting((i) -> i.ref() + ":" + i.outcome())
			.containsExactly("category:shoes:APPROVED", "category:toys:APPROVED", "brand:0:REJECTED");
		assertThat(stored.itemStates().get(2).decidedAt()).isEqualTo(TestClockConfiguration.START);
	}

	private ReviewCase openApplication(String... items) {
		return stored(this.reviews.open(new ReviewDesk.OpenCase(Queue.APPLICATION, "application:" + UUID.randomUUID(),
				UUID.randomUUID(), "cn" + UUID.randomUUID().toString().replace("-", "").substring(0, 14),
				new ReviewSubject(List.of(), List.of(), List.of(), List.of(items), List.of()))));
	}

	private ReviewCase open(Queue queue, String subjectRef) {
		return stored(this.reviews.open(new ReviewDesk.OpenCase(queue, subjectRef, UUID.randomUUID(),
				"cn" + String.format("%014d", Math.abs(subjectRef.hashCode())), subject())));
	}

	private static ReviewSubject subject() {
		return new ReviewSubject(List.of(new ReviewSubject.Field("personName", "王小明")),
				List.of(new ReviewSubject.Document("ID_FRONT", "/api/v1/review/documents/x", "NEW")),
				List.of(new ReviewSubject.Flag("ID_PHOTO_BLUR", false, "variance 12 < 60")), List.of(), List.of());
	}

	private JsonNode claim(StaffFixtures.Signed reviewer, Queue queue) {
		Api.Reply reply = this.api.post("/api/v1/review/cases/claim?queue=" + queue, "").token(reviewer.token()).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private Api.Reply decide(StaffFixtures.Signed reviewer, UUID caseId, Map<String, Object> body) {
		return this.api.post("/api/v1/review/cases/" + caseId + "/decision", body).token(reviewer.token()).send();
	}

	private static List<String> codes(Api.Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		return reply.json()
			.get("errors")
			.valueStream()
			.map((e) -> e.get("field").asString() + ":" + e.get("code").asString())
			.toList();
	}

	private long auditCount(ReviewCase c, String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = :subject AND action = :action")
			.param("subject", "review-case:" + c.id())
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private String requirementState(UUID seller) {
		return this.jdbc
			.sql("SELECT state FROM onboarding_requirement WHERE seller_id = :s AND requirement = 'IDENTITY'")
			.param("s", seller)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** The case as the desk stored it: the owner only learns its id and due time. */
	private ReviewCase stored(OpenedCase opened) {
		return this.cases.find(opened.id(), UUID.randomUUID()).orElseThrow().reviewCase();
	}

}
