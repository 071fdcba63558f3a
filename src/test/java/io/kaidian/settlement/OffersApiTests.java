package io.kaidian.settlement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public catalogue of offers (R-APP-2…4, R-FEE-1): {@code /api/v1/business-scopes}
 * and {@code /api/v1/sales-plans} without a token, in the caller's language, served from
 * the cache with an {@code ETag} that moves with the offers' version.
 */
class OffersApiTests extends IntegrationTest {

	static final String SCOPES = "/api/v1/business-scopes";

	@Autowired
	Offers offers;

	@Autowired
	SettlementProperties properties;

	@Autowired
	JdbcClient jdbc;

	private String operator;

	@BeforeEach
	void setUp() {
		this.operator = new StaffFixtures(this.api).operatorToken();
		// the cache was last checked now, whatever earlier tests did to the clock
		this.offers.reload();
	}

	@Test
	void R_APP_4_anyoneSeesTheActiveScopesInEnglishWithFeesPerPlanDepositCategoriesAndStoreTypes() {
		Api.Reply reply = this.api.get(SCOPES).language("en").send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode scopes = reply.json();
		assertThat(scopes.size()).isGreaterThanOrEqualTo(8);
		assertThat(scopes.get(0).get("code").asString()).isEqualTo("APPAREL");
		JsonNode electronics = scope(scopes, "CONSUMER_ELECTRONICS");
		assertThat(electronics.get("name").asString()).isEqualTo("Consumer Electronics");
		assertThat(electronics.get("annualFee").get("amount").asString()).isEqualTo("10000.00");
		assertThat(electronics.get("annualFee").get("currency").asString()).isEqualTo("CNY");
		assertThat(electronics.get("annualFees").get("BASIC").get("amount").asString()).isEqualTo("10000.00");
		assertThat(electronics.get("annualFees").get("STANDARD").get("amount").asString()).isEqualTo("30000.00");
		assertThat(electronics.get("deposit").get("amount").asString()).isEqualTo("50000.00");
		assertThat(electronics.get("deposit").get("currency").asString()).isEqualTo("CNY");
		assertThat(electronics.get("storeTypes").valueStream().map(JsonNode::asString)).containsExactly("OFFICIAL",
				"SPECIALTY", "EXCLUSIVE");
		JsonNode phones = electronics.get("categories").get(0);
		assertThat(phones.get("code").asString()).isEqualTo("mobile-phones");
		assertThat(phones.get("name").asString()).isEqualTo("Mobile phones");
		assertThat(phones.get("requiresQualification").asBoolean()).isTrue();
		assertThat(phones.get("allowsNoBrand").asBoolean()).isFalse();
		assertThat(phones.get("requiresProductChecklist").asBoolean()).isTrue();
	}

	@Test
	void namesFollowAcceptLanguageAndTheETagNamesTheLanguage() {
		Api.Reply english = this.api.get(SCOPES).language("en").send();
		Api.Reply chinese = this.api.get(SCOPES).language("zh-CN").send();

		assertThat(chinese.status()).isEqualTo(200);
		JsonNode apparel = scope(chinese.json(), "APPAREL");
		assertThat(apparel.get("name").asString()).isEqualTo("服装服饰");
		assertThat(apparel.get("categories").get(0).get("name").asString()).isEqualTo("女装");
		assertThat(scope(english.json(), "APPAREL").get("name").asString()).isEqualTo("Apparel & Accessories");
		assertThat(english.header("ETag")).isEqualTo("\"offers-" + this.offers.version() + "-en\"");
		assertThat(chinese.header("ETag")).isEqualTo("\"offers-" + this.offers.version() + "-zh-CN\"");
		assertThat(this.api.get(SCOPES).send().header("ETag")).as("no Accept-Language: English")
			.isEqualTo(english.header("ETag"));
	}

	@Test
	void theListIsCacheableForAMinuteVariesByLanguageAndAnswers304ToItsETag() {
		Api.Reply first = this.api.get(SCOPES).language("en").send();
		String etag = first.header("ETag");

		assertThat(first.header("Cache-Control")).contains("public").contains("max-age=60");
		assertThat(first.header("Vary")).contains("Accept-Language");
		Api.Reply again = this.api.get(SCOPES).language("en").header("If-None-Match", etag).send();
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.text()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(etag);
		assertThat(again.header("Cache-Control")).contains("max-age=60");
		Api.Reply otherLanguage = this.api.get(SCOPES).language("zh-CN").header("If-None-Match", etag).send();
		assertThat(otherLanguage.status()).as("the English ETag does not match the Chinese list").isEqualTo(200);
		Api.Reply stale = this.api.get(SCOPES).language("en").header("If-None-Match", "\"offers-0-en\"").send();
		assertThat(stale.status()).isEqualTo(200);
	}

