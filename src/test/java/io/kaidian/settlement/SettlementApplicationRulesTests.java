package io.kaidian.settlement;

import java.util.List;
import java.util.Map;
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
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;

import static io.kaidian.settlement.ApplicationClient.application;
import static io.kaidian.settlement.ApplicationClient.brand;
import static io.kaidian.settlement.ApplicationClient.codes;
import static io.kaidian.settlement.ApplicationClient.errors;
import static io.kaidian.settlement.ApplicationClient.fields;
import static io.kaidian.settlement.ApplicationClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The rules of a settlement application (PRODUCT.md R-APP-1…5, R-REG-5; API.md,
 * "Settlement application"), one scenario per store type and per rule, over HTTP.
 */
class SettlementApplicationRulesTests extends IntegrationTest {

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
	void R_APP_1_noApplicationBeforeIdentityApproval() {
		ApprovedSellers.Seller seller = this.sellers.unverified();

		Api.Reply reply = this.client.save(seller, official());

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_NOT_APPROVED");
		assertThat(this.api.get("/api/v1/me/application").token(seller.token()).send().status()).isEqualTo(404);
		JsonNode choices = this.api.get("/api/v1/me/application/choices").token(seller.token()).send().json();
		assertThat(choices.get("identityApproved").asBoolean()).isFalse();
		assertThat(choices.get("plans").get(0).get("reasonCode").asString()).isEqualTo("IDENTITY_NOT_APPROVED");
	}

