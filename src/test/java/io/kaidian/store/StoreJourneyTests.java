package io.kaidian.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole seller journey as one scenario over HTTP (PRODUCT.md §2): registration,
 * identity, application, fees in the sandbox, the exam, the store (R-STORE-1), the payout
 * account (R-STORE-2) and ten products, at which the store opens (R-OPEN-1); the
 * checklist is checked at every step.
 */
class StoreJourneyTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	ExamFixtures exams;

	private ApprovedSellers sellers;

	private StoreClient stores;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.stores = new StoreClient(this.api, baseUrl());
	}

	@Test
	void R_OPEN_1_aSellerGoesFromRegistrationToAnOpenStore() {
		// registration and identity (R-REG, R-ID)
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		await().atMost(StoreClient.WAIT).until(() -> this.stores.state(seller, "IDENTITY").equals("DONE"));
		assertThat(states(seller)).containsExactly("DONE", "DONE", "DUE", "BLOCKED", "BLOCKED", "BLOCKED", "BLOCKED",
				"BLOCKED");

		// application (R-APP) approved by a reviewer
		this.stores.approveGeneralStore(seller);
		await().atMost(StoreClient.WAIT).until(() -> this.stores.state(seller, "APPLICATION").equals("DONE"));
		assertThat(this.stores.state(seller, "FEES")).isEqualTo("DUE");
		assertThat(this.stores.state(seller, "STORE_PROFILE")).isEqualTo("BLOCKED");

		// the store cannot be set up before the exam
		Api.Reply early = this.stores.saveStore(seller, StoreClient.profile("小明女装", domain("early")));
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		assertThat(early.json().get("code").asString()).isEqualTo("EXAM_NOT_PASSED");

		// fees through the sandbox (R-FEE), then the exam (R-EXAM)
		this.stores.payFees(seller);
		assertThat(this.stores.state(seller, "EXAM")).isEqualTo("DUE");
		this.exams.pass(this.api, seller);
		await().atMost(StoreClient.WAIT).until(() -> this.stores.state(seller, "EXAM").equals("DONE"));
		assertThat(this.stores.state(seller, "STORE_PROFILE")).isEqualTo("DUE");
		assertThat(this.stores.checklist(seller).get("storeStatus").asString()).isEqualTo("NONE");

		// the store profile (R-STORE-1)
		String domain = domain("xiaoming");
		await().atMost(StoreClient.WAIT)
			.until(() -> this.stores.saveStore(seller, StoreClient.profile("小明女装 " + domain, domain)).status() == 200);
		JsonNode store = this.stores.myStore(seller);
		assertThat(store.get("status").asString()).isEqualTo("SETUP");
		assertThat(store.get("domain").asString()).isEqualTo(domain);
		assertThat(store.get("productLimit").asInt()).isEqualTo(300);
		await().atMost(StoreClient.WAIT).until(() -> this.stores.state(seller, "STORE_PROFILE").equals("DONE"));
		assertThat(this.stores.state(seller, "COLLECTION_ACCOUNT")).isEqualTo("DUE");
		assertThat(this.stores.checklist(seller).get("storeStatus").asString()).isEqualTo("SETUP");
		assertThat(this.api.get("/api/v1/stores/" + domain).send().status()).isEqualTo(404);
		assertThat(this.api.get("/stores/" + domain).send().status()).isEqualTo(404);

		// products may be created but not published before the payout account
		List<String> products = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			products.add(this.stores.createdProduct(seller, "真丝连衣裙 " + i + " 号"));
		}
		Api.Reply refused = this.stores.publish(seller, products.get(0));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("PUBLISH_NEEDS_COLLECTION_ACCOUNT");

		// the payout account (R-STORE-2), masked in the answer
		JsonNode payout = this.stores.bankAccountSet(seller);
		assertThat(payout.get("accountNumber").asString()).isEqualTo("****0128").doesNotContain("62220212");
		await().atMost(StoreClient.WAIT).until(() -> this.stores.state(seller, "COLLECTION_ACCOUNT").equals("DONE"));
		assertThat(this.stores.state(seller, "PRODUCTS")).isEqualTo("DUE");

		// nine products published: still setting up
		for (String product : products.subList(0, 9)) {
			Api.Reply published = this.stores.publish(seller, product);
			assertThat(published.status()).as(published.toString()).isEqualTo(200);
			assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
		}
		assertThat(this.stores.myStore(seller).get("status").asString()).isEqualTo("SETUP");
		assertThat(this.stores.myStore(seller).get("publishedProducts").asInt()).isEqualTo(9);
		assertThat(this.stores.state(seller, "PRODUCTS")).isEqualTo("DUE");

		// the tenth opens the store (R-OPEN-1)
		assertThat(this.stores.publish(seller, products.get(9)).status()).isEqualTo(200);
		assertThat(this.stores.myStore(seller).get("status").asString()).isEqualTo("OPEN");
		await().atMost(StoreClient.WAIT).until(() -> this.stores.state(seller, "PRODUCTS").equals("DONE"));
		JsonNode checklist = this.stores.checklist(seller);
		assertThat(checklist.get("stage").asString()).isEqualTo("OPEN");
		assertThat(checklist.get("storeStatus").asString()).isEqualTo("OPEN");
		assertThat(states(seller)).containsOnly("DONE");

		// the public face
		Api.Reply front = this.api.get("/api/v1/stores/" + domain).send();
		assertThat(front.status()).as(front.toString()).isEqualTo(200);
		assertThat(front.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(front.json().get("name").asString()).isEqualTo("小明女装 " + domain);
		assertThat(front.json().get("level").asString()).isEqualTo("NOT_RATED");
		assertThat(front.json().get("serviceLevel").asString()).isEqualTo("NOT_RATED");
		Api.Reply page = this.api.get("/stores/" + domain).language("en").send();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("小明女装 " + domain, "Not yet rated", "真丝连衣裙 10 号");

		// the seller hears of it by email and SMS
		await().atMost(StoreClient.WAIT)
			.until(() -> this.outbox.find(seller.phone())
				.stream()
				.anyMatch((m) -> m.body().contains("小明女装 " + domain)));
		await().atMost(StoreClient.WAIT).until(() -> Arrays.stream(mail.getReceivedMessages()).anyMatch((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equalsIgnoreCase(seller.email())
						&& m.getSubject().equals("Your store is open")
						&& String.valueOf(m.getContent()).contains(domain);
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}));
	}

	private List<String> states(ApprovedSellers.Seller seller) {
		return this.stores.checklist(seller)
			.get("requirements")
			.valueStream()
			.map((r) -> r.get("state").asString())
			.toList();
	}

	static String domain(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
	}

}
