package io.kaidian.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;

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
		Seller seller = identityInReview(subjectType);
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
	 * A seller of that subject type whose identity is submitted, authorised on the
	 * (sandbox) Alipay side and waiting on the reviewers' queue.
	 */
	public Seller identityInReview(String subjectType) {
		Seller seller = unverified();
		submitIdentity(seller.token(), subjectType, ValidNumbers.idNumber(seeds.incrementAndGet()));
		return seller;
	}

	/**
	 * Fills in the seller's subject of that type ({@code ENTERPRISE} or
	 * {@code INDIVIDUAL_BUSINESS}) with that person's ID number, uploads its documents,
	 * submits it and authorises in the sandbox Alipay: the case waits on the reviewers'
	 * queue.
	 */
	public void submitIdentity(String token, String subjectType, String idNumber) {
		boolean enterprise = subjectType.equals("ENTERPRISE");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("subjectType", subjectType);
		body.put("method", enterprise ? "LEGAL_REP_ALIPAY" : "PERSONAL_ALIPAY");
		body.put("companyName", enterprise ? "杭州小明茶业有限公司" : "杭州小明茶叶店");
		if (enterprise) {
			body.put("creditCode", ValidNumbers.creditCode(seeds.incrementAndGet()));
		}
		body.put("personName", "王小明");
		body.put("personIdNumber", idNumber);
		Api.Reply saved = this.api.put("/api/v1/me/identity", body).token(token).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		List<String> kinds = enterprise
				? List.of("BUSINESS_LICENSE", "BANK_ACCOUNT_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO")
				: List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO");
		for (String kind : kinds) {
			Api.Reply uploaded = Multipart.put(this.baseUrl + "/api/v1/me/identity/documents/" + kind, token,
					kind + ".jpg", "image/jpeg", Samples.jpeg(1000, 700));
			assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
		}
		submitAndAuthorise(token);
	}

	/**
	 * Submits the seller's identity, its documents uploaded, and authorises in the
	 * sandbox Alipay.
	 */
	public void submitAndAuthorise(String token) {
		Api.Reply submitted = this.api.post("/api/v1/me/identity/submit", "").token(token).send();
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		authorise(submitted.json().get("provider").get("redirectUrl").asString());
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
		ReviewerClient reviewer = new ReviewerClient(this.api, this.staff.tokenFor("REVIEWER"));
		reviewer.approve(reviewer.claimCaseOf("IDENTITY", memberId));
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