	@Test
	void R_APP_3_anOfficialStoreWithOneRegisteredOwnedBrandSubmits() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		JsonNode saved = this.client.saved(seller, official());
		assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
		assertThat(saved.get("items").valueStream().map((i) -> i.get("ref").asString()))
			.containsExactly("category:womens-clothing", "brand:0");
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));

		JsonNode submitted = this.client.submitted(seller);

		assertThat(submitted.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(submitted.get("expectedDecisionBy").asString()).isNotBlank();
		assertThat(submitted.get("items").valueStream().map((i) -> i.get("status").asString()))
			.containsOnly("IN_REVIEW");
	}

	@Test
	void R_APP_3_anOfficialStoreRefusesATmMarkAndASecondBrand() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		Api.Reply tm = this.client.save(seller,
				with(official(), "brands", List.of(brand("Moonfield", "12345678", "TM", "OWNED"))));
		Api.Reply two = this.client.save(seller,
				with(official(), "brands", List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
						brand("Hilltop Weave", "23456789", "REGISTERED", "OWNED"))));

		assertThat(tm.status()).isEqualTo(422);
		assertThat(errors(tm))
			.containsExactly(entry("brands[0].trademarkStatus", "OFFICIAL_STORE_NEEDS_REGISTERED_MARK"));
		assertThat(two.status()).isEqualTo(422);
		assertThat(errors(two)).containsExactly(entry("brands", "ONE_BRAND_REQUIRED"));
		// nothing was saved
		assertThat(this.api.get("/api/v1/me/application").token(seller.token()).send().status()).isEqualTo(404);
	}

	@Test
	void R_APP_3_aSpecialtyStoreCarriesOneBrandTmAllowedNotTwo() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		Map<String, Object> specialty = application("BASIC", "SPECIALTY", "APPAREL", List.of("shoes"),
				List.of(brand("Moonfield", "12345678", "TM", "OWNED")), false);

		this.client.saved(seller, specialty);
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		Api.Reply two = this.client.save(seller, with(specialty, "brands", List
			.of(brand("Moonfield", "12345678", "TM", "OWNED"), brand("Hilltop Weave", "23456789", "TM", "OWNED"))));

		assertThat(errors(two)).containsExactly(entry("brands", "ONE_BRAND_REQUIRED"));
		assertThat(this.client.submitted(seller).get("status").asString()).isEqualTo("IN_REVIEW");
	}

	@Test
	void R_APP_3_anExclusiveStoreCarriesSeveralBrands() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		this.client.saved(seller,
				application("STANDARD", "EXCLUSIVE", "APPAREL", List.of("shoes", "mens-clothing"),
						List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
								brand("Hilltop Weave", "G1234567", "TM", "AUTHORIZED")),
						false));
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));

		JsonNode submitted = this.client.submitted(seller);

		assertThat(submitted.get("brands").valueStream().map((b) -> b.get("trademarkNumber").asString()))
			.containsExactly("12345678", "G1234567");
		assertThat(submitted.get("items")).hasSize(4);
	}

	@Test
	void R_APP_3_aGeneralStoreSellsNoBrandOnlyInCategoriesThatAllowIt() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		Map<String, Object> general = application("BASIC", "GENERAL", "APPAREL",
				List.of("womens-clothing", "fashion-accessories"), List.of(), true);

		Api.Reply underwear = this.client.save(seller,
				with(general, "categories", List.of("womens-clothing", "underwear")));
		Api.Reply branded = this.client.save(seller,
				with(general, "brands", List.of(brand("Moonfield", "12345678", "TM", "OWNED"))));
		Api.Reply notUnbranded = this.client.save(seller, with(general, "noBrand", false));

		assertThat(errors(underwear)).containsExactly(entry("categories[1]", "CATEGORY_NEEDS_BRAND"));
		assertThat(errors(branded)).containsExactly(entry("brands", "GENERAL_STORE_HAS_NO_BRANDS"));
		assertThat(errors(notUnbranded)).containsExactly(entry("noBrand", "NO_BRAND_REQUIRED"));
		this.client.saved(seller, general);
		JsonNode submitted = this.client.submitted(seller);
		assertThat(submitted.get("noBrand").asBoolean()).isTrue();
		assertThat(submitted.get("status").asString()).isEqualTo("IN_REVIEW");
	}

	@Test
	void R_APP_3_noBrandIsOnlyForGeneralStores() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		Api.Reply reply = this.client.save(seller, with(official(), "noBrand", true));

		assertThat(errors(reply)).containsExactly(entry("noBrand", "NO_BRAND_ONLY_GENERAL"));
	}

	@Test
	void R_APP_2_anIndividualBusinessGetsBasicOnlyAndIsToldTheUpgradeConditions() {
		ApprovedSellers.Seller seller = this.sellers.individualBusiness();

		Api.Reply standard = this.client.save(seller, with(official(), "salesPlan", "STANDARD"));

		assertThat(standard.status()).isEqualTo(422);
		assertThat(errors(standard)).containsExactly(entry("salesPlan", "PLAN_NOT_ALLOWED_FOR_SUBJECT"));
		assertThat(standard.json().get("errors").get(0).get("message").asString()).contains("3 months", "90",
				"30000.00");
		JsonNode choices = this.api.get("/api/v1/me/application/choices").token(seller.token()).send().json();
		assertThat(choices.get("subjectType").asString()).isEqualTo("INDIVIDUAL_BUSINESS");
		assertThat(choices.get("plans")
			.valueStream()
			.map((p) -> p.get("plan").asString() + ":" + p.get("allowed").asBoolean() + ":"
					+ text(p.get("reasonCode"))))
			.containsExactly("BASIC:true:", "STANDARD:false:PLAN_NOT_ALLOWED_FOR_SUBJECT");
		assertThat(choices.get("plans").get(1).get("upgrade").get("minCompletedOrders").asInt()).isEqualTo(90);
		assertThat(this.client.save(seller, official()).status()).isEqualTo(200);
	}

	@Test
	void R_APP_3_aStoreTypeTheScopeDoesNotOfferIsRefused() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		Api.Reply reply = this.client.save(seller,
				application("BASIC", "GENERAL", "CONSUMER_ELECTRONICS", List.of(), List.of(), true));

		assertThat(errors(reply)).containsExactly(entry("storeType", "STORE_TYPE_NOT_OFFERED"));
	}

	@Test
	void R_APP_4_categoriesLieInsideTheOneScopeEachOnce() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		Api.Reply reply = this.client.save(seller,
				with(official(), "categories", List.of("womens-clothing", "mobile-phones", "womens-clothing")));
		Api.Reply unknownScope = this.client.save(seller, with(official(), "businessScope", "SPACESHIPS"));
		Api.Reply none = this.client.save(seller, with(official(), "categories", List.of()));

		assertThat(errors(reply)).containsExactly(entry("categories[1]", "CATEGORY_NOT_IN_SCOPE"),
				entry("categories[2]", "CATEGORY_DUPLICATE"));
		assertThat(errors(unknownScope)).containsExactly(entry("businessScope", "BUSINESS_SCOPE_UNKNOWN"));
		assertThat(none.status()).as("categories may come later").isEqualTo(200);
		Api.Reply submit = this.client.submit(seller);
		assertThat(errors(submit)).contains(entry("categories", "CATEGORY_REQUIRED"));
	}

	@Test
	void R_APP_5_trademarkNumbersAreChineseOrMadridNumbersAndClassesOneToFortyFive() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		Map<String, Object> bad = brand("Moonfield", "TM-12AB", "REGISTERED", "OWNED");
		bad.put("trademarkClass", 46);

		Api.Reply reply = this.client.save(seller, with(official(), "brands", List.of(bad)));
		JsonNode normalised = this.client.saved(seller,
				with(official(), "brands", List.of(brand("Moonfield", " g 123-4567 ", "REGISTERED", "OWNED"))));

		assertThat(errors(reply)).containsExactly(entry("brands[0].trademarkNumber", "TRADEMARK_NUMBER_FORMAT"),
				entry("brands[0].trademarkClass", "TRADEMARK_CLASS_INVALID"));
		assertThat(normalised.get("brands").get(0).get("trademarkNumber").asString()).isEqualTo("G1234567");
	}

	@Test
	void R_REG_5_aBrandNameWithAProhibitedTermIsRefused() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		Api.Reply reply = this.client.save(seller,
				with(official(), "brands", List.of(brand("Replica Co", "12345678", "REGISTERED", "AUTHORIZED"))));

		assertThat(errors(reply)).containsExactly(entry("brands[0].name", "PROHIBITED_TERM"));
	}

	@Test
	void R_REG_5_aProtectedBrandIsClaimedOnlyWithTheOwnersAuthorisation() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();

		Api.Reply owned = this.client.save(seller,
				with(official(), "brands", List.of(brand("Nike", "12345678", "REGISTERED", "OWNED"))));
		this.client.saved(seller,
				with(official(), "brands", List.of(brand("Nike", "12345678", "REGISTERED", "AUTHORIZED"))));
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		Api.Reply withoutLetter = this.client.submit(seller);
		this.client.uploaded(this.client.uploadBrand(seller, 0, "AUTHORIZATION_LETTER"));
		this.client.submitted(seller);

		assertThat(errors(owned)).containsExactly(entry("brands[0].name", "PROTECTED_BRAND"));
		assertThat(errors(withoutLetter)).containsExactly(entry("brand:0.AUTHORIZATION_LETTER", "DOCUMENT_REQUIRED"));
		JsonNode claimed = this.client.claim(seller.memberId());
		assertThat(claimed.get("flags")
			.valueStream()
			.filter((f) -> f.get("code").asString().equals("brand:0:PROTECTED_BRAND_AUTHORIZATION"))
			.findFirst()
			.orElseThrow()
			.get("passed")
			.asBoolean()).isTrue();
		this.client.decide(claimed, Map.of());
	}

	@Test
	void R_APP_4_and_5_submissionNamesEachMissingDocument() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.client.saved(seller,
				application("STANDARD", "EXCLUSIVE", "APPAREL", List.of("childrens-clothing", "shoes"),
						List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
								brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED")),
						false));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));

		Api.Reply reply = this.client.submit(seller);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).containsExactlyInAnyOrder("category:childrens-clothing.CATEGORY_QUALIFICATION",
				"category:childrens-clothing.PRODUCT_CHECKLIST", "brand:0.TRADEMARK_CERTIFICATE",
				"brand:1.TRADEMARK_CERTIFICATE");
		assertThat(codes(reply)).containsOnly("DOCUMENT_REQUIRED");
		assertThat(this.client.current(seller).get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void uploadsNameAnItemOfTheApplicationAndAKindItNeeds() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.client.saved(seller, official());

		Api.Reply noBrand = this.client.uploadBrand(seller, 3, "TRADEMARK_CERTIFICATE");
		Api.Reply noCategory = this.client.uploadCategory(seller, "shoes", "CATEGORY_QUALIFICATION");
		Api.Reply notNeeded = this.client.uploadCategory(seller, "womens-clothing", "CATEGORY_QUALIFICATION");
		Api.Reply ownedNeedsNoLetter = this.client.uploadBrand(seller, 0, "AUTHORIZATION_LETTER");

		assertThat(noBrand.status()).isEqualTo(404);
		assertThat(noBrand.json().get("code").asString()).isEqualTo("APPLICATION_ITEM_NOT_FOUND");
		assertThat(noCategory.status()).isEqualTo(404);
		assertThat(notNeeded.status()).isEqualTo(422);
		assertThat(errors(notNeeded)).containsExactly(entry("kind", "DOCUMENT_NOT_FOR_ITEM"));
		assertThat(ownedNeedsNoLetter.status()).isEqualTo(422);
	}

	@Test
	void documentsAreBoundToTheirBrandAndDroppedWhenTheBrandAtTheirIndexChanges() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.client.saved(seller, official());
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));

		JsonNode sameMark = this.client.saved(seller, with(official(), "brands",
				List.of(with(brand("Moonfield", "12345678", "REGISTERED", "OWNED"), "trademarkClass", 18))));
		JsonNode otherMark = this.client.saved(seller,
				with(official(), "brands", List.of(brand("Moonfield", "87654321", "REGISTERED", "OWNED"))));

		assertThat(sameMark.get("documents")).hasSize(1);
		assertThat(otherMark.get("documents")).isEmpty();
	}

	@Test
	void anotherSellerCannotSeeOrUploadToAnApplication() {
		ApprovedSellers.Seller one = this.sellers.enterprise();
		ApprovedSellers.Seller two = this.sellers.enterprise();
		this.client.saved(one, official());
		this.client.uploaded(this.client.uploadBrand(one, 0, "TRADEMARK_CERTIFICATE"));
		this.client.submitted(one);

		assertThat(this.api.get("/api/v1/me/application").token(two.token()).send().status()).isEqualTo(404);
		Api.Reply upload = this.client.uploadBrand(two, 0, "TRADEMARK_CERTIFICATE");
		assertThat(upload.status()).isEqualTo(404);
		JsonNode claimed = this.client.claim(one.memberId());
		String link = claimed.get("documents").get(0).get("link").asString();
		assertThat(link).startsWith("/api/v1/review/application/documents/");
		assertThat(this.api.get(link).token(two.token()).send().status()).isEqualTo(403);
		Api.Reply document = this.api.get(link).token(this.client.reviewerToken()).header("Accept", "*/*").send();
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.header("Content-Disposition")).startsWith("attachment");
		this.client.decide(claimed, Map.of());
	}

	@Test
	void submittingTwiceIs409() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.client.saved(seller, official());
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.submitted(seller);

		Api.Reply again = this.client.submit(seller);
		Api.Reply save = this.client.save(seller, official());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("APPLICATION_SUBMITTED");
		assertThat(save.status()).isEqualTo(409);
		assertThat(this.jdbc.sql("SELECT count(*) FROM review_case WHERE queue = 'APPLICATION' AND member_id = :m")
			.param("m", seller.memberId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void R_APP_1_oneApplicationPerAccountEvenWhenTheFirstSavesRace() throws Exception {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> replies = new java.util.ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 8; i++) {
				replies.add(pool.submit(() -> {
					start.await();
					return this.client.save(seller, official()).status();
				}));
			}
			start.countDown();
			for (Future<Integer> reply : replies) {
				assertThat(reply.get()).isIn(200, 409);
			}
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM settlement_application WHERE member_id = :m")
			.param("m", seller.memberId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.client.current(seller).get("items")).hasSize(2);
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? "" : node.asString();
	}

	private static Map<String, Object> official() {
		return application("BASIC", "OFFICIAL", "APPAREL", List.of("womens-clothing"),
				List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED")), false);
	}

}
