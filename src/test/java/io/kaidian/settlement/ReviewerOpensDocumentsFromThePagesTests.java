package io.kaidian.settlement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.StaffFixtures;

import static io.kaidian.settlement.ApplicationClient.application;
import static io.kaidian.settlement.ApplicationClient.brand;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's case page links each document under {@code /staff/review/…}, opened with
 * the staff session (the API's {@code /api/v1/review/…} routes take a bearer token): both
 * the identity documents (R-ID-3) and the application's (R-APP-4, R-APP-5) open there,
 * and nobody but a reviewer opens them.
 */
class ReviewerOpensDocumentsFromThePagesTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private ApprovedSellers sellers;

	private ApplicationClient client;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.client = new ApplicationClient(this.api, baseUrl());
	}

	@Test
	void R_ID_3_R_APP_5_identityAndApplicationDocumentsOpenWithTheStaffSessionOfAReviewerOnly() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.client.saved(seller, application("STANDARD", "SPECIALTY", "APPAREL", List.of("womens-clothing"),
				List.of(brand("Quietbrook", "34567890", "REGISTERED", "OWNED")), false));
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.submitted(seller);
		JsonNode claimed = this.client.claim(seller.memberId());
		String applicationLink = claimed.get("documents")
			.valueStream()
			.map((d) -> d.get("link").asString())
			.filter((link) -> link.startsWith("/api/v1/review/application/documents/"))
			.findFirst()
			.orElseThrow();
		UUID applicationDocument = UUID.fromString(applicationLink.substring(applicationLink.lastIndexOf('/') + 1));
		UUID identityDocument = this.jdbc
			.sql("SELECT d.document_id FROM identity_document d JOIN identity_case c ON c.id = d.case_id "
					+ "WHERE c.member_id = :member AND d.kind = 'ID_FRONT'")
			.param("member", seller.memberId())
			.query(UUID.class)
			.single();

		Pages reviewer = staffPages("REVIEWER");
		assertThat(reviewer.get("/staff/review/identity/documents/" + identityDocument).status()).isEqualTo(200);
		assertThat(reviewer.get("/staff/review/application/documents/" + applicationDocument).status()).isEqualTo(200);
		assertThat(reviewer.get("/staff/review/application/documents/" + identityDocument).status())
			.as("an identity document is not an application's")
			.isEqualTo(404);

		Pages operator = staffPages("OPERATOR");
		assertThat(operator.get("/staff/review/identity/documents/" + identityDocument).status()).isEqualTo(403);
		assertThat(operator.get("/staff/review/application/documents/" + applicationDocument).status()).isEqualTo(403);
		assertThat(new Pages(baseUrl()).get("/staff/review/identity/documents/" + identityDocument).location())
			.endsWith("/staff/sign-in");
	}

	private Pages staffPages(String role) {
		StaffFixtures.Credentials credentials = new StaffFixtures(this.api).create(role);
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in");
		assertThat(pages
			.post("/sign-in",
					Map.of("email", credentials.email(), "password", credentials.password(), "origin", "staff"))
			.location()).endsWith("/staff");
		return pages;
	}

}
