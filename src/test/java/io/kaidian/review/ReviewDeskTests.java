package io.kaidian.review;

import java.time.Duration;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The review desk (API.md, "Review"; PRODUCT.md §4 items 1–4, 8). */
class ReviewDeskTests extends IntegrationTest {

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	PublishedEventLog.Log events;

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
		ReviewCase opened = this.reviews.open(new Reviews.OpenCase(Queue.APPLICATION,
				"application:" + UUID.randomUUID(), UUID.randomUUID(), "cn10000000000009",
				new ReviewSubject(List.of(), List.of(), List.of(), List.of("category:shoes", "brand:0"), List.of())));
		long version = claim(reviewer, Queue.APPLICATION).get("version").asLong();

		assertThat(codes(decide(reviewer, opened.id(),
				Map.of("version", version, "items", List.of(Map.of("ref", "category:shoes", "outcome", "APPROVE"))))))
			.containsExactly("items:ITEMS_INCOMPLETE");

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
		ReviewCase application = this.reviews.open(new Reviews.OpenCase(Queue.APPLICATION,
				"application:" + UUID.randomUUID(), UUID.randomUUID(), "cn10000000000009",
				new ReviewSubject(List.of(), List.of(), List.of(), List.of("category:toys"), List.of())));

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
		ReviewCase opened = this.reviews.open(new Reviews.OpenCase(Queue.IDENTITY, "identity:" + UUID.randomUUID(),
				seller, "cn10000000000017", subject()));
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

	private ReviewCase open(Queue queue, String subjectRef) {
		return this.reviews.open(new Reviews.OpenCase(queue, subjectRef, UUID.randomUUID(),
				"cn" + String.format("%014d", Math.abs(subjectRef.hashCode())), subject()));
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

}
