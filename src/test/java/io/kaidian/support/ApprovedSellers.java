package io.kaidian.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import tools.jackson.databind.JsonNode;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sellers whose identity is approved, made through the HTTP API as a real seller and a
 * real reviewer would: register, fill in the subject, upload the R-ID-3 documents,
 * submit, authorise in the sandbox Alipay, and a reviewer claims and approves the case.
 * The settlement application starts from here (R-APP-1).
 */
public final class ApprovedSellers {

	private static final AtomicLong seeds = new AtomicLong(System.nanoTime());

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private final Api api;

	private final String baseUrl;

	private final SellerFixtures sellers;

	private final StaffFixtures staff;

	/**
	 * @param api the client of the running service
	 * @param baseUrl its base URL (for multipart uploads and the sandbox)
	 * @param mail the SMTP server the registration codes arrive at
	 * @param outbox the SMS outbox
	 */
	public ApprovedSellers(Api api, String baseUrl, GreenMail mail, Outbox outbox) {
		this.api = api;
		this.baseUrl = baseUrl;
		this.sellers = new SellerFixtures(api, mail, outbox);
		this.staff = new StaffFixtures(api);
	}

	/** An enterprise seller, identity approved. */
	public Seller enterprise() {
		return approved("ENTERPRISE");
	}

	/** An individual business seller, identity approved (basic plan only, R-APP-2). */
	public Seller individualBusiness() {
		return approved("INDIVIDUAL_BUSINESS");
	}

	/** A registered seller whose identity is not approved (not even started). */
	public Seller unverified() {
		SellerFixtures.Registered registered = this.sellers.register();
		return new Seller(registered.email(), registered.password(), registered.phone(), registered.memberId(),
				this.sellers.signIn(registered), null);
	}

	/**
	 * A seller of that subject type ({@code ENTERPRISE} or {@code INDIVIDUAL_BUSINESS}),
	 * identity approved.
	 */
	public Seller approved(String subjectType) {
		Seller seller = unverified();
		boolean enterprise = subjectType.equals("ENTERPRISE");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("subjectType", subjectType);
		body.put("method", enterprise ? "LEGAL_REP_ALIPAY" : "PERSONAL_ALIPAY");
		body.put("companyName", enterprise ? "杭州小明茶业有限公司" : "杭州小明茶叶店");
		if (enterprise) {
			body.put("creditCode", creditCode(seeds.incrementAndGet()));
		}
		body.put("personName", "王小明");
		body.put("personIdNumber", idNumber(seeds.incrementAndGet()));
		Api.Reply saved = this.api.put("/api/v1/me/identity", body).token(seller.token()).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		List<String> kinds = enterprise
				? List.of("BUSINESS_LICENSE", "BANK_ACCOUNT_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO")
				: List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO");
		for (String kind : kinds) {
			Api.Reply uploaded = Multipart.put(this.baseUrl + "/api/v1/me/identity/documents/" + kind, seller.token(),
					kind + ".jpg", "image/jpeg", Samples.jpeg(1000, 700));
			assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
		}
		Api.Reply submitted = this.api.post("/api/v1/me/identity/submit", "").token(seller.token()).send();
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		authorise(submitted.json().get("provider").get("redirectUrl").asString());
		approveIdentityCase(seller.memberId());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/me/identity")
				.token(seller.token())
				.send()
				.json()
				.get("status")
				.asString()
				.equals("APPROVED"));
		return new Seller(seller.email(), seller.password(), seller.phone(), seller.memberId(), seller.token(),
				subjectType);
	}

	/**
	 * The same seller with a fresh token: after a test moved the clock past the token's
	 * lifetime (12 h).
	 */
	public Seller signedInAgain(Seller seller) {
		String token = this.sellers.signIn(
				new SellerFixtures.Registered(seller.email(), seller.password(), seller.phone(), seller.memberId()));
		return new Seller(seller.email(), seller.password(), seller.phone(), seller.memberId(), token,
				seller.subjectType());
	}

	private void authorise(String redirectUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + redirectUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("outcome=SUCCESS"))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new reviewer claims identity cases until it holds this seller's, approves it, and
	 * gives back any other case it claimed on the way.
	 */
	private void approveIdentityCase(String memberId) {
		String reviewer = this.staff.tokenFor("REVIEWER");
		List<String> others = new ArrayList<>();
		try {
			for (int i = 0; i < 500; i++) {
				Api.Reply claimed = this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "")
					.token(reviewer)
					.send();
				assertThat(claimed.status()).as("the seller's identity case is on the queue: " + claimed)
					.isEqualTo(200);
				JsonNode c = claimed.json();
				if (!c.get("memberId").asString().equals(memberId)) {
					others.add(c.get("caseId").asString());
					continue;
				}
				Api.Reply decided = this.api
					.post("/api/v1/review/cases/" + c.get("caseId").asString() + "/decision",
							Map.of("outcome", "APPROVE", "reasons", List.of(), "version", c.get("version").asLong()))
					.token(reviewer)
					.send();
				assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
				return;
			}
			throw new AssertionError("The identity case of " + memberId + " was never claimed");
		}
		finally {
			for (String other : others) {
				this.api.post("/api/v1/review/cases/" + other + "/release", "").token(reviewer).send();
			}
		}
	}

	/** A valid resident ID number of Beijing's Dongcheng district for the given seed. */
	public static String idNumber(long seed) {
		Random random = new Random(seed);
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		String body = "110101" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		int check = (12 - sum % 11) % 11;
		return body + (check == 10 ? "X" : Integer.toString(check));
	}

	/** A valid credit code of a Beijing enterprise for the given seed. */
	public static String creditCode(long seed) {
		Random random = new Random(seed);
		StringBuilder org = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			org.append(random.nextInt(10));
		}
		int orgSum = 0;
		for (int i = 0; i < 8; i++) {
			orgSum += (org.charAt(i) - '0') * ORG_WEIGHTS[i];
		}
		int orgCheck = 11 - orgSum % 11;
		org.append(orgCheck == 10 ? 'X' : orgCheck == 11 ? '0' : (char) ('0' + orgCheck));
		String body = "91110000" + org;
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += USCC_ALPHABET.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return body + USCC_ALPHABET.charAt(check == 31 ? 0 : check);
	}

	/**
	 * A seller signed in through the API.
	 *
	 * @param email its login
	 * @param password its password
	 * @param phone its mobile, E.164
	 * @param memberId its member ID
	 * @param token a bearer token
	 * @param subjectType {@code ENTERPRISE} or {@code INDIVIDUAL_BUSINESS} once approved;
	 * {@code null} when its identity is not
	 */
	public record Seller(String email, String password, String phone, String memberId, String token,
			String subjectType) {
	}

}
