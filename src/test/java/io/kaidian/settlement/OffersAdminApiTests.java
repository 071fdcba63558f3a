package io.kaidian.settlement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

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
 * Operators keep the offers (R-APP-2…4, R-FEE-1) through
 * {@code /api/v1/admin/business-scopes} and {@code /api/v1/admin/sales-plans}: create,
 * change and deactivate (never delete), each change checked field by field, counted in
 * the offers' version, seen at once and recorded in the audit trail.
 * <p>
 * Every scope a test creates is deactivated at its end: other tests read the active
 * offers.
 */
class OffersAdminApiTests extends IntegrationTest {

	static final String ADMIN_SCOPES = "/api/v1/admin/business-scopes";

	@Autowired
	Offers offers;

	@Autowired
	JdbcClient jdbc;

	private StaffFixtures staff;

	private String operator;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
		this.operator = this.staff.operatorToken();
	}

	@Test
	void R_APP_4_anOperatorCreatesChangesAndDeactivatesAScope() {
		String code = scopeCode();
		long version = this.offers.version();
		try {
			Api.Reply created = putScope(code, scopeBody());

			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			JsonNode scope = created.json();
			assertThat(scope.get("code").asString()).isEqualTo(code);
			assertThat(scope.get("nameEn").asString()).isEqualTo("Pet Supplies");
			assertThat(scope.get("nameZh").asString()).isEqualTo("宠物用品");
			assertThat(scope.get("annualFees").get("BASIC").get("amount").asString()).isEqualTo("5000.00");
			assertThat(scope.get("annualFees").get("STANDARD").get("amount").asString()).isEqualTo("15000.50");
			assertThat(scope.get("deposit").get("amount").asString()).isEqualTo("10000.00");
			assertThat(scope.get("storeTypes").valueStream().map(JsonNode::asString)).containsExactly("SPECIALTY",
					"GENERAL");
			assertThat(scope.get("active").asBoolean()).isTrue();
			assertThat(this.offers.version()).isEqualTo(version + 1);
			BusinessScope cached = this.offers.scope(code).orElseThrow();
			assertThat(cached.annualFee(SalesPlan.STANDARD).amount()).isEqualByComparingTo("15000.5");
			assertThat(this.offers.scopes().get(this.offers.scopes().size() - 1).code()).as("a new scope goes last")
				.isEqualTo(code);

			Map<String, Object> changed = scopeBody();
			changed.put("nameEn", "Pets");
			changed.put("deposit", "20000");
			changed.put("position", 5);
			Api.Reply updated = putScope(code, changed);

			assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
			assertThat(updated.json().get("deposit").get("amount").asString()).isEqualTo("20000.00");
			assertThat(this.offers.scopes().get(0).code()).as("position 5 comes before APPAREL's 10").isEqualTo(code);
			assertThat(this.offers.scope(code).orElseThrow().nameEn()).isEqualTo("Pets");
			assertThat(this.offers.version()).isEqualTo(version + 2);

			Api.Reply same = putScope(code, changed);
			assertThat(same.status()).isEqualTo(200);
			assertThat(this.offers.version()).as("nothing changed, nothing counted").isEqualTo(version + 2);

			changed.put("active", false);
			assertThat(putScope(code, changed).status()).isEqualTo(200);
			assertThat(this.offers.scope(code)).isEmpty();
			assertThat(OffersApiTests.codes(this.api.get(OffersApiTests.SCOPES).send().json())).doesNotContain(code);
			JsonNode listed = OffersApiTests.scope(this.api.get(ADMIN_SCOPES).token(this.operator).send().json(), code);
			assertThat(listed.get("active").asBoolean()).as("the operator still sees it").isFalse();

			changed.remove("active");
			changed.put("nameZh", "宠物");
			assertThat(putScope(code, changed).status()).isEqualTo(200);
			assertThat(this.offers.scope(code)).as("without active, the state is kept").isEmpty();
		}
		finally {
			deactivate(this.api, this.operator, code);
		}
	}

	@Test
	void R_APP_4_anOperatorAddsChangesAndDeactivatesACategory() {
		String code = scopeCode();
		String category = categoryCode();
		try {
			assertThat(putScope(code, scopeBody()).status()).isEqualTo(201);

			Api.Reply created = putCategory(code, category, categoryBody());

			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(created.json().get("scopeCode").asString()).isEqualTo(code);
			assertThat(created.json().get("position").asInt()).isEqualTo(10);
			Category cached = this.offers.scope(code).orElseThrow().category(category).orElseThrow();
			assertThat(cached.nameZh()).isEqualTo("猫砂");
			assertThat(cached.requiresQualification()).isFalse();
			assertThat(cached.allowsNoBrand()).isTrue();
			assertThat(cached.requiresProductChecklist()).isFalse();

			Map<String, Object> changed = categoryBody();
			changed.put("requiresQualification", true);
			changed.put("requiresProductChecklist", true);
			Api.Reply updated = putCategory(code, category, changed);
			assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
			JsonNode shown = OffersApiTests.scope(this.api.get(OffersApiTests.SCOPES).send().json(), code)
				.get("categories")
				.get(0);
			assertThat(shown.get("requiresQualification").asBoolean()).isTrue();
			assertThat(shown.get("requiresProductChecklist").asBoolean()).isTrue();

			changed.put("active", false);
			assertThat(putCategory(code, category, changed).status()).isEqualTo(200);
			assertThat(this.offers.scope(code).orElseThrow().categories()).isEmpty();
			JsonNode listed = OffersApiTests.scope(this.api.get(ADMIN_SCOPES).token(this.operator).send().json(), code);
			assertThat(listed.get("categories").get(0).get("active").asBoolean()).isFalse();
		}
		finally {
			deactivate(this.api, this.operator, code);
		}
	}

	@Test
	void aCategoryNeverMovesToAnotherScope() {
		Api.Reply reply = putCategory("TOYS", "womens-clothing", categoryBody());

		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertThat(reply.json().get("code").asString()).isEqualTo("CATEGORY_IN_OTHER_SCOPE");
		assertThat(violations(reply)).containsExactly("categoryCode:CATEGORY_IN_OTHER_SCOPE");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("APPAREL");
		assertThat(this.offers.scope("APPAREL").orElseThrow().category("womens-clothing")).isPresent();
	}

	@Test
	void aCategoryOfAnUnknownScopeIs404() {
		Api.Reply reply = putCategory("NO_SUCH_SCOPE", categoryCode(), categoryBody());

		assertThat(reply.status()).isEqualTo(404);
	}

	@Test
	void everyBadFieldOfAScopeIsNamedWithItsCodeAndNothingIsWritten() {
		long version = this.offers.version();
		Map<String, Object> body = new HashMap<>();
		body.put("nameEn", "x".repeat(81));
		body.put("nameZh", " ");
		body.put("annualFees", Map.of("BASIC", "-1", "STANDARD", "10.001", "PREMIUM", "1"));
		body.put("deposit", "ten thousand");
		body.put("storeTypes", List.of("OFFICIAL", "FLAGSHIP"));
		body.put("position", -1);

		Api.Reply reply = putScope("bad code", body);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(violations(reply)).containsExactlyInAnyOrder("code:SCOPE_CODE_INVALID", "nameEn:NAME_TOO_LONG",
				"nameZh:REQUIRED", "annualFees.PREMIUM:SALES_PLAN_INVALID", "annualFees.BASIC:AMOUNT_NEGATIVE",
				"annualFees.STANDARD:AMOUNT_TOO_PRECISE", "deposit:AMOUNT_INVALID", "storeTypes[1]:STORE_TYPE_INVALID",
				"position:POSITION_INVALID");
		assertThat(this.offers.version()).isEqualTo(version);
	}

	@Test
	void aScopeNeedsNamesFeesADepositAndAStoreType() {
		Map<String, Object> body = new HashMap<>();
		body.put("nameZh", "中".repeat(41));
		body.put("annualFees", Map.of("BASIC", "10000000000"));
		body.put("storeTypes", List.of());

		Api.Reply reply = putScope(scopeCode(), body);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(violations(reply)).containsExactlyInAnyOrder("nameEn:REQUIRED", "nameZh:NAME_TOO_LONG",
				"annualFees.BASIC:AMOUNT_TOO_LARGE", "annualFees.STANDARD:REQUIRED", "deposit:REQUIRED",
				"storeTypes:STORE_TYPES_REQUIRED");
	}

	@Test
	void oneBadFieldGivesItsOwnCodeAndALocalisedMessage() {
		Map<String, Object> body = scopeBody();
		body.put("deposit", "-5");

		Api.Reply reply = this.api.put(ADMIN_SCOPES + "/" + scopeCode(), body)
			.token(this.operator)
			.language("zh-CN")
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("AMOUNT_NEGATIVE");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("金额不能为负数。");
	}

	@Test
	void everyBadFieldOfACategoryIsNamedWithItsCode() {
		Map<String, Object> body = new HashMap<>();
		body.put("nameEn", "");
		body.put("nameZh", "中".repeat(41));
		body.put("position", 1_000_001);

		Api.Reply reply = putCategory("TOYS", "Bad_Code", body);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(violations(reply)).containsExactlyInAnyOrder("categoryCode:CATEGORY_CODE_INVALID", "nameEn:REQUIRED",
				"nameZh:NAME_TOO_LONG", "requiresQualification:REQUIRED", "allowsNoBrand:REQUIRED",
				"requiresProductChecklist:REQUIRED", "position:POSITION_INVALID");
	}

	@Test
	void R_APP_2_anOperatorChangesThePlansTerms() {
		PlanTerms original = this.offers.plan(SalesPlan.STANDARD);
		long version = this.offers.version();
		try {
			Api.Reply reply = this.api
				.put("/api/v1/admin/sales-plans/STANDARD",
						planBody(5000, false,
								Map.of("minMonthsOnBasic", 6, "minCompletedOrders", 120, "minSales", "50000.00")))
				.token(this.operator)
				.send();

			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			assertThat(reply.json().get("productLimit").asInt()).isEqualTo(5000);
			PlanTerms standard = this.offers.plan(SalesPlan.STANDARD);
			assertThat(standard.productLimit()).isEqualTo(5000);
			assertThat(standard.upgrade().minMonthsOnBasic()).isEqualTo(6);
			assertThat(standard.upgrade().minCompletedOrders()).isEqualTo(120);
			assertThat(standard.upgrade().minSales().amount()).isEqualByComparingTo("50000");
			assertThat(this.offers.version()).isEqualTo(version + 1);
			JsonNode shown = this.api.get("/api/v1/sales-plans").send().json().get(1);
			assertThat(shown.get("productLimit").asInt()).isEqualTo(5000);
			assertThat(shown.get("upgrade").get("minSales").get("amount").asString()).isEqualTo("50000.00");
			JsonNode admin = this.api.get("/api/v1/admin/sales-plans").token(this.operator).send().json().get(1);
			assertThat(admin.get("nameZh").asString()).isEqualTo("标准销售计划");
			assertThat(history("sales-plan:STANDARD")).extracting((row) -> row.get("action"))
				.last()
				.isEqualTo("UPDATED");
		}
		finally {
			Map<String, Object> restore = planBody(original.productLimit(), false,
					Map.of("minMonthsOnBasic", original.upgrade().minMonthsOnBasic(), "minCompletedOrders",
							original.upgrade().minCompletedOrders(), "minSales",
							original.upgrade().minSales().amount().toPlainString()));
			restore.put("nameEn", original.nameEn());
			restore.put("nameZh", original.nameZh());
			assertThat(this.api.put("/api/v1/admin/sales-plans/STANDARD", restore).token(this.operator).send().status())
				.isEqualTo(200);
		}
		assertThat(this.offers.plan(SalesPlan.STANDARD)).isEqualTo(original);
	}

	@Test
	void R_APP_2_aPlanIndividualBusinessesCannotChooseNeedsUpgradeConditions() {
		Api.Reply missing = this.api.put("/api/v1/admin/sales-plans/STANDARD", planBody(3000, false, null))
			.token(this.operator)
			.send();
		assertThat(missing.status()).isEqualTo(422);
		assertThat(violations(missing)).containsExactly("upgrade:UPGRADE_CONDITIONS_REQUIRED");

		Api.Reply basic = this.api
			.put("/api/v1/admin/sales-plans/BASIC",
					planBody(0, false, Map.of("minMonthsOnBasic", -1, "minCompletedOrders", 1, "minSales", "1.234")))
			.token(this.operator)
			.send();
		assertThat(basic.status()).isEqualTo(422);
		assertThat(violations(basic)).containsExactlyInAnyOrder("productLimit:PRODUCT_LIMIT_INVALID",
				"individualBusinessAllowed:BASIC_PLAN_FOR_INDIVIDUALS", "upgrade.minMonthsOnBasic:COUNT_NEGATIVE",
				"upgrade.minSales:AMOUNT_TOO_PRECISE");

		Api.Reply notApplicable = this.api
			.put("/api/v1/admin/sales-plans/BASIC",
					planBody(300, true, Map.of("minMonthsOnBasic", 1, "minCompletedOrders", 1, "minSales", "1")))
			.token(this.operator)
			.send();
		assertThat(violations(notApplicable)).containsExactly("upgrade:UPGRADE_CONDITIONS_NOT_APPLICABLE");

		assertThat(this.api.put("/api/v1/admin/sales-plans/PREMIUM", planBody(1, true, null))
			.token(this.operator)
			.send()
			.status()).isEqualTo(404);
		assertThat(this.offers.plan(SalesPlan.BASIC).productLimit()).isEqualTo(300);
	}

	@Test
	void everyChangeIsInTheAuditTrailWithTheOperatorAndTheVersion() {
		StaffFixtures.Signed operator = this.staff.signedIn("OPERATOR");
		String code = scopeCode();
		String category = categoryCode();
		try {
			assertThat(this.api.put(ADMIN_SCOPES + "/" + code, scopeBody()).token(operator.token()).send().status())
				.isEqualTo(201);
			long created = this.offers.version();
			Map<String, Object> inactive = scopeBody();
			inactive.put("active", false);
			assertThat(this.api.put(ADMIN_SCOPES + "/" + code, inactive).token(operator.token()).send().status())
				.isEqualTo(200);
			assertThat(this.api.put(ADMIN_SCOPES + "/" + code + "/categories/" + category, categoryBody())
				.token(operator.token())
				.send()
				.status()).isEqualTo(201);

			List<Map<String, Object>> scopeRows = history("business-scope:" + code);
			assertThat(scopeRows).extracting((row) -> row.get("action")).containsExactly("CREATED", "DEACTIVATED");
			assertThat(scopeRows).extracting((row) -> row.get("from_state")).containsExactly(null, "ACTIVE");
			assertThat(scopeRows).extracting((row) -> row.get("to_state")).containsExactly("ACTIVE", "INACTIVE");
			assertThat(scopeRows).allSatisfy((row) -> {
				assertThat(row.get("actor_id")).isEqualTo(operator.staffId());
				assertThat(row.get("actor_kind")).isEqualTo("STAFF");
				assertThat(row.get("member_id")).isEqualTo(OfferEditing.AUDIT_MEMBER);
			});
			assertThat(scopeRows.get(0).get("detail").toString()).contains("\"offersVersion\": " + created)
				.contains("Pet Supplies");
			assertThat(scopeRows.get(1).get("detail").toString()).contains("\"before\"").contains("\"after\"");
			assertThat(history("business-category:" + category)).extracting((row) -> row.get("action"))
				.containsExactly("CREATED");

			Api.Reply trail = this.api.get("/api/v1/admin/offers/history").token(this.operator).send();
			assertThat(trail.status()).isEqualTo(200);
			assertThat(trail.json().valueStream().map((e) -> e.get("subject").asString()))
				.contains("business-scope:" + code, "business-category:" + category);
		}
		finally {
			deactivate(this.api, this.operator, code);
		}
	}

	@Test
	void onlyOperatorsKeepTheOffers() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		assertThat(this.api.get(ADMIN_SCOPES).send().status()).isEqualTo(401);
		assertThat(this.api.put(ADMIN_SCOPES + "/" + scopeCode(), scopeBody()).send().status()).isEqualTo(401);
		assertThat(this.api.get(ADMIN_SCOPES).token(reviewer).send().status()).isEqualTo(403);
		Api.Reply put = this.api.put(ADMIN_SCOPES + "/" + scopeCode(), scopeBody()).token(reviewer).send();
		assertThat(put.status()).isEqualTo(403);
		assertThat(put.json().get("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(this.api.put(ADMIN_SCOPES + "/TOYS/categories/" + categoryCode(), categoryBody())
			.token(reviewer)
			.send()
			.status()).isEqualTo(403);
		assertThat(this.api.put("/api/v1/admin/sales-plans/BASIC", planBody(300, true, null))
			.token(reviewer)
			.send()
			.status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/admin/offers/history").token(reviewer).send().status()).isEqualTo(403);
	}

	@Test
	void theOperatorsListShowsBothNamesPositionsAndInactiveEntries() {
		Api.Reply reply = this.api.get(ADMIN_SCOPES).token(this.operator).send();

		assertThat(reply.status()).isEqualTo(200);
		JsonNode apparel = OffersApiTests.scope(reply.json(), "APPAREL");
		assertThat(apparel.get("nameEn").asString()).isEqualTo("Apparel & Accessories");
		assertThat(apparel.get("nameZh").asString()).isEqualTo("服装服饰");
		assertThat(apparel.get("position").asInt()).isEqualTo(10);
		assertThat(apparel.get("active").asBoolean()).isTrue();
		assertThat(apparel.get("categories").get(0).get("code").asString()).isEqualTo("womens-clothing");
		assertThat(apparel.get("categories").get(0).get("nameZh").asString()).isEqualTo("女装");
	}

	private Api.Reply putScope(String code, Map<String, Object> body) {
		return this.api.put(ADMIN_SCOPES + "/" + code.replace(" ", "%20"), body).token(this.operator).send();
	}

	private Api.Reply putCategory(String scope, String code, Map<String, Object> body) {
		return this.api.put(ADMIN_SCOPES + "/" + scope + "/categories/" + code, body).token(this.operator).send();
	}

	private List<Map<String, Object>> history(String subject) {
		return this.jdbc
			.sql("SELECT member_id, action, from_state, to_state, actor_id, actor_kind, detail::text AS detail "
					+ "FROM audit_entry WHERE subject = :subject ORDER BY seq")
			.param("subject", subject)
			.query()
			.listOfRows();
	}

	private static List<String> violations(Api.Reply reply) {
		return reply.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + ":" + error.get("code").asString())
			.toList();
	}

	static Map<String, Object> scopeBody() {
		Map<String, Object> body = new HashMap<>();
		body.put("nameEn", "Pet Supplies");
		body.put("nameZh", "宠物用品");
		body.put("annualFees", Map.of("BASIC", "5000.00", "STANDARD", "15000.5"));
		body.put("deposit", "10000");
		body.put("storeTypes", List.of("GENERAL", "SPECIALTY"));
		return body;
	}

	static Map<String, Object> categoryBody() {
		Map<String, Object> body = new HashMap<>();
		body.put("nameEn", "Cat litter");
		body.put("nameZh", "猫砂");
		body.put("requiresQualification", false);
		body.put("allowsNoBrand", true);
		body.put("requiresProductChecklist", false);
		return body;
	}

	static Map<String, Object> planBody(int productLimit, boolean individuals, Map<String, Object> upgrade) {
		Map<String, Object> body = new HashMap<>();
		body.put("nameEn", "Standard sales plan");
		body.put("nameZh", "标准销售计划");
		body.put("productLimit", productLimit);
		body.put("individualBusinessAllowed", individuals);
		body.put("upgrade", upgrade);
		return body;
	}

	/**
	 * Withdraws a scope a test created, so the active offers are the seeded ones again.
	 */
	static void deactivate(Api api, String operator, String code) {
		Map<String, Object> body = scopeBody();
		body.put("active", false);
		Api.Reply reply = api.put(ADMIN_SCOPES + "/" + code, body).token(operator).send();
		assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
	}

	/** A scope code no other test uses. */
	static String scopeCode() {
		return "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/** A category code no other test uses. */
	static String categoryCode() {
		Random random = new Random();
		StringBuilder code = new StringBuilder("t-");
		for (int i = 0; i < 10; i++) {
			code.append((char) ('a' + random.nextInt(26)));
		}
		return code.toString();
	}

}
