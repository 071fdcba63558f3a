package io.kaidian.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;
import io.kaidian.review.ReviewerAccess;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.ValidNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's workspace over real HTTP (ADR 0030): a case's documents served inline as
 * images, never sniffed or cached, on a page whose policy allows images from the service
 * only; the full ID number shown to the assigned reviewer alone, each time recorded; a
 * note beside no reason refused with everything typed kept.
 */
class ReviewerWorkspaceTests extends IntegrationTest {

	private static final String[] ENGLISH = { "Accept-Language", "en" };

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewerAccess access;

	private StaffFixtures staff;

	private String idNumber;

	private UUID caseId;

	@BeforeEach
	void setUp() throws Exception {
		this.staff = new StaffFixtures(this.api);
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		String token = sellers.signIn(sellers.register());
		this.idNumber = ValidNumbers.idNumber(System.nanoTime());
		assertThat(
				this.api
					.put("/api/v1/me/identity",
							Map.of("subjectType", "INDIVIDUAL_BUSINESS", "method", "PERSONAL_ALIPAY", "companyName",
									"杭州小明茶叶店", "personName", "王小明", "personIdNumber", this.idNumber))
					.token(token)
					.send()
					.status())
			.isEqualTo(200);
		// the licence as a PDF: its page is rendered to PNG for the page
		assertThat(Multipart
			.put(baseUrl() + "/api/v1/me/identity/documents/BUSINESS_LICENSE", token, "licence.pdf", "application/pdf",
					Samples.pdf())
			.status()).isEqualTo(200);
		for (String kind : List.of("ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO")) {
			assertThat(Multipart
				.put(baseUrl() + "/api/v1/me/identity/documents/" + kind, token, kind + ".jpg", "image/jpeg",
						Samples.jpeg(1000, 700))
				.status()).isEqualTo(200);
		}
		new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).submitAndAuthorise(token);
	}

	@Test
	void R_ID_3_documentsAreServedInlineAsImagesNeverSniffedNorCachedOnAPageAllowingOnlyOwnImages() {
		Reviewer reviewer = signedInReviewer();
		claim(reviewer);
		Pages.Page casePage = reviewer.pages().get("/staff/review/cases/" + this.caseId, ENGLISH);
		assertThat(casePage.body()).contains("id=\"document-image-3\"", "data-action=\"rotate\"",
				"/staff/review/cases/" + this.caseId + "/documents/0?page=1", "/staff/review/identity/documents/",
				" download");
		String policy = casePage.header("Content-Security-Policy");
		// blob: is there for the sellers' own upload previews: only our scripts can make
		// one
		assertThat(policy).contains("img-src 'self' blob:;", "script-src 'self';").doesNotContain("data:");

		// the licence, a PDF, shows as a PNG of its page; the photos as stored, JPEGs
		Map<String, Integer> types = new TreeMap<>();
		int licence = -1;
		for (int index = 0; index < 4; index++) {
			Pages.Page image = reviewer.pages().get("/staff/review/cases/" + this.caseId + "/documents/" + index);
			assertThat(image.status()).as(image.toString()).isEqualTo(200);
			assertThat(image.header("Content-Disposition")).isEqualTo("inline");
			assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(image.header("Cache-Control")).contains("no-store", "private");
			types.merge(image.header("Content-Type"), 1, Integer::sum);
			if ("image/png".equals(image.header("Content-Type"))) {
				assertThat(image.body().substring(1, 4)).isEqualTo("PNG");
				licence = index;
			}
		}
		assertThat(types).containsExactly(Map.entry("image/jpeg", 3), Map.entry("image/png", 1));
		assertThat(reviewer.pages()
			.get("/staff/review/cases/" + this.caseId + "/documents/" + licence + "?page=1")
			.status()).isEqualTo(200);
		assertThat(reviewer.pages()
			.get("/staff/review/cases/" + this.caseId + "/documents/" + licence + "?page=2")
			.status()).isEqualTo(404);
		assertThat(reviewer.pages().get("/staff/review/cases/" + this.caseId + "/documents/9").status()).isEqualTo(404);

		// the explicit download stays an attachment
		Pages.Page download = reviewer.pages().get(downloadLink(casePage.body()));
		assertThat(download.header("Content-Disposition")).startsWith("attachment");

		// a reviewer linked to the seller sees none of it
		Reviewer linked = signedInReviewer();
		String memberId = this.jdbc.sql("SELECT member_id FROM review_case WHERE id = :id")
			.param("id", this.caseId)
			.query(String.class)
			.single();
		this.access.declareConflict(linked.id(), memberId, "a relative", linked.id());
		assertThat(linked.pages().get("/staff/review/cases/" + this.caseId + "/documents/1").status()).isEqualTo(403);
	}

	@Test
	void R_ID_1_onlyTheAssignedReviewerShowsTheFullNumberAndEachRevealIsRecorded() {
		Reviewer assigned = signedInReviewer();
		claim(assigned);
		Reviewer other = signedInReviewer();
		other.pages().get("/staff/review/cases/" + this.caseId, ENGLISH);

		Pages.Page refused = other.pages()
			.post("/staff/review/cases/" + this.caseId + "/reveal", Map.of("field", "personIdNumber"), ENGLISH);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain(this.idNumber);
		assertThat(reveals()).isZero();

		String page = assigned.pages().get("/staff/review/cases/" + this.caseId, ENGLISH).body();
		assertThat(page).contains("id=\"reveal-button-personIdNumber\"").doesNotContain(this.idNumber);
		// not a GET: a link followed, prefetched or cached shows nothing
		assertThat(assigned.pages().get("/staff/review/cases/" + this.caseId + "/reveal?field=personIdNumber").status())
			.isIn(404, 405);
		// a field the owner does not offer
		assertThat(assigned.pages()
			.post("/staff/review/cases/" + this.caseId + "/reveal", Map.of("field", "personName"), ENGLISH)
			.status()).isEqualTo(404);
		assertThat(reveals()).isZero();

		Pages.Page revealed = assigned.pages()
			.post("/staff/review/cases/" + this.caseId + "/reveal", Map.of("field", "personIdNumber"), ENGLISH);
		assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
		assertThat(revealed.body()).contains(this.idNumber, "shown to you and recorded");
		assertThat(revealed.header("Cache-Control")).contains("no-store");
		Map<String, Object> row = this.jdbc
			.sql("SELECT actor_id, detail->>'field' AS field FROM audit_entry WHERE subject = :subject "
					+ "AND action = 'NUMBER_REVEALED'")
			.param("subject", "review-case:" + this.caseId)
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor_id", assigned.id()).containsEntry("field", "personIdNumber");
		assertThat(assigned.pages().get("/staff/review/cases/" + this.caseId, ENGLISH).body())
			.contains("Full number shown", "ID number");
	}

	@Test
	void PRODUCT_4_1_aNoteBesideNoReasonIsRefusedAndEverythingTypedComesBack() {
		Reviewer reviewer = signedInReviewer();
		claim(reviewer);
		String page = reviewer.pages().get("/staff/review/cases/" + this.caseId, ENGLISH).body();
		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", version);
		form.put("outcome", "REJECT");
		form.put("reasons", "ID_FRONT|PHOTO_BLURRED");
		form.put("notes[ID_FRONT]", "Too dark to read");
		form.put("notes[HOLDING_ID_PHOTO]", "Your hand covers your chin");
		reviewer.pages().post("/staff/review/cases/" + this.caseId + "/decision", form, ENGLISH);

		String refused = reviewer.pages().get("/staff/review/cases/" + this.caseId, ENGLISH).body();
		assertThat(refused).contains("id=\"problem\"", "You wrote a note but picked no reason for it",
				"Too dark to read", "Your hand covers your chin");
		assertThat(refused).containsPattern("value=\"ID_FRONT\\|PHOTO_BLURRED\"[^>]*selected");
		assertThat(this.jdbc.sql("SELECT status FROM review_case WHERE id = :id")
			.param("id", this.caseId)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	private long reveals() {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = :subject AND action = 'NUMBER_REVEALED'")
			.param("subject", "review-case:" + this.caseId)
			.query(Long.class)
			.single();
	}

	private void claim(Reviewer reviewer) {
		reviewer.pages().get("/staff/review/IDENTITY", ENGLISH);
		String location = reviewer.pages().post("/staff/review/IDENTITY/claim", Map.of(), ENGLISH).location();
		this.caseId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String downloadLink(String body) {
		int start = body.indexOf("/staff/review/identity/documents/");
		return body.substring(start, body.indexOf('"', start));
	}

	private Reviewer signedInReviewer() {
		StaffFixtures.Credentials credentials = this.staff.create("REVIEWER");
		Api.Reply session = this.api
			.post("/api/v1/sessions", Map.of("email", credentials.email(), "password", credentials.password()))
			.send();
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in", ENGLISH);
		pages.post("/sign-in",
				Map.of("email", credentials.email(), "password", credentials.password(), "origin", "staff"));
		return new Reviewer(pages, UUID.fromString(session.json().get("staffId").asString()));
	}

	private record Reviewer(Pages pages, UUID id) {
	}

}
