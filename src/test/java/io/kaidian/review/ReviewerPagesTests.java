package io.kaidian.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer pages over real HTTP (PRODUCT.md §4 items 1–3): the queue oldest due first
 * with its deadline markers, claiming, the case page, and decisions refused with the
 * reason in the reviewer's language.
 */
class ReviewerPagesTests extends IntegrationTest {

	private static final String[] ENGLISH = { "Accept-Language", "en" };

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	ReviewDesk reviews;

	@Autowired
	ReviewCases cases;

	@Autowired
	ReviewerAccess access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
		// other tests' leftovers must not show or be claimed here
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
	}

	@Test
	void theQueueListsOldestDueFirstWithLateAndDueTodayMarkers() {
		ReviewCase first = open(Queue.IDENTITY, identitySubject());
		this.clock.add(java.time.Duration.ofHours(1));
		ReviewCase second = open(Queue.IDENTITY, identitySubject());
		// the first is past due, the second due within the hour (the same Beijing day)
		this.clock.setInstant(first.dueBy());
		Pages pages = signedInReviewer();

		Pages.Page queue = pages.get("/staff/review/IDENTITY", ENGLISH);

		assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
		String body = queue.body();
		assertThat(body.indexOf("id=\"row-" + first.id())).isPositive()
			.isLessThan(body.indexOf("id=\"row-" + second.id()));
		assertThat(row(body, first)).contains("data-marker=\"LATE\"", ">Late<", first.memberId(), ">Nobody<");
		assertThat(row(body, second)).contains("data-marker=\"DUE_TODAY\"", ">Due today<");
		assertThat(row(body, first)).contains("class=\"failed-flags error\">1<");
		assertThat(body).contains("id=\"claim-next\"", "/js/review-keys.js", "id=\"shortcuts\"");

		this.reviews.escalateOverdue();
		Pages.Page escalated = pages.get("/staff/review/IDENTITY?escalated=true", ENGLISH);
		assertThat(escalated.body()).contains("id=\"row-" + first.id()).doesNotContain("id=\"row-" + second.id());
	}

	@Test
	void claimNextOpensTheCaseAndSaysWhenNothingIsLeft() {
		ReviewCase opened = open(Queue.IDENTITY, identitySubject());
		Pages pages = signedInReviewer();
		pages.get("/staff/review/IDENTITY", ENGLISH);

		Pages.Page claimed = pages.post("/staff/review/IDENTITY/claim", Map.of(), ENGLISH);
		assertThat(claimed.location()).endsWith("/staff/review/cases/" + opened.id());
		Pages.Page casePage = pages.get("/staff/review/cases/" + opened.id(), ENGLISH);
		assertThat(casePage.body()).contains("Case claimed", "王小明", "href=\"/staff/review/documents/front\"",
				"ID_PHOTO_BLUR", "variance 12 &lt; 60", "id=\"decision-form\"", "id=\"outcome-approve\"",
				"PHOTO_BLURRED", "id=\"release\"", ">Claimed<");

		Pages.Page nothing = pages.post("/staff/review/IDENTITY/claim", Map.of(), ENGLISH);
		assertThat(nothing.location()).endsWith("/staff/review/IDENTITY");
		assertThat(pages.get("/staff/review/IDENTITY", ENGLISH).body()).contains("Nothing to claim");

		Pages.Page released = pages.post("/staff/review/cases/" + opened.id() + "/release", Map.of(), ENGLISH);
		assertThat(released.location()).endsWith("/staff/review/IDENTITY");
		assertThat(pages.get("/staff/review/IDENTITY", ENGLISH).body()).contains("Case released");
	}

	@Test
	void rejectingWithoutReasonsShowsTheReasonRequiredMessageAndKeepsTheChoice() {
		ReviewCase opened = open(Queue.IDENTITY, identitySubject());
		Pages pages = signedInReviewer();
		long version = claimAndRead(pages, opened);

		Pages.Page refused = pages.post("/staff/review/cases/" + opened.id() + "/decision",
				Map.of("version", Long.toString(version), "outcome", "REJECT"), ENGLISH);
		assertThat(refused.location()).endsWith("/staff/review/cases/" + opened.id());

		String body = pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body();
		assertThat(body).contains("id=\"problem\"", "Reason needed",
				"A rejection needs at least one reason from the catalogue.", "id=\"reasons-error\"");
		assertThat(body).containsPattern("id=\"outcome-reject\"[^>]*checked");
		assertThat(this.reviews.view(opened.id(), reviewerOf(pages)).reviewCase().status())
			.isEqualTo(ReviewCase.Status.OPEN);
	}

	@Test
	void aStaleVersionShowsTheConflictAndTheRightOneDecides() {
		ReviewCase opened = open(Queue.IDENTITY, identitySubject());
		Pages pages = signedInReviewer();
		long version = claimAndRead(pages, opened);

		pages.post("/staff/review/cases/" + opened.id() + "/decision",
				Map.of("version", Long.toString(version - 1), "outcome", "APPROVE"), ENGLISH);
		assertThat(pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body()).contains("Changed meanwhile",
				"Someone else changed this since you read it.");

		Map<String, String> rejection = new LinkedHashMap<>();
		rejection.put("version", Long.toString(version));
		rejection.put("outcome", "REJECT");
		rejection.put("reasons", "ID_FRONT|PHOTO_BLURRED");
		rejection.put("notes[ID_FRONT|PHOTO_BLURRED]", "Too dark to read");
		Pages.Page decided = pages.post("/staff/review/cases/" + opened.id() + "/decision", rejection, ENGLISH);
		assertThat(decided.location()).endsWith("/staff/review/cases/" + opened.id());
		String body = pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body();
		assertThat(body).contains("Case rejected", "id=\"claim-next\"", "Too dark to read")
			.doesNotContain("id=\"decision-form\"");

		ReviewCase stored = this.reviews.view(opened.id(), reviewerOf(pages)).reviewCase();
		assertThat(stored.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(stored.reasons()).containsExactly(new Reason("ID_FRONT", "PHOTO_BLURRED", "Too dark to read"));

		// deciding again: the case is decided
		pages.post("/staff/review/cases/" + opened.id() + "/decision",
				Map.of("version", Long.toString(stored.version()), "outcome", "APPROVE"), ENGLISH);
		assertThat(pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body()).contains("Already decided");
	}

	@Test
	void R_APP_5_R_APP_6_anApplicationIsDecidedItemByItemSomeItemsNowAndTheRestLater() {
		ReviewCase opened = open(Queue.APPLICATION,
				new ReviewSubject(List.of(new ReviewSubject.Field("storeName", "小明鞋店")), List.of(), List.of(),
						List.of("category:shoes", "brand:0"), List.of()));
		Pages pages = signedInReviewer();
		pages.get("/staff/review/APPLICATION", ENGLISH);
		assertThat(pages.post("/staff/review/APPLICATION/claim", Map.of(), ENGLISH).location())
			.endsWith("/staff/review/cases/" + opened.id());
		String form = pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body();
		// R-APP-5: the brand is due after 7 working days, the category with the case
		// after 10
		assertThat(form).contains("Category “shoes”", "Brand no. 1", "TRADEMARK_NOT_VERIFIABLE",
				"QUALIFICATION_MISSING", "id=\"items\"", "Due 2026-12-04 10:00", "Due 2026-12-09 10:00",
				"id=\"case-next-due\">2026-12-04 10:00<", "name=\"mode\" value=\"items\"");
		long version = version(form);

		// reasons ticked without an outcome are pointed out next to the item
		Map<String, String> unclear = new LinkedHashMap<>();
		unclear.put("version", Long.toString(version));
		unclear.put("mode", "items");
		unclear.put("items[0].ref", "category:shoes");
		unclear.put("items[0].outcome", "APPROVE");
		unclear.put("items[1].ref", "brand:0");
		unclear.put("items[1].reasons", "TRADEMARK_NOT_VERIFIABLE");
		pages.post("/staff/review/cases/" + opened.id() + "/decision", unclear, ENGLISH);
		assertThat(pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body()).contains("id=\"item-1-error\"",
				"Choose Approve or Reject.");

		// an item left alone stays for later: the category is decided, the case stays
		// open and ours
		Map<String, String> categoryOnly = new LinkedHashMap<>();
		categoryOnly.put("version", Long.toString(version));
		categoryOnly.put("mode", "items");
		categoryOnly.put("items[0].ref", "category:shoes");
		categoryOnly.put("items[0].outcome", "APPROVE");
		categoryOnly.put("items[1].ref", "brand:0");
		pages.post("/staff/review/cases/" + opened.id() + "/decision", categoryOnly, ENGLISH);
		String partly = pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body();
		assertThat(partly).contains("Items decided", "id=\"decision-form\"", "data-outcome=\"APPROVED\"")
			.doesNotContain("value=\"category:shoes\"");
		assertThat(partly).contains("value=\"brand:0\"");
		ReviewCase afterCategory = this.reviews.view(opened.id(), reviewerOf(pages)).reviewCase();
		assertThat(afterCategory.status()).isEqualTo(ReviewCase.Status.OPEN);
		assertThat(afterCategory.assignee()).isEqualTo(reviewerOf(pages));
		long next = version(partly);
		assertThat(next).isEqualTo(version + 1);

		// nothing chosen at all is refused
		pages.post("/staff/review/cases/" + opened.id() + "/decision",
				Map.of("version", Long.toString(next), "mode", "items", "items[0].ref", "brand:0"), ENGLISH);
		assertThat(pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body())
			.contains("Approve or reject at least one item.");

		Map<String, String> decision = new LinkedHashMap<>();
		decision.put("version", Long.toString(next));
		decision.put("mode", "items");
		decision.put("items[0].ref", "brand:0");
		decision.put("items[0].outcome", "REJECT");
		decision.put("items[0].reasons", "TRADEMARK_NOT_VERIFIABLE");
		decision.put("notes[brand:0|TRADEMARK_NOT_VERIFIABLE]", "The registration number is not on the register");
		pages.post("/staff/review/cases/" + opened.id() + "/decision", decision, ENGLISH);
		assertThat(pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body()).contains("Case rejected");

		ReviewCase stored = this.reviews.view(opened.id(), reviewerOf(pages)).reviewCase();
		assertThat(stored.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(stored.items()).containsExactly(
				new CaseDecided.ItemDecision("category:shoes", Outcome.APPROVED, List.of()),
				new CaseDecided.ItemDecision("brand:0", Outcome.REJECTED, List.of(new Reason("brand:0",
						"TRADEMARK_NOT_VERIFIABLE", "The registration number is not on the register"))));
	}

	@Test
	void aReviewerOutsideTheQueueSeesWhyInItsLanguage() {
		Pages pages = signedInReviewer();
		this.access.assign(reviewerOf(pages), List.of(Queue.APPLICATION));

		Pages.Page refused = pages.get("/staff/review/IDENTITY?lang=zh-CN");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("不是您的队列", "您未被分配到此审核队列。");
	}

	@Test
	void sellersAndVisitorsCannotReachTheReviewPages() {
		ReviewCase opened = open(Queue.IDENTITY, identitySubject());
		assertThat(new Pages(baseUrl()).get("/staff/review/IDENTITY").location()).endsWith("/staff/sign-in");

		SellerFixtures.Registered seller = new SellerFixtures(this.api, mail, this.outbox).register();
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in", ENGLISH);
		assertThat(pages.post("/sign-in", Map.of("email", seller.email(), "password", seller.password())).location())
			.endsWith("/seller");

		for (String path : List.of("/staff/review/IDENTITY", "/staff/review/cases/" + opened.id())) {
			Pages.Page page = pages.get(path, ENGLISH);
			assertThat(page.status()).as(path).isIn(302, 403);
			assertThat(page.body()).doesNotContain(opened.memberId());
		}
		assertThat(pages.post("/staff/review/IDENTITY/claim", Map.of(), ENGLISH).status()).isIn(302, 403);
		assertThat(this.reviews.list(Queue.IDENTITY, false, this.staff.signedIn("REVIEWER").staffId()))
			.extracting(ReviewCase::assignee)
			.containsOnlyNulls();
	}

	private ReviewCase open(Queue queue, ReviewSubject subject) {
		String member = "cn" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		return stored(this.reviews.open(new ReviewDesk.OpenCase(queue,
				queue.name().toLowerCase() + ":" + UUID.randomUUID(), UUID.randomUUID(), member, subject)));
	}

	static ReviewSubject identitySubject() {
		return new ReviewSubject(
				List.of(new ReviewSubject.Field("personName", "王小明"),
						new ReviewSubject.Field("idNumber", "3301**********1234")),
				List.of(new ReviewSubject.Document("ID_FRONT", "/api/v1/review/documents/front", "NEW"),
						new ReviewSubject.Document("HOLDING_ID_PHOTO", "/api/v1/review/documents/holding", "NEW")),
				List.of(new ReviewSubject.Flag("ID_PHOTO_BLUR", false, "variance 12 < 60"),
						new ReviewSubject.Flag("ID_NUMBER_CHECKSUM", true, null)),
				List.of(), List.of());
	}

	private final Map<Pages, UUID> reviewers = new java.util.HashMap<>();

	/** A new reviewer, signed in through the staff form. */
	private Pages signedInReviewer() {
		StaffFixtures.Credentials credentials = this.staff.create("REVIEWER");
		Api.Reply session = this.api
			.post("/api/v1/sessions", Map.of("email", credentials.email(), "password", credentials.password()))
			.send();
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in", ENGLISH);
		Pages.Page signedIn = pages.post("/sign-in",
				Map.of("email", credentials.email(), "password", credentials.password(), "origin", "staff"));
		assertThat(signedIn.location()).endsWith("/staff");
		this.reviewers.put(pages, UUID.fromString(session.json().get("staffId").asString()));
		return pages;
	}

	private UUID reviewerOf(Pages pages) {
		return this.reviewers.get(pages);
	}

	private long claimAndRead(Pages pages, ReviewCase opened) {
		pages.get("/staff/review/IDENTITY", ENGLISH);
		assertThat(pages.post("/staff/review/IDENTITY/claim", Map.of(), ENGLISH).location())
			.endsWith("/staff/review/cases/" + opened.id());
		return version(pages.get("/staff/review/cases/" + opened.id(), ENGLISH).body());
	}

	private static long version(String body) {
		Matcher matcher = VERSION.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static String row(String body, ReviewCase c) {
		int start = body.indexOf("id=\"row-" + c.id());
		return body.substring(start, body.indexOf("</tr>", start));
	}

	/** The case as the desk stored it: the owner only learns its id and due time. */
	private ReviewCase stored(OpenedCase opened) {
		return this.cases.find(opened.id(), UUID.randomUUID()).orElseThrow().reviewCase();
	}

}
