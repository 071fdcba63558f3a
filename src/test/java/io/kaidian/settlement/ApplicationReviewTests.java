package io.kaidian.settlement;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.notification.Outbox;
import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.review.ItemsDecided;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.PublishedEventLog;
import io.kaidian.support.StaffFixtures;

import static io.kaidian.settlement.ApplicationClient.application;
import static io.kaidian.settlement.ApplicationClient.brand;
import static io.kaidian.settlement.ApplicationClient.errors;
import static io.kaidian.settlement.ApplicationClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * The review of a settlement application, item by item, and what follows it (R-APP-5,
 * R-APP-6, PRODUCT.md §4.1, §4.2, §4.6): reasons per item, resubmission of only what
 * failed, approval publishing {@link ApplicationApproved}, and TM-mark expiry.
 */
class ApplicationReviewTests extends IntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Outbox outbox;

	@Autowired
	PublishedEventLog.Log events;

	@Autowired
	TrademarkExpiry expiry;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReasonCatalogue catalogue;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

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
	void R_APP_6_rejectedItemsComeBackWithReasonsAndOnlyTheyChangeUntilEverythingIsApproved() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		Map<String, Object> first = application("STANDARD", "EXCLUSIVE", "APPAREL",
				List.of("womens-clothing", "childrens-clothing"),
				List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
						brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED")),
				false);
		this.client.saved(seller, first);
		this.client.uploaded(this.client.uploadCategory(seller, "childrens-clothing", "CATEGORY_QUALIFICATION"));
		this.client.uploaded(this.client.uploadCategory(seller, "childrens-clothing", "PRODUCT_CHECKLIST"));
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));
		this.client.submitted(seller);
		await().atMost(WAIT)
			.until(() -> this.client.requirement(seller, "APPLICATION").get("state").asString().equals("IN_REVIEW"));

		// the reviewer decides item by item
		JsonNode firstCase = this.client.claim(seller.memberId());
		assertThat(firstCase.get("items").valueStream().map(JsonNode::asString))
			.containsExactly("category:womens-clothing", "category:childrens-clothing", "brand:0", "brand:1");
		assertThat(firstCase.get("data").valueStream().map((f) -> f.get("name").asString())).contains("salesPlan",
				"storeType", "businessScope", "categories", "brand:0", "brand:1");
		assertThat(firstCase.get("data")
			.valueStream()
			.filter((f) -> f.get("name").asString().equals("brand:1"))
			.findFirst()
			.orElseThrow()
			.get("value")
			.asString()).contains("Hilltop Weave", "TM 23456789", "TRADEMARK_CLASS 25", "AUTHORIZED", "杭州小明茶业有限公司");
		assertThat(firstCase.get("documents").valueStream().map((d) -> d.get("status").asString())).containsOnly("NEW");
		assertThat(firstCase.get("changes")).isEmpty();
		this.client.decide(firstCase, Map.of("category:childrens-clothing", "QUALIFICATION_MISSING", "brand:1",
				"AUTHORIZATION_CHAIN_INCOMPLETE"));

		// the seller sees each rejected item with its reasons
		await().atMost(WAIT).until(() -> this.client.current(seller).get("status").asString().equals("REJECTED"));
		JsonNode rejected = this.client.current(seller);
		assertThat(rejected.get("items")
			.valueStream()
			.map((i) -> i.get("ref").asString() + "=" + i.get("status").asString() + ":" + i.get("locked").asBoolean()))
			.containsExactly("category:womens-clothing=APPROVED:true", "category:childrens-clothing=REJECTED:false",
					"brand:0=APPROVED:true", "brand:1=REJECTED:false");
		assertThat(this.client.item(seller, "brand:1").get("reasons").get(0).get("code").asString())
			.isEqualTo("AUTHORIZATION_CHAIN_INCOMPLETE");
		assertThat(rejected.get("reasons").valueStream().map((r) -> r.get("field").asString()))
			.containsExactlyInAnyOrder("category:childrens-clothing", "brand:1");
		await().atMost(WAIT)
			.until(() -> this.client.requirement(seller, "APPLICATION").get("state").asString().equals("REJECTED"));
		JsonNode checklist = this.client.checklist(seller, "zh-CN")
			.get("requirements")
			.valueStream()
			.filter((r) -> r.get("key").asString().equals("APPLICATION"))
			.findFirst()
			.orElseThrow();
		assertThat(checklist.get("reasons").valueStream().map((r) -> r.get("message").asString()))
			.anySatisfy((m) -> assertThat(m).contains("缺少该类目要求的资质文件", "see the certificate"));
		await().atMost(WAIT)
			.until(() -> mailTo(seller.email()).stream()
				.anyMatch((m) -> GreenMailUtil.getBody(m).contains("childrens-clothing")
						|| decoded(m).contains("category:childrens-clothing")));

		// approved items are locked: changing or removing them is refused, nothing
		// changes
		Api.Reply removeApproved = this.client.save(seller, with(first, "categories", List.of("childrens-clothing")));
		Api.Reply changeApproved = this.client.save(seller,
				with(first, "brands", List.of(brand("Moonfield", "12345679", "REGISTERED", "OWNED"),
						brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED"))));
		Api.Reply changePlan = this.client.save(seller, with(first, "salesPlan", "BASIC"));
		assertThat(errors(removeApproved)).containsExactly(entry("categories", "ITEM_LOCKED"));
		assertThat(errors(changeApproved)).containsExactly(entry("brands[0]", "ITEM_LOCKED"));
		assertThat(errors(changePlan)).containsExactly(entry("salesPlan", "ITEM_LOCKED"));
		Api.Reply approvedDocument = this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE");
		assertThat(approvedDocument.status()).isEqualTo(409);
		assertThat(approvedDocument.json().get("code").asString()).isEqualTo("DOCUMENT_ACCEPTED");
		assertThat(this.client.current(seller).get("attempt").asInt()).isEqualTo(1);

		// the seller fixes only the rejected items and adds a category
		Map<String, Object> fixedBrand = brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED");
		fixedBrand.put("owner", "Hilltop Weave Trading Ltd");
		JsonNode second = this.client.saved(seller,
				with(with(first, "categories", List.of("womens-clothing", "childrens-clothing", "shoes")), "brands",
						List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"), fixedBrand)));
		assertThat(second.get("attempt").asInt()).isEqualTo(2);
		assertThat(second.get("status").asString()).isEqualTo("DRAFT");
		assertThat(second.get("documents")
			.valueStream()
			.filter((d) -> d.get("carriedOver").asBoolean())
			.map((d) -> d.get("ref").asString() + "." + d.get("kind").asString()))
			.containsExactly("brand:0.TRADEMARK_CERTIFICATE");
		this.client.uploaded(this.client.uploadCategory(seller, "childrens-clothing", "CATEGORY_QUALIFICATION"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));
		this.client.submitted(seller);

		// another reviewer sees only the remaining items, and what changed
		ApplicationClient secondReviewer = new ApplicationClient(this.api, baseUrl());
		JsonNode secondCase = secondReviewer.claim(seller.memberId());
		assertThat(secondCase.get("items").valueStream().map(JsonNode::asString))
			.containsExactly("category:childrens-clothing", "category:shoes", "brand:1");
		assertThat(secondCase.get("changes")
			.valueStream()
			.map((c) -> c.get("field").asString() + ":" + c.get("after").asString())).containsExactlyInAnyOrder(
					"category:childrens-clothing.CATEGORY_QUALIFICATION:new upload", "category:shoes:new item",
					"brand:1.owner:Hilltop Weave Trading Ltd", "brand:1.AUTHORIZATION_LETTER:new upload");
		assertThat(secondCase.get("documents")
			.valueStream()
			.filter((d) -> d.get("status").asString().equals("CARRIED_OVER"))
			.map((d) -> d.get("kind").asString())).containsExactly("brand:0.TRADEMARK_CERTIFICATE");
		assertThat(secondCase.get("previousAttempts")).hasSize(1);
		secondReviewer.decide(secondCase, Map.of());

		// approved: the event carries what fees, store and products need; the checklist
		// moves on
		await().atMost(WAIT).until(() -> this.client.current(seller).get("status").asString().equals("APPROVED"));
		ApplicationApproved approved = this.events.of(ApplicationApproved.class)
			.stream()
			.filter((e) -> e.memberId().equals(seller.memberId()))
			.findFirst()
			.orElseThrow();
		assertThat(approved.businessScope()).isEqualTo("APPAREL");
		assertThat(approved.salesPlan()).isEqualTo(SalesPlan.STANDARD);
		assertThat(approved.storeType()).isEqualTo(StoreType.EXCLUSIVE);
		assertThat(approved.categories()).containsExactly("womens-clothing", "childrens-clothing", "shoes");
		assertThat(approved.brands()).extracting(ApprovedBrand::name).containsExactly("Moonfield", "Hilltop Weave");
		assertThat(approved.brands().get(0).expiresAt()).isNull();
		assertThat(approved.brands().get(1).expiresAt())
			.isEqualTo(approved.approvedAt().atZone(ZoneOffset.UTC).plus(Period.ofMonths(6)).toInstant());
		assertThat(this.client.item(seller, "brand:1").get("expiresAt").asString()).isNotBlank();
		await().atMost(WAIT)
			.until(() -> this.client.requirement(seller, "APPLICATION").get("state").asString().equals("DONE"));
		assertThat(this.client.requirement(seller, "FEES").get("state").asString()).isEqualTo("DUE");
		assertThat(this.client.save(seller, first).status()).isEqualTo(409);
		assertThat(this.audit.history(seller.memberId(), List.of("settlement-application:%")))
			.extracting(AuditTrail.Recorded::action)
			.contains("STARTED", "SUBMITTED", "ITEM_APPROVED", "ITEM_REJECTED", "DECIDED", "REOPENED");
	}

	@Test
	void R_APP_5_brandsDecidedAheadOfTheCategoriesReachTheSellerAtOnceAndTheWholeDecisionKeepsThem() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		Map<String, Object> body = application("BASIC", "EXCLUSIVE", "APPAREL", List.of("womens-clothing", "shoes"),
				List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
						brand("Hilltop Weave", "23456789", "TM", "OWNED")),
				false);
		this.client.saved(seller, body);
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
		this.client.submitted(seller);
		JsonNode claimed = this.client.claim(seller.memberId());

		// the reviewer decides the brands first (R-APP-5: 7 working days), the categories
		// later
		Map<String, String> brands = new LinkedHashMap<>();
		brands.put("brand:0", null);
		brands.put("brand:1", "TRADEMARK_NOT_VERIFIABLE");
		JsonNode partly = this.client.decideSome(claimed, brands);
		assertThat(partly.get("status").asString()).isEqualTo("OPEN");

		// the seller sees them decided with reasons; the rest stays in review
		await().atMost(WAIT)
			.until(() -> this.client.item(seller, "brand:1").get("status").asString().equals("REJECTED"));
		JsonNode early = this.client.current(seller);
		assertThat(early.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(early.get("items")
			.valueStream()
			.map((i) -> i.get("ref").asString() + "=" + i.get("status").asString() + ":" + i.get("locked").asBoolean()))
			.containsExactly("category:womens-clothing=IN_REVIEW:false", "category:shoes=IN_REVIEW:false",
					"brand:0=APPROVED:true", "brand:1=REJECTED:false");
		JsonNode reason = this.client.item(seller, "brand:1").get("reasons").get(0);
		assertThat(reason.get("code").asString()).isEqualTo("TRADEMARK_NOT_VERIFIABLE");
		assertThat(reason.get("message").asString()).isEqualTo("see the certificate");
		assertThat(early.get("reasons")).isEmpty();
		assertThat(early.get("expectedDecisionBy").asString()).isNotBlank();
		await().atMost(WAIT)
			.until(() -> this.client.requirement(seller, "APPLICATION").get("state").asString().equals("IN_REVIEW"));
		// the seller's review page shows the early outcomes and reasons
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in", "Accept-Language", "en");
		assertThat(pages.post("/sign-in", Map.of("email", seller.email(), "password", seller.password())).location())
			.endsWith("/seller");
		Pages.Page page = pages.get("/seller/application/review", "Accept-Language", "en");
		assertThat(page.body())
			.contains("data-status=\"IN_REVIEW\"", "id=\"item-category-shoes\" data-status=\"IN_REVIEW\"",
					"id=\"item-brand-0\" data-status=\"APPROVED\"", "id=\"item-brand-1\" data-status=\"REJECTED\"",
					"The trademark registration cannot be verified from the certificate.", "see the certificate",
					"You can change it once the whole application is decided.")
			.doesNotContain("id=\"submit\"");
		// nothing can change before the whole is decided
		Api.Reply save = this.client.save(seller, body);
		assertThat(save.status()).isEqualTo(409);
		assertThat(save.json().get("code").asString()).isEqualTo("APPLICATION_SUBMITTED");

		// one email and one SMS: what was approved, what was not and why, what is left
		String reasonText = this.catalogue.find("TRADEMARK_NOT_VERIFIABLE", Locale.ENGLISH).orElseThrow().text();
		await().atMost(WAIT).until(() -> earlyMails(seller).size() == 1);
		String mailBody = decoded(earlyMails(seller).get(0));
		// items named as people name them, never by reference (R-APP-5)
		assertThat(mailBody)
			.contains("Brand no. 1 (Moonfield)", "Brand no. 2", reasonText, "see the certificate", "“womens-clothing”",
					"“shoes”", "once the whole application is decided")
			.doesNotContain("brand:0", "category:");
		await().atMost(WAIT)
			.until(() -> this.outbox.find(seller.phone())
				.stream()
				.anyMatch((m) -> m.body().contains("1 approved, 1 not approved")));
		assertThat(this.events.of(ApplicationItemsDecided.class))
			.filteredOn((e) -> e.memberId().equals(seller.memberId()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.approved()).containsExactly("brand:0 (Moonfield)");
				assertThat(e.rejected()).extracting(Reason::field).containsExactly("brand:1");
				assertThat(e.remaining()).containsExactly("category:womens-clothing", "category:shoes");
			});
		assertThat(this.audit.history(seller.memberId(), List.of("settlement-application:%")))
			.extracting(AuditTrail.Recorded::action)
			.contains("ITEMS_DECIDED", "ITEM_APPROVED", "ITEM_REJECTED");

		// a redelivered ItemsDecided changes nothing
		ItemsDecided itemsDecided = this.events.of(ItemsDecided.class)
			.stream()
			.filter((e) -> e.caseId().toString().equals(claimed.get("caseId").asString()))
			.findFirst()
			.orElseThrow();
		long version = early.get("version").asLong();
		replay(itemsDecided, 2);
		assertThat(this.client.current(seller).get("version").asLong()).isEqualTo(version);
		assertThat(this.events.of(ApplicationItemsDecided.class))
			.filteredOn((e) -> e.memberId().equals(seller.memberId()))
			.hasSize(1);

		// the categories are decided: rejected as a whole because a brand was, every item
		// as decided
		this.client.decideRest(partly, Map.of());
		await().atMost(WAIT).until(() -> this.client.current(seller).get("status").asString().equals("REJECTED"));
		JsonNode whole = this.client.current(seller);
		assertThat(
				whole.get("items").valueStream().map((i) -> i.get("ref").asString() + "=" + i.get("status").asString()))
			.containsExactly("category:womens-clothing=APPROVED", "category:shoes=APPROVED", "brand:0=APPROVED",
					"brand:1=REJECTED");
		assertThat(whole.get("reasons")
			.valueStream()
			.map((r) -> r.get("field").asString() + ":" + r.get("code").asString()))
			.containsExactly("brand:1:TRADEMARK_NOT_VERIFIABLE");
		await().atMost(WAIT)
			.until(() -> this.client.requirement(seller, "APPLICATION").get("state").asString().equals("REJECTED"));
		await().atMost(WAIT).until(() -> rejectionMails(seller).size() == 1);
		assertThat(decoded(rejectionMails(seller).get(0))).contains("Brand no. 2", reasonText)
			.doesNotContain("brand:1");
		assertThat(this.events.of(ApplicationRejected.class)).filteredOn((e) -> e.memberId().equals(seller.memberId()))
			.singleElement()
			.satisfies((e) -> assertThat(e.reasons()).extracting(Reason::field).containsExactly("brand:1"));
		// each item's decision recorded once, when it was made
		assertThat(this.audit.history(seller.memberId(), List.of("settlement-application:%:brand:%")))
			.extracting(AuditTrail.Recorded::action)
			.containsExactlyInAnyOrder("ITEM_APPROVED", "ITEM_REJECTED");

		// replayed after the whole decision: still nothing changes
		long decidedVersion = whole.get("version").asLong();
		replay(itemsDecided, 3);
		assertThat(this.client.current(seller).get("version").asLong()).isEqualTo(decidedVersion);
		assertThat(this.client.item(seller, "brand:1").get("status").asString()).isEqualTo("REJECTED");
		assertThat(earlyMails(seller)).hasSize(1);
		assertThat(rejectionMails(seller)).hasSize(1);
	}

	/**
	 * Publishes the event again as a redelivery would, and waits until settlement's
	 * listener has handled it the given number of times.
	 */
	private void replay(ItemsDecided event, int handled) {
		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(event));
		await().atMost(WAIT)
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%ApplicationDeciding%' "
						+ "AND event_type = 'io.kaidian.review.ItemsDecided' AND serialized_event LIKE :case "
						+ "AND completion_date IS NOT NULL")
				.param("case", "%" + event.caseId() + "%")
				.query(Long.class)
				.single() == handled);
	}

	private static List<MimeMessage> earlyMails(ApprovedSellers.Seller seller) {
		return mailTo(seller.email()).stream()
			.filter((m) -> subject(m).equals("Some items of your settlement application are decided"))
			.toList();
	}

	private static List<MimeMessage> rejectionMails(ApprovedSellers.Seller seller) {
		return mailTo(seller.email()).stream()
			.filter((m) -> subject(m).equals("Your settlement application needs changes"))
			.toList();
	}

	@Test
	void R_APP_6_R_REG_5_aBrandApprovedBeforeIsNotScreenedAgainWhenATermIsAddedBeforeTheResubmission() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		String approvedName = "Tarnwick";
		Map<String, Object> body = application("STANDARD", "EXCLUSIVE", "SPORTS", List.of("fitness"),
				List.of(brand(approvedName, "45678901", "REGISTERED", "OWNED"),
						brand("Pellhaven", "56789012", "REGISTERED", "OWNED")),
				false);
		this.client.saved(seller, body);
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.uploaded(this.client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
		this.client.submitted(seller);
		this.client.decide(this.client.claim(seller.memberId()), Map.of("brand:1", "TRADEMARK_NOT_VERIFIABLE"));
		await().atMost(WAIT).until(() -> this.client.current(seller).get("status").asString().equals("REJECTED"));

		// an operator prohibits the approved brand's name after its approval
		String operator = new StaffFixtures(this.api).operatorToken();
		Api.Reply term = this.api
			.post("/api/v1/admin/screening/terms", Map.of("term", approvedName, "list", "PROHIBITED"))
			.token(operator)
			.send();
		assertThat(term.status()).as(term.toString()).isEqualTo(201);
		try {
			// the approved brand stays locked and is not screened again; a new brand is
			Api.Reply refused = this.client.save(seller,
					with(body, "brands", List.of(brand(approvedName, "45678901", "REGISTERED", "OWNED"),
							brand(approvedName + " Sport", "56789012", "REGISTERED", "OWNED"))));
			assertThat(errors(refused)).containsExactly(entry("brands[1].name", "PROHIBITED_TERM"));
			this.client.saved(seller,
					with(body, "brands", List.of(brand(approvedName, "45678901", "REGISTERED", "OWNED"),
							brand("Pellhaven", "56789013", "REGISTERED", "OWNED"))));
			this.client.uploaded(this.client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
			JsonNode resubmitted = this.client.submitted(seller);
			assertThat(resubmitted.get("status").asString()).isEqualTo("IN_REVIEW");
		}
		finally {
			this.api.delete("/api/v1/admin/screening/terms/" + term.json().get("id").asString()).token(operator).send();
		}
	}

	@Test
	void R_APP_6_aRejectedItemRemovedLeavesOnlyApprovedOnesAndTheApplicationIsApprovedWithoutAnotherReview() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		Map<String, Object> body = application("BASIC", "GENERAL", "APPAREL", List.of("womens-clothing", "shoes"),
				List.of(), true);
		this.client.saved(seller, body);
		this.client.submitted(seller);
		this.client.decide(this.client.claim(seller.memberId()), Map.of("category:shoes", "CATEGORY_NOT_ELIGIBLE"));
		await().atMost(WAIT).until(() -> this.client.current(seller).get("status").asString().equals("REJECTED"));

		this.client.saved(seller, with(body, "categories", List.of("womens-clothing")));
		JsonNode submitted = this.client.submitted(seller);

		assertThat(submitted.get("status").asString()).isEqualTo("APPROVED");
		assertThat(submitted.get("categories").valueStream().map(JsonNode::asString))
			.containsExactly("womens-clothing");
	}

	@Test
	void PRODUCT_4_6_aTmMarkIsRemindedOnceThirtyDaysAheadAndExpiresAfterSixMonths() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.client.saved(seller, application("BASIC", "SPECIALTY", "APPAREL", List.of("shoes"),
				List.of(brand("Moonfield", "12345678", "TM", "OWNED")), false));
		this.client.uploaded(this.client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		this.client.submitted(seller);
		this.client.decide(this.client.claim(seller.memberId()), Map.of());
		await().atMost(WAIT).until(() -> this.client.current(seller).get("status").asString().equals("APPROVED"));
		Instant expiresAt = Instant.parse(this.client.item(seller, "brand:0").get("expiresAt").asString());
		assertThat(expiresAt).isEqualTo(now().atZone(ZoneOffset.UTC).plus(Period.ofMonths(6)).toInstant());
		await().atMost(WAIT)
			.until(() -> this.client.requirement(seller, "APPLICATION").get("state").asString().equals("DONE"));

		this.clock.setInstant(expiresAt.minus(Duration.ofDays(31)));
		this.expiry.checkTrademarks();
		assertThat(reminders(seller)).isZero();

		// 30 days ahead: reminded once, by email and SMS; the checklist shows the date
		this.clock.setInstant(expiresAt.minus(Duration.ofDays(29)));
		this.expiry.checkTrademarks();
		this.expiry.checkTrademarks();
		ApprovedSellers.Seller reminded = this.sellers.signedInAgain(seller);
		await().atMost(WAIT).until(() -> reminders(reminded) == 1);
		await().atMost(WAIT)
			.until(() -> this.outbox.find(reminded.phone()).stream().anyMatch((m) -> m.body().contains("TM")));
		await().atMost(WAIT).until(() -> mailTo(reminded.email()).stream().anyMatch((m) -> subject(m).contains("TM")));
		await().atMost(WAIT).until(() -> this.client.requirement(reminded, "APPLICATION").get("reasons").size() == 1);
		JsonNode expiring = this.client.requirement(reminded, "APPLICATION");
		assertThat(expiring.get("state").asString()).isEqualTo("DONE");
		assertThat(expiring.get("reasons").get(0).get("code").asString()).isEqualTo("TM_MARK_EXPIRING");
		assertThat(Instant.parse(expiring.get("dueBy").asString())).isEqualTo(expiresAt);
		assertThat(this.client.item(reminded, "brand:0").get("status").asString()).isEqualTo("APPROVED");

		// past six months: expired
		this.clock.setInstant(expiresAt.plus(Duration.ofMinutes(1)));
		this.expiry.checkTrademarks();
		ApprovedSellers.Seller expired = this.sellers.signedInAgain(seller);

		JsonNode item = this.client.item(expired, "brand:0");
		assertThat(item.get("status").asString()).isEqualTo("EXPIRED");
		assertThat(item.get("reasons").get(0).get("code").asString()).isEqualTo("TM_MARK_EXPIRED");
		assertThat(this.client.current(expired).get("status").asString()).isEqualTo("APPROVED");
		await().atMost(WAIT)
			.until(() -> this.client.requirement(expired, "APPLICATION")
				.get("reasons")
				.valueStream()
				.anyMatch((r) -> r.get("code").asString().equals("TM_MARK_EXPIRED")));
		assertThat(this.client.requirement(expired, "APPLICATION").get("state").asString()).isEqualTo("DONE");
		assertThat(
				this.events.of(TrademarkExpired.class).stream().filter((e) -> e.memberId().equals(seller.memberId())))
			.hasSize(1);
		assertThat(reminders(seller)).isEqualTo(1);
	}

	private long reminders(ApprovedSellers.Seller seller) {
		return this.events.of(TrademarkExpiring.class)
			.stream()
			.filter((e) -> e.memberId().equals(seller.memberId()))
			.count();
	}

	private static List<MimeMessage> mailTo(String email) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decoded(MimeMessage message) {
		try {
			Object content = message.getContent();
			return String.valueOf(content);
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
