package io.kaidian.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.store.StoreClient;
import io.kaidian.store.StoreOpened;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.PublishedEventLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Products (R-OPEN-1, R-STORE-2): approved categories and brands only, the plan's limit,
 * the publishing gate, and the opening at the tenth exactly once.
 */
class ProductRulesTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	ExamFixtures exams;

	@Autowired
	PublishedEventLog.Log events;

	@Autowired
	io.kaidian.settlement.TrademarkExpiry expiry;

	private ApprovedSellers sellers;

	private StoreClient stores;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.stores = new StoreClient(this.api, baseUrl());
	}

	@Test
	void R_STORE_2_publishingWithoutAPayoutAccountIsRefusedNamingTheStep_R_OPEN_1_inApprovedCategoriesOnly() {
		ApprovedSellers.Seller seller = withStore();

		// a category the application did not approve, an unapproved brand, a bad price
		Api.Reply kids = this.stores.createProduct(seller, StoreClient.product("儿童连衣裙", "childrens-clothing", "99.00"));
		assertThat(kids.status()).as(kids.toString()).isEqualTo(422);
		assertThat(ApplicationClient.errors(kids)).containsExactly(entry("categoryCode", "CATEGORY_NOT_APPROVED"));
		Map<String, Object> branded = new java.util.LinkedHashMap<>(
				StoreClient.product("连衣裙", "womens-clothing", "99.00"));
		branded.put("brand", "Moonfield");
		assertThat(ApplicationClient.errors(this.stores.createProduct(seller, branded)))
			.containsExactly(entry("brand", "BRAND_NOT_APPROVED"));
		assertThat(ApplicationClient
			.errors(this.stores.createProduct(seller, StoreClient.product("连衣裙", "womens-clothing", "0.00"))))
			.containsExactly(entry("price", "PRICE_INVALID"));
		assertThat(ApplicationClient
			.errors(this.stores.createProduct(seller, StoreClient.product("Nike 连衣裙", "womens-clothing", "99.00"))))
			.containsExactly(entry("title", "PROTECTED_BRAND"));
		assertThat(this.api.get("/api/v1/me/products").token(seller.token()).send().json().size()).isZero();

		// a draft in an approved category, not published without the payout account
		String product = this.stores.createdProduct(seller, "真丝连衣裙");
		Api.Reply refused = this.stores.publish(seller, product);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("PUBLISH_NEEDS_COLLECTION_ACCOUNT");
		assertThat(refused.json().get("detail").asString()).contains("payout account");
		this.stores.bankAccountSet(seller);
		assertThat(this.stores.publish(seller, product).json().get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void R_APP_2_theBasicPlanListsThreeHundredProductsAndNotTheThreeHundredAndFirst() {
		ApprovedSellers.Seller seller = withStore();
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			ids.add(this.stores.createdProduct(seller, "商品 " + i));
		}
		Api.Reply over = this.stores.createProduct(seller, StoreClient.product("商品 301", "womens-clothing", "1.00"));
		assertThat(over.status()).as(over.toString()).isEqualTo(409);
		assertThat(over.json().get("code").asString()).isEqualTo("PRODUCT_LIMIT_REACHED");
		assertThat(over.json().get("detail").asString()).contains("300");
		assertThat(this.api.get("/api/v1/me/products").token(seller.token()).send().json().size()).isEqualTo(300);

		// a deleted product no longer counts
		assertThat(this.api.delete("/api/v1/me/products/" + ids.get(0)).token(seller.token()).send().status())
			.isEqualTo(204);
		assertThat(this.stores.createProduct(seller, StoreClient.product("商品 301", "womens-clothing", "1.00")).status())
			.isEqualTo(201);
	}

	@Test
	void R_OPEN_1_concurrentPublishesOpenTheStoreExactlyOnce() throws Exception {
		ApprovedSellers.Seller seller = withStore();
		this.stores.bankAccountSet(seller);
		List<String> products = new ArrayList<>();
		for (int i = 1; i <= 14; i++) {
			products.add(this.stores.createdProduct(seller, "并发商品 " + i));
		}
		for (String product : products.subList(0, 6)) {
			assertThat(this.stores.publish(seller, product).status()).isEqualTo(200);
		}
		String storeId = this.stores.myStore(seller).get("storeId").asString();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> replies = new ArrayList<>();
		for (String product : products.subList(6, 14)) {
			replies.add(pool.submit(() -> {
				start.await();
				return this.stores.publish(seller, product).status();
			}));
		}
		start.countDown();
		for (Future<Integer> reply : replies) {
			assertThat(reply.get()).isEqualTo(200);
		}
		pool.shutdown();
		var store = this.stores.myStore(seller);
		assertThat(store.get("status").asString()).isEqualTo("OPEN");
		assertThat(store.get("publishedProducts").asInt()).isEqualTo(14);
		assertThat(this.events.of(StoreOpened.class)
			.stream()
			.filter((e) -> e.storeId().toString().equals(storeId))
			.count()).isEqualTo(1);

		// falling below ten later keeps the store open, and operators see it
		for (String product : products.subList(0, 6)) {
			this.api.post("/api/v1/me/products/" + product + "/unpublish", "").token(seller.token()).send();
		}
		assertThat(this.stores.myStore(seller).get("status").asString()).isEqualTo("OPEN");
		String operator = new io.kaidian.support.StaffFixtures(this.api).tokenFor("OPERATOR");
		Api.Reply below = this.api.get("/api/v1/admin/stores/below-threshold").token(operator).send();
		assertThat(below.status()).isEqualTo(200);
		assertThat(below.json().valueStream().map((s) -> s.get("memberId").asString())).contains(seller.memberId());
	}

	@Test
	void R_APP_aBrandWithdrawnWhenItsTmMarkLapsesTakesItsProductsOffSaleAndTellsTheSeller() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		ApplicationClient applications = this.stores.applications();
		applications.saved(seller, ApplicationClient.application("BASIC", "SPECIALTY", "APPAREL", List.of("shoes"),
				List.of(ApplicationClient.brand("Moonfield", "12345678", "TM", "OWNED")), false));
		applications.uploaded(applications.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		applications.submitted(seller);
		applications.decide(applications.claim(seller.memberId()), Map.of());
		org.awaitility.Awaitility.await()
			.atMost(StoreClient.WAIT)
			.until(() -> this.stores.invoices(seller).size() == 2);
		this.stores.payFees(seller);
		this.exams.pass(this.api, seller);
		org.awaitility.Awaitility.await()
			.atMost(StoreClient.WAIT)
			.until(() -> this.stores.state(seller, "STORE_PROFILE").equals("DUE"));
		String domain = "moon-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		this.stores.savedStore(seller, "Moonfield 鞋店 " + domain, domain);
		this.stores.bankAccountSet(seller);
		Map<String, Object> shoe = new java.util.LinkedHashMap<>(
				StoreClient.product("Moonfield 跑鞋", "shoes", "399.00"));
		shoe.put("brand", "moonfield");
		Api.Reply created = this.stores.createProduct(seller, shoe);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("brand").asString()).isEqualTo("Moonfield");
		String productId = created.json().get("productId").asString();
		assertThat(this.stores.publish(seller, productId).status()).isEqualTo(200);

		java.time.Instant expiresAt = java.time.Instant
			.parse(this.stores.applications().item(seller, "brand:0").get("expiresAt").asString());
		this.clock.setInstant(expiresAt.plus(java.time.Duration.ofMinutes(1)));
		this.expiry.checkTrademarks();
		ApprovedSellers.Seller again = this.sellers.signedInAgain(seller);
		org.awaitility.Awaitility.await()
			.atMost(StoreClient.WAIT)
			.until(() -> this.api.get("/api/v1/me/products/" + productId)
				.token(again.token())
				.send()
				.json()
				.get("status")
				.asString()
				.equals("UNPUBLISHED"));
		org.awaitility.Awaitility.await()
			.atMost(StoreClient.WAIT)
			.until(() -> this.outbox.find(again.phone()).stream().anyMatch((m) -> m.body().contains("taken off sale")));
		Api.Reply republish = this.stores.publish(again, productId);
		assertThat(republish.status()).isEqualTo(422);
		assertThat(ApplicationClient.errors(republish)).containsExactly(entry("brand", "BRAND_NOT_APPROVED"));
	}

	private ApprovedSellers.Seller withStore() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.stores.readyForStore(seller, this.exams);
		String domain = "shop-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		this.stores.savedStore(seller, "小明女装 " + domain, domain);
		return seller;
	}

}
