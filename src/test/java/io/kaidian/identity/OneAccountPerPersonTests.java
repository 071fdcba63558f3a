package io.kaidian.identity;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.documents.Upload;
import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.ReviewerClient;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.ValidNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R-ID-6: one selling account per real-name individual, six per enterprise (config).
 * Approving a second account of the same subject answers the reviewer {@code 200}, and
 * identity then rejects it with a reason the seller reads by email and SMS; it used to
 * stay {@code IN_REVIEW} for good while its listener failed every minute. The reviewer is
 * warned on the case before deciding.
 */
class OneAccountPerPersonTests extends IntegrationTest {

	private static final AtomicLong seeds = new AtomicLong(System.nanoTime());

	private static final AtomicLong members = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private static final List<String> INDIVIDUAL_DOCUMENTS = List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK",
			"HOLDING_ID_PHOTO");

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityDrafting drafting;

	@Autowired
	IdentityDocumentUpload uploads;

	@Autowired
	IdentitySubmission submission;

	@Autowired
	AlipayCallback alipay;

	@Autowired
	Subjects subjects;

	private SellerFixtures sellers;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
		this.staff = new StaffFixtures(this.api);
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
	}

	@Test
	void R_ID_6_theSecondAccountOfOnePersonIsRejectedAndTheReviewerWarnedInsteadOfStayingInReview() {
		String idNumber = ValidNumbers.idNumber(seeds.incrementAndGet());
		Seller first = seller();
		Seller second = seller();
		inReviewOverHttp(first, idNumber);
		inReviewOverHttp(second, idNumber);
		StaffFixtures.Credentials credentials = this.staff.create("REVIEWER");
		ReviewerClient reviewer = new ReviewerClient(this.api,
				this.staff.signIn(credentials.email(), credentials.password()));

		reviewer.approve(reviewer.claimCaseOf("IDENTITY", first.memberId()));
		await().atMost(Duration.ofSeconds(20)).until(() -> status(first).equals("APPROVED"));

		// the reviewer of the second case is warned before deciding, on the API and the
		// page
		JsonNode claimed = reviewer.claimCaseOf("IDENTITY", second.memberId());
		JsonNode flag = flag(claimed, "SUBJECT_ALREADY_BOUND");
		assertThat(flag.get("passed").asBoolean()).isFalse();
		assertThat(flag.get("detail").asString()).isEqualTo(first.memberId());
		String caseId = claimed.get("caseId").asString();
		Pages pages = signedIn(credentials);
		assertThat(pages.get("/staff/review/cases/" + caseId, "Accept-Language", "en").body())
			.contains("This subject already binds account", first.memberId());
		assertThat(pages.get("/staff/review/cases/" + caseId, "Accept-Language", "zh-CN").body()).contains("该主体已绑定账号",
				first.memberId());

		reviewer.approve(claimed);

		await().atMost(Duration.ofSeconds(20)).until(() -> status(second).equals("REJECTED"));
		JsonNode reason = current(second).get("reasons").get(0);
		assertThat(reason.get("code").asString()).isEqualTo("ONE_ACCOUNT_PER_PERSON");
		assertThat(reason.get("field").asString()).isEqualTo("personIdNumber");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.outbox.find(second.phone()).stream().anyMatch((m) -> m.body().contains("needs changes")));
		await().atMost(Duration.ofSeconds(20)).until(() -> rejectionMail(second) != null);
		assertThat(GreenMailUtil.getBody(rejectionMail(second))).doesNotContain("R-ID");
		assertThat(status(first)).isEqualTo("APPROVED");
		assertThat(boundAccounts(idNumber)).containsExactly(first.memberId());
		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteDecisionPublications() == 0);
		// the seller can act again: a new attempt starts
		assertThat(this.api.put("/api/v1/me/identity", individual(idNumber)).token(second.token()).send().status())
			.isEqualTo(200);
	}

	@Test
	void R_ID_6_sixtyFourConcurrentApprovalsOfOnePersonBindExactlyOneAccount() throws Exception {
		String idNumber = ValidNumbers.idNumber(seeds.incrementAndGet());
		List<UUID> sellerIds = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			sellerIds.add(inReviewInProcess(individualDraft(idNumber), INDIVIDUAL_DOCUMENTS));
		}

		approveConcurrently(sellerIds);

		Map<String, Long> outcomes = awaitDecided(sellerIds);
		assertThat(outcomes).containsOnly(Map.entry("APPROVED", 1L), Map.entry("REJECTED:ONE_ACCOUNT_PER_PERSON", 63L));
		assertThat(boundAccounts(idNumber)).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteDecisionPublications() == 0);
	}

	@Test
	void R_ID_6_theSeventhAccountOfAnEnterpriseIsRejected() throws Exception {
		String creditCode = ValidNumbers.creditCode(seeds.incrementAndGet());
		List<UUID> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(inReviewInProcess(enterpriseDraft(creditCode),
					SubjectType.ENTERPRISE.requiredDocuments().stream().map(SubjectType.DocumentKind::name).toList()));
		}
		UUID seventh = inReviewInProcess(enterpriseDraft(creditCode),
				SubjectType.ENTERPRISE.requiredDocuments().stream().map(SubjectType.DocumentKind::name).toList());
		ReviewerClient reviewer = new ReviewerClient(this.api, this.staff.tokenFor("REVIEWER"));

		approveConcurrently(six);
		assertThat(awaitDecided(six)).containsOnly(Map.entry("APPROVED", 6L));

		JsonNode claimed = reviewer.claimCaseOf("IDENTITY", memberIdOf(seventh));
		JsonNode flag = flag(claimed, "SUBJECT_ALREADY_BOUND");
		assertThat(flag.get("passed").asBoolean()).isFalse();
		assertThat(flag.get("detail").asString()).endsWith("(6/6)");
		reviewer.approve(claimed);
		assertThat(awaitDecided(List.of(seventh))).containsOnly(Map.entry("REJECTED:ENTERPRISE_ACCOUNT_LIMIT", 1L));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM identity_binding b JOIN identity_case c ON c.id = b.case_id "
					+ "WHERE c.seller_id IN (:sellers)")
			.param("sellers", append(six, seventh))
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	// --- helpers

	private record Seller(String email, String phone, String memberId, String token) {
	}

	private Seller seller() {
		SellerFixtures.Registered registered = this.sellers.register();
		return new Seller(registered.email(), registered.phone(), registered.memberId(),
				this.sellers.signIn(registered));
	}

	private void inReviewOverHttp(Seller seller, String idNumber) {
		Api.Reply saved = this.api.put("/api/v1/me/identity", individual(idNumber)).token(seller.token()).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		for (String kind : INDIVIDUAL_DOCUMENTS) {
			Api.Reply uploaded = Multipart.put(baseUrl() + "/api/v1/me/identity/documents/" + kind, seller.token(),
					kind + ".jpg", "image/jpeg", Samples.jpeg(1000, 700));
			assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
		}
		Api.Reply submitted = this.api.post("/api/v1/me/identity/submit", "").token(seller.token()).send();
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		authorise(submitted.json().get("provider").get("redirectUrl").asString());
		assertThat(status(seller)).isEqualTo("IN_REVIEW");
	}

	/**
	 * A case in review for a new account, made through the identity module's own use
	 * cases (no registration, small photos): sixty-four of them in a few seconds.
	 */
	private UUID inReviewInProcess(Draft draft, List<String> kinds) {
		UUID sellerId = UUID.randomUUID();
		String memberId = "cn" + String.format("%014d", members.incrementAndGet());
		this.drafting.save(sellerId, memberId, draft);
		for (String kind : kinds) {
			this.uploads.upload(sellerId, SubjectType.DocumentKind.valueOf(kind),
					new Upload(new ByteArrayInputStream(Samples.jpeg(160, 100)), kind + ".jpg", "image/jpeg"));
		}
		IdentityVerification.CaseView submitted = this.submission.submit(sellerId);
		String redirect = submitted.provider().redirectUrl();
		this.alipay.completeProvider(UUID.fromString(redirect.substring(redirect.lastIndexOf('/') + 1)), true);
		return sellerId;
	}

	/**
	 * One reviewer claims the cases of these sellers, then approves them all at once over
	 * HTTP, one thread each; every decision answers {@code 200}.
	 */
	private void approveConcurrently(List<UUID> sellerIds) throws Exception {
		ReviewerClient reviewer = new ReviewerClient(this.api, this.staff.tokenFor("REVIEWER"));
		List<JsonNode> claimed = new ArrayList<>();
		for (UUID sellerId : sellerIds) {
			claimed.add(reviewer.claimCaseOf("IDENTITY", memberIdOf(sellerId)));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> decisions = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(claimed.size())) {
			for (JsonNode c : claimed) {
				decisions.add(threads.submit(() -> {
					start.await();
					reviewer.approve(c);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> decision : decisions) {
				decision.get();
			}
		}
	}

	/** Waits until no case of these sellers is in review; their outcomes, counted. */
	private Map<String, Long> awaitDecided(List<UUID> sellerIds) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM identity_case WHERE seller_id IN (:sellers) AND status = 'IN_REVIEW'")
				.param("sellers", sellerIds)
				.query(Long.class)
				.single() == 0);
		Map<String, Long> outcomes = new HashMap<>();
		this.jdbc
			.sql("SELECT status || coalesce(':' || (reasons -> 0 ->> 'code'), '') AS outcome, count(*) AS n "
					+ "FROM identity_case WHERE seller_id IN (:sellers) GROUP BY 1")
			.param("sellers", sellerIds)
			.query((rs, row) -> outcomes.put(rs.getString("outcome"), rs.getLong("n")))
			.list();
		return outcomes;
	}

	private String memberIdOf(UUID sellerId) {
		return this.jdbc.sql("SELECT member_id FROM identity_case WHERE seller_id = :seller LIMIT 1")
			.param("seller", sellerId)
			.query(String.class)
			.single();
	}

	private List<String> boundAccounts(String idNumber) {
		return this.subjects.bound(SubjectType.INDIVIDUAL_BUSINESS, idNumber).memberIds();
	}

	/** Publications of the decision listener not completed: none, it no longer fails. */
	private long incompleteDecisionPublications() {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%IdentityDecisions%' "
					+ "AND completion_date IS NULL")
			.query(Long.class)
			.single();
	}

	private static JsonNode flag(JsonNode reviewCase, String code) {
		return reviewCase.get("flags")
			.valueStream()
			.filter((f) -> f.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + code + " flag in " + reviewCase.get("flags")));
	}

	private static Draft individualDraft(String idNumber) {
		return new Draft(SubjectType.INDIVIDUAL_BUSINESS, SubjectType.Method.PERSONAL_ALIPAY, "杭州小明茶叶店", null, "王小明",
				idNumber);
	}

	private static Draft enterpriseDraft(String creditCode) {
		return new Draft(SubjectType.ENTERPRISE, SubjectType.Method.LEGAL_REP_ALIPAY, "杭州小明茶业有限公司", creditCode, "王小明",
				ValidNumbers.idNumber(seeds.incrementAndGet()));
	}

	private static Map<String, Object> individual(String idNumber) {
		return Map.of("subjectType", "INDIVIDUAL_BUSINESS", "method", "PERSONAL_ALIPAY", "companyName", "杭州小明茶叶店",
				"personName", "王小明", "personIdNumber", idNumber);
	}

	private static List<UUID> append(List<UUID> some, UUID one) {
		List<UUID> all = new ArrayList<>(some);
		all.add(one);
		return all;
	}

	private JsonNode current(Seller seller) {
		return this.api.get("/api/v1/me/identity").token(seller.token()).send().json();
	}

	private String status(Seller seller) {
		return current(seller).get("status").asString();
	}

	private MimeMessage rejectionMail(Seller seller) {
		return Set.of(mail.getReceivedMessages()).stream().filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals(seller.email())
						&& m.getSubject().contains("needs changes");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElse(null);
	}

	private void authorise(String redirectUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + redirectUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("outcome=SUCCESS"))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Pages signedIn(StaffFixtures.Credentials credentials) {
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in", "Accept-Language", "en");
		Pages.Page signedIn = pages.post("/sign-in",
				Map.of("email", credentials.email(), "password", credentials.password(), "origin", "staff"));
		assertThat(signedIn.location()).endsWith("/staff");
		return pages;
	}

}
