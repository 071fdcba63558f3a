package io.kaidian.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;
import io.kaidian.support.ValidNumbers;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real-name authentication end to end (PRODUCT.md R-ID; API.md, "Identity"). */
class RealNameAuthenticationTests extends IntegrationTest {

	private static final AtomicLong seeds = new AtomicLong(System.nanoTime());

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

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
	void R_ID_anIndividualBusinessIsApprovedEndToEnd() {
		Seller seller = seller();
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());

		JsonNode draft = save(seller, individual(id)).json();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("personIdNumber").asString())
			.isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
		uploadAll(seller, "INDIVIDUAL_BUSINESS");

		JsonNode submitted = submit(seller).json();
		assertThat(submitted.get("status").asString()).isEqualTo("AWAITING_PROVIDER");
		assertThat(submitted.get("provider").get("name").asString()).isEqualTo("SANDBOX");
		authorise(submitted, "SUCCESS");
		assertThat(current(seller).get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(current(seller).get("expectedDecisionBy").asString()).isNotBlank();

		decide("APPROVE", List.of());

		await().atMost(Duration.ofSeconds(20)).until(() -> current(seller).get("status").asString().equals("APPROVED"));
		await().atMost(Duration.ofSeconds(20)).until(() -> checklistState(seller, "IDENTITY").equals("DONE"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.outbox.find(seller.phone()).stream().anyMatch((m) -> m.body().contains("approved")));
	}

	@Test
	void R_ID_1_badNumbersAre422WithTheFieldAndNeverReachAReviewer() {
		Seller seller = seller();
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());
		String tampered = id.substring(0, 16) + (id.charAt(16) == '1' ? '2' : '1') + id.charAt(17);

		Api.Reply reply = save(seller, individual(tampered));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("personIdNumber");
		assertThat(reply.json().get("errors").get(0).get("code").asString()).startsWith("ID_NUMBER_");
		Api.Reply credit = save(seller, Map.of("subjectType", "ENTERPRISE", "method", "CORPORATE_ALIPAY", "companyName",
				"测试科技有限公司", "creditCode", "91110000ABCDEFGHIJ", "personName", "王小明", "personIdNumber", id));
		assertThat(credit.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
	}

	@Test
	void R_ID_2_theMethodMustFitTheSubjectType() {
		Seller seller = seller();
		Map<String, Object> body = new java.util.HashMap<>(individual(ValidNumbers.idNumber(seeds.incrementAndGet())));
		body.put("method", "CORPORATE_ALIPAY");

		Api.Reply reply = save(seller, body);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void R_ID_3_everyRequiredDocumentBeforeSubmitting() {
		Seller seller = seller();
		save(seller, enterprise(ValidNumbers.creditCode(seeds.incrementAndGet()),
				ValidNumbers.idNumber(seeds.incrementAndGet())));
		upload(seller, "BUSINESS_LICENSE");

		Api.Reply reply = submit(seller);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").valueStream().map((e) -> e.get("field").asString()))
			.containsExactlyInAnyOrder("BANK_ACCOUNT_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO");
	}

	@Test
	void R_ID_4_aCaseWaitingOnAlipayExpiresAfterTwoMonths() {
		Seller seller = seller();
		save(seller, individual(ValidNumbers.idNumber(seeds.incrementAndGet())));
		uploadAll(seller, "INDIVIDUAL_BUSINESS");
		submit(seller);

		this.clock.add(Duration.ofDays(58));
		assertThat(this.expiry.expireWaiting()).isZero();
		this.clock.add(Duration.ofDays(4));
		assertThat(this.expiry.expireWaiting()).isEqualTo(1);

		Seller again = new Seller(seller.email(), seller.phone(), seller.memberId(),
				this.sellers.signIn(new SellerFixtures.Registered(seller.email(),
						SellerFixtures.mainlandBody("", "").get("password").toString(), seller.phone(),
						seller.memberId())));
		assertThat(current(again).get("status").asString()).isEqualTo("EXPIRED");
		assertThat(current(again).get("reasons").get(0).get("code").asString()).isEqualTo("AUTHENTICATION_EXPIRED");
		assertThat(
				save(again, individual(ValidNumbers.idNumber(seeds.incrementAndGet()))).json().get("attempt").asInt())
			.isEqualTo(2);
	}

	@Test
	void R_ID_5_aRejectionReachesTheSellerWithReasonsAndOnlyRejectedItemsChange() {
		Seller seller = seller();
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());
		save(seller, individual(id));
		uploadAll(seller, "INDIVIDUAL_BUSINESS");
		authorise(submit(seller).json(), "SUCCESS");

		decide("REJECT",
				List.of(Map.of("field", "HOLDING_ID_PHOTO", "code", "FACE_NOT_VISIBLE", "message", "hand over chin")));

		await().atMost(Duration.ofSeconds(20)).until(() -> current(seller).get("status").asString().equals("REJECTED"));
		await().atMost(Duration.ofSeconds(20)).until(() -> checklistState(seller, "IDENTITY").equals("REJECTED"));
		JsonNode identity = checklist(seller, "zh-CN").get("requirements").get(1);
		assertThat(identity.get("reasons").get(0).get("code").asString()).isEqualTo("FACE_NOT_VISIBLE");
		assertThat(identity.get("reasons").get(0).get("message").asString()).contains("手持证件照中本人面部不清晰",
				"hand over chin");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mail.getReceivedMessages().length > 0 && java.util.Arrays.stream(mail.getReceivedMessages())
				.anyMatch((m) -> recipient(m).equals(seller.email())));

		// the new attempt keeps what was accepted
		JsonNode next = save(seller, individual(id)).json();
		assertThat(next.get("attempt").asInt()).isEqualTo(2);
		assertThat(next.get("documents")
			.valueStream()
			.filter((d) -> d.get("carriedOver").asBoolean())
			.map((d) -> d.get("kind").asString())).containsExactlyInAnyOrder("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK");
		Api.Reply accepted = upload(seller, "ID_FRONT");
		assertThat(accepted.status()).isEqualTo(409);
		assertThat(accepted.json().get("code").asString()).isEqualTo("DOCUMENT_ACCEPTED");
		Map<String, Object> changedName = new java.util.HashMap<>(individual(id));
		changedName.put("personName", "李四");
		assertThat(save(seller, changedName).json().get("errors").get(0).get("code").asString())
			.isEqualTo("FIELD_ACCEPTED");
		assertThat(upload(seller, "HOLDING_ID_PHOTO").status()).isEqualTo(200);
		authorise(submit(seller).json(), "SUCCESS");
		JsonNode claimed = claimAsReviewer();
		assertThat(claimed.get("changes").valueStream().map((c) -> c.get("field").asString()))
			.containsExactly("HOLDING_ID_PHOTO");
	}

	@Test
	void R_ID_6_sixtyFourConcurrentApprovalsOfOneIndividualBindExactlyOneAccount() throws Exception {
		UUID subject = this.subjects.findOrCreate(SubjectType.INDIVIDUAL_BUSINESS,
				ValidNumbers.idNumber(seeds.incrementAndGet()));

		assertThat(bindConcurrently(subject, 64)).isEqualTo(1);
		assertThat(this.subjects.bindings(subject)).isEqualTo(1);
	}

	@Test
	void R_ID_6_eightAccountsOfOneEnterpriseBindExactlySix() throws Exception {
		UUID subject = this.subjects.findOrCreate(SubjectType.ENTERPRISE,
				ValidNumbers.creditCode(seeds.incrementAndGet()));

		assertThat(bindConcurrently(subject, 8)).isEqualTo(6);
		assertThat(this.subjects.bindings(subject)).isEqualTo(6);
	}

	@Test
	void R_ID_7_anApprovedIdentityIsBoundForGood() {
		Seller seller = approvedIndividual();

		Api.Reply change = save(seller, individual(ValidNumbers.idNumber(seeds.incrementAndGet())));
		assertThat(change.status()).isEqualTo(409);
		assertThat(change.json().get("code").asString()).isEqualTo("IDENTITY_BOUND");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> this.jdbc.sql("UPDATE identity_binding SET subject_id = subject_id WHERE member_id = :m")
					.param("m", seller.memberId())
					.update()))
			.hasMessageContaining("R-ID-7");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> this.jdbc
			.sql("UPDATE identity_case SET person_id_number = NULL WHERE member_id = :m AND status = 'APPROVED'")
			.param("m", seller.memberId())
			.update())).hasMessageContaining("R-ID-7");
	}

	@Test
	void R_ID_8_aBannedSubjectsNewCaseIsRejectedAndTheAccountClosed() {
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());
		this.subjects.ban(SubjectType.INDIVIDUAL_BUSINESS, id, "SERIOUS_VIOLATION");
		Seller seller = seller();
		save(seller, individual(id));
		uploadAll(seller, "INDIVIDUAL_BUSINESS");

		JsonNode refused = submit(seller).json();

		assertThat(refused.get("status").asString()).isEqualTo("REJECTED");
		assertThat(refused.get("reasons").get(0).get("code").asString()).isEqualTo("SUBJECT_BANNED");
		assertThat(this.api.get("/api/v1/me").token(seller.token()).send().status()).isEqualTo(401);
	}

	@Test
	void personalDataIsNeverStoredInPlainText() {
		Seller seller = seller();
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());
		String credit = ValidNumbers.creditCode(seeds.incrementAndGet());
		save(seller, enterprise(credit, id));

		// a dump of every table of the schema: no ID number or credit code in plain text
		List<String> tables = this.jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
					+ "AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		assertThat(tables).contains("identity_case", "identity_subject", "audit_entry", "review_case");
		for (String table : tables) {
			long rows = this.jdbc
				.sql("SELECT count(*) FROM \"" + table + "\" t WHERE t::text LIKE :id OR t::text LIKE :credit")
				.param("id", "%" + id + "%")
				.param("credit", "%" + credit + "%")
				.query(Long.class)
				.single();
			assertThat(rows).as(table).isZero();
		}
	}

	@Test
	void anotherSellersCaseIdAnswers404() {
		Seller one = seller();
		Seller two = seller();
		String caseId = save(one, individual(ValidNumbers.idNumber(seeds.incrementAndGet()))).json()
			.get("caseId")
			.asString();

		assertThat(this.api.get("/api/v1/me/identity/attempts/" + caseId).token(two.token()).send().status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/v1/me/identity/attempts/" + caseId).token(one.token()).send().status())
			.isEqualTo(200);
	}

	@Test
	void reviewersOpenDocumentsAsAttachmentsAndEveryViewIsRecorded() {
		Seller seller = seller();
		save(seller, individual(ValidNumbers.idNumber(seeds.incrementAndGet())));
		uploadAll(seller, "INDIVIDUAL_BUSINESS");
		authorise(submit(seller).json(), "SUCCESS");
		JsonNode claimed = claimAsReviewer();
		String link = claimed.get("documents").get(0).get("link").asString();

		Api.Reply document = this.api.get(link).token(this.reviewerToken).header("Accept", "*/*").send();

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.header("Content-Disposition")).startsWith("attachment");
		assertThat(document.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(this.jdbc.sql("SELECT count(*) FROM document_view WHERE document_id = :id")
			.param("id", UUID.fromString(link.substring(link.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.api.get(link).token(seller.token()).send().status()).isEqualTo(403);
	}

	// --- helpers

	@Autowired
	IdentityExpiry expiry;

	private String reviewerToken;

	private long reviewVersion;

	private String reviewCaseId;

	private record Seller(String email, String phone, String memberId, String token) {
	}

	private Seller seller() {
		SellerFixtures.Registered registered = this.sellers.register();
		return new Seller(registered.email(), registered.phone(), registered.memberId(),
				this.sellers.signIn(registered));
	}

	private Seller approvedIndividual() {
		Seller seller = seller();
		save(seller, individual(ValidNumbers.idNumber(seeds.incrementAndGet())));
		uploadAll(seller, "INDIVIDUAL_BUSINESS");
		authorise(submit(seller).json(), "SUCCESS");
		decide("APPROVE", List.of());
		await().atMost(Duration.ofSeconds(20)).until(() -> current(seller).get("status").asString().equals("APPROVED"));
		return seller;
	}

	private static Map<String, Object> individual(String idNumber) {
		return Map.of("subjectType", "INDIVIDUAL_BUSINESS", "method", "PERSONAL_ALIPAY", "companyName", "杭州小明茶叶店",
				"personName", "王小明", "personIdNumber", idNumber);
	}

	private static Map<String, Object> enterprise(String creditCode, String idNumber) {
		return Map.of("subjectType", "ENTERPRISE", "method", "LEGAL_REP_ALIPAY", "companyName", "杭州小明茶业有限公司",
				"creditCode", creditCode, "personName", "王小明", "personIdNumber", idNumber);
	}

	private Api.Reply save(Seller seller, Map<String, Object> body) {
		return this.api.put("/api/v1/me/identity", body).token(seller.token()).send();
	}

	private Api.Reply submit(Seller seller) {
		return this.api.post("/api/v1/me/identity/submit", "").token(seller.token()).send();
	}

	private JsonNode current(Seller seller) {
		return this.api.get("/api/v1/me/identity").token(seller.token()).send().json();
	}

	private Api.Reply upload(Seller seller, String kind) {
		return Multipart.put(baseUrl() + "/api/v1/me/identity/documents/" + kind, seller.token(), kind + ".jpg",
				"image/jpeg", Samples.jpeg(1000, 700));
	}

	private void uploadAll(Seller seller, String subjectType) {
		List<String> kinds = subjectType.equals("ENTERPRISE")
				? List.of("BUSINESS_LICENSE", "BANK_ACCOUNT_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO")
				: List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO");
		for (String kind : kinds) {
			Api.Reply reply = upload(seller, kind);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		}
	}

	private void authorise(JsonNode submitted, String outcome) {
		String url = submitted.get("provider").get("redirectUrl").asString();
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("outcome=" + outcome))
			.build();
		try {
			var response = java.net.http.HttpClient.newHttpClient()
				.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode claimAsReviewer() {
		this.reviewerToken = this.staff.tokenFor("REVIEWER");
		Api.Reply claimed = this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "")
			.token(this.reviewerToken)
			.send();
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
		this.reviewVersion = claimed.json().get("version").asLong();
		this.reviewCaseId = claimed.json().get("caseId").asString();
		return claimed.json();
	}

	private void decide(String outcome, List<Map<String, Object>> reasons) {
		claimAsReviewer();
		Api.Reply decided = this.api
			.post("/api/v1/review/cases/" + this.reviewCaseId + "/decision",
					Map.of("outcome", outcome, "reasons", reasons, "version", this.reviewVersion))
			.token(this.reviewerToken)
			.send();
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
	}

	private JsonNode checklist(Seller seller, String language) {
		return this.api.get("/api/v1/me/onboarding").token(seller.token()).language(language).send().json();
	}

	private String checklistState(Seller seller, String key) {
		return checklist(seller, "en").get("requirements")
			.valueStream()
			.filter((r) -> r.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow()
			.get("state")
			.asString();
	}

	private int bindConcurrently(UUID subject, int accounts) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(accounts, 16))) {
			for (int i = 0; i < accounts; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.transactions.execute((status) -> this.subjects.bind(subject, UUID.randomUUID(),
							"cn10000000000000", UUID.randomUUID()));
				}));
			}
			start.countDown();
			int bound = 0;
			for (Future<Boolean> result : results) {
				bound += Boolean.TRUE.equals(result.get()) ? 1 : 0;
			}
			return bound;
		}
	}

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private static String recipient(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