	@Test
	void aChangeByTheOperatorApiIsVisibleAtOnceUnderANewETag() {
		String code = OffersAdminApiTests.scopeCode();
		Api.Reply before = this.api.get(SCOPES).language("en").send();
		try {
			Api.Reply created = this.api.put("/api/v1/admin/business-scopes/" + code, OffersAdminApiTests.scopeBody())
				.token(this.operator)
				.send();
			assertThat(created.status()).as(created.toString()).isEqualTo(201);

			Api.Reply after = this.api.get(SCOPES).language("en").header("If-None-Match", before.header("ETag")).send();

			assertThat(after.status()).isEqualTo(200);
			assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
			assertThat(codes(after.json())).contains(code);
			assertThat(codes(before.json())).doesNotContain(code);
		}
		finally {
			OffersAdminApiTests.deactivate(this.api, this.operator, code);
		}
		assertThat(codes(this.api.get(SCOPES).send().json())).doesNotContain(code);
	}

	@Test
	void aChangeMadeByAnotherInstanceIsVisibleAfterTheRefreshIntervalNotBefore() {
		Duration interval = this.properties.offersRefreshInterval();
		assertThat(scope(this.api.get(SCOPES).send().json(), "TOYS").get("name").asString())
			.isEqualTo("Toys & Hobbies");
		String etag = this.api.get(SCOPES).send().header("ETag");
		try {
			// another instance: the row and the counter, in one transaction
			this.jdbc
				.sql("WITH renamed AS (UPDATE business_scope SET name_en = 'Toys, Games & Hobbies' "
						+ "WHERE code = 'TOYS') UPDATE offers_version SET version = version + 1")
				.update();

			this.clock.add(interval.minusSeconds(1));
			Api.Reply before = this.api.get(SCOPES).header("If-None-Match", etag).send();
			assertThat(before.status()).as("before the interval: still the cached version").isEqualTo(304);

			this.clock.add(Duration.ofSeconds(1));
			Api.Reply after = this.api.get(SCOPES).header("If-None-Match", etag).send();
			assertThat(after.status()).isEqualTo(200);
			assertThat(scope(after.json(), "TOYS").get("name").asString()).isEqualTo("Toys, Games & Hobbies");
			assertThat(after.header("ETag")).isNotEqualTo(etag);
		}
		finally {
			this.jdbc
				.sql("WITH renamed AS (UPDATE business_scope SET name_en = 'Toys & Hobbies' WHERE code = 'TOYS') "
						+ "UPDATE offers_version SET version = version + 1")
				.update();
			this.offers.reload();
		}
	}

	@Test
	void oneScopeByItsCode() {
		Api.Reply reply = this.api.get(SCOPES + "/JEWELRY").language("zh-CN").send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("name").asString()).isEqualTo("珠宝手表");
		assertThat(reply.json().get("annualFees").get("STANDARD").get("amount").asString()).isEqualTo("30000.00");
		assertThat(reply.header("ETag")).endsWith("-zh-CN\"");
		assertThat(this.api.get(SCOPES + "/JEWELRY")
			.language("zh-CN")
			.header("If-None-Match", reply.header("ETag"))
			.send()
			.status()).isEqualTo(304);
		Api.Reply unknown = this.api.get(SCOPES + "/NO_SUCH_SCOPE").send();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void R_APP_2_anyoneSeesTheSalesPlansWithLimitsAndTheUpgradeConditions() {
		Api.Reply reply = this.api.get("/api/v1/sales-plans").language("zh-CN").send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.header("ETag")).isNotBlank();
		JsonNode plans = reply.json();
		assertThat(plans.valueStream().map((p) -> p.get("plan").asString())).containsExactly("BASIC", "STANDARD");
		JsonNode basic = plans.get(0);
		assertThat(basic.get("name").asString()).isEqualTo("基础销售计划");
		assertThat(basic.get("productLimit").asInt()).isEqualTo(300);
		assertThat(basic.get("individualBusinessAllowed").asBoolean()).isTrue();
		assertThat(basic.get("upgrade").isNull()).isTrue();
		JsonNode standard = plans.get(1);
		assertThat(standard.get("individualBusinessAllowed").asBoolean()).isFalse();
		assertThat(standard.get("upgrade").get("minMonthsOnBasic").asInt()).isEqualTo(3);
		assertThat(standard.get("upgrade").get("minCompletedOrders").asInt()).isEqualTo(90);
		assertThat(standard.get("upgrade").get("minSales").get("amount").asString()).isEqualTo("30000.00");
	}

	@Test
	void theCatalogueIsPublicButItsWritesAreNot() {
		assertThat(this.api.get(SCOPES).send().status()).isEqualTo(200);
		assertThat(this.api.get(SCOPES + "/APPAREL").send().status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/sales-plans").send().status()).isEqualTo(200);
		assertThat(this.api.put(SCOPES + "/APPAREL", Map.of()).send().status()).isEqualTo(401);
	}

	static JsonNode scope(JsonNode scopes, String code) {
		return scopes.valueStream()
			.filter((s) -> s.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scope " + code));
	}

	static List<String> codes(JsonNode scopes) {
		return scopes.valueStream().map((s) -> s.get("code").asString()).toList();
	}

}
