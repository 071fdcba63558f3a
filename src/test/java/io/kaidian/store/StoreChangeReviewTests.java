package io.kaidian.store;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.ReviewerClient;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.UntranslatedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R-STORE-1 after opening (ADR 0032): a new name or domain waits on the review desk,
 * reserved for the store, while the storefront keeps the old ones; a rejection changes
 * nothing, releases the reservation and tells the seller why; an approval applies it and
 * the old domain redirects for {@code kaidian.store.old-domain-redirect}. Before opening,
 * a change applies at once.
 */
class StoreChangeReviewTests extends IntegrationTest {

	private static final String[][] LANGUAGES = { { "Accept-Language", "en" }, { "Accept-Language", "zh-CN" } };

	@Autowired
	Outbox outbox;

	@Autowired
	ExamFixtures exams;

	private ApprovedSellers sellers;

	private StoreClient stores;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.stores = new StoreClient(this.api, baseUrl());
		this.staff = new StaffFixtures(this.api);
	}

	@Test
	void R_STORE_1_aChangeAfterOpeningIsReservedUntilReviewedAndARejectionKeepsEverything() throws Exception {
		String suffix = suffix();
		String oldDomain = "sun-" + suffix;
		ApprovedSellers.Seller seller = opened("Sun Dress " + suffix, oldDomain);
		ApprovedSellers.Seller other = this.sellers.enterprise();
		this.stores.readyForStore(other, this.exams);

		// the change waits: the answer and the storefront keep the live name and domain
		Api.Reply asked = this.stores.saveStore(seller, StoreClient.profile("Moon Dress " + suffix, "moon-" + suffix));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
		assertThat(asked.json().get("name").asString()).isEqualTo("Sun Dress " + suffix);
		assertThat(asked.json().get("domain").asString()).isEqualTo(oldDomain);
		JsonNode change = asked.json().get("profileChange");
		assertThat(change.get("status").asString()).isEqualTo("PENDING");
		assertThat(change.get("name").asString()).isEqualTo("Moon Dress " + suffix);
		assertThat(change.get("domain").asString()).isEqualTo("moon-" + suffix);
		assertThat(change.get("expectedDecisionBy").isNull()).isFalse();
		assertThat(storefront(oldDomain).json().get("name").asString()).isEqualTo("Sun Dress " + suffix);
		assertThat(storefront("moon-" + suffix).status()).isEqualTo(404);

		// one change at a time; the same one asked again is still the one pending
		Api.Reply another = this.stores.saveStore(seller, StoreClient.profile("Star Dress " + suffix, oldDomain));
		assertThat(another.status()).as(another.toString()).isEqualTo(409);
		assertThat(another.json().get("code").asString()).isEqualTo("STORE_CHANGE_PENDING");
		assertThat(
				this.stores.saveStore(seller, StoreClient.profile("Moon Dress " + suffix, "moon-" + suffix)).status())
			.isEqualTo(200);

		// reserved: no other seller takes the new name (read alike) or domain meanwhile
		Api.Reply name = this.stores.saveStore(other, StoreClient.profile("MOON  dress " + suffix, "else-" + suffix));
		assertThat(name.status()).as(name.toString()).isEqualTo(409);
		assertThat(name.json().get("code").asString()).isEqualTo("STORE_NAME_TAKEN");
		Api.Reply domain = this.stores.saveStore(other, StoreClient.profile("Other " + suffix, "moon-" + suffix));
		assertThat(domain.status()).as(domain.toString()).isEqualTo(409);
		assertThat(domain.json().get("code").asString()).isEqualTo("DOMAIN_TAKEN");

		// the reviewer sees the old and new name and domain and the screening
		StaffFixtures.Credentials login = this.staff.create("REVIEWER");
		ReviewerClient reviewer = new ReviewerClient(this.api, this.staff.signIn(login.email(), login.password()));
		JsonNode claimed = claim(reviewer, seller);
		assertThat(fields(claimed)).containsEntry("currentName", "Sun Dress " + suffix)
			.containsEntry("STORE_NAME", "Moon Dress " + suffix)
			.containsEntry("currentDomain", oldDomain)
			.containsEntry("STORE_DOMAIN", "moon-" + suffix);
		assertThat(claimed.get("flags").valueStream().map((f) -> f.get("code").asString() + "=" + f.get("passed")))
			.containsExactly("STORE_NAME:TERM_SCREENING=true", "STORE_DOMAIN:TERM_SCREENING=true");
		Pages reviewerPages = staffPages(login);
		for (String[] language : LANGUAGES) {
			Pages.Page page = reviewerPages.get("/staff/review/cases/" + claimed.get("caseId").asString(), language);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("Sun Dress " + suffix, "Moon Dress " + suffix, "moon-" + suffix,
					language[1].equals("en") ? "Store name and address queue" : "店铺名称和地址变更队列",
					language[1].equals("en") ? "The new name could make buyers think" : "新名称可能让买家误以为");
			assertThat(page.body()).as("no identity data reasons")
				.doesNotContain(language[1].equals("en") ? "does not match the name entered" : "与填写的不一致");
			assertThat(UntranslatedText.problems(UntranslatedText.readable(page.body()))).as(language[1]).isEmpty();
		}

		// rejected on the case page: nothing changes, the seller is told why, the
		// reservation is released
		Map<String, String> rejection = new java.util.LinkedHashMap<>();
		rejection.put("version", Long.toString(claimed.get("version").asLong()));
		rejection.put("outcome", "REJECT");
		rejection.put("reasons", "STORE_NAME|STORE_NAME_MISLEADING");
		rejection.put("notes[STORE_NAME|STORE_NAME_MISLEADING]", "too close to a famous shop");
		Pages.Page decided = reviewerPages.post("/staff/review/cases/" + claimed.get("caseId").asString() + "/decision",
				rejection, LANGUAGES[0]);
		assertThat(decided.location()).as(decided.toString())
			.endsWith("/staff/review/cases/" + claimed.get("caseId").asString());
		await().atMost(StoreClient.WAIT)
			.until(() -> this.stores.myStore(seller).get("profileChange").get("status").asString(), "REJECTED"::equals);
		JsonNode after = this.stores.myStore(seller);
		assertThat(after.get("name").asString()).isEqualTo("Sun Dress " + suffix);
		assertThat(after.get("domain").asString()).isEqualTo(oldDomain);
		assertThat(after.get("profileChange").get("reasons").get(0).get("message").asString())
			.contains("could make buyers think", "too close to a famous shop");
		assertThat(storefront(oldDomain).json().get("name").asString()).isEqualTo("Sun Dress " + suffix);
		await().atMost(StoreClient.WAIT)
			.until(() -> mailTo(seller.email(), "Your store name or address change was not approved")
				.contains("New store name: The new name could make buyers think the store is another store"));
		Pages sellerPages = sellerPages(seller);
		for (String[] language : LANGUAGES) {
			Pages.Page page = sellerPages.get("/seller/store", language);
			assertThat(page.body()).contains("too close to a famous shop",
					language[1].equals("en") ? "Not approved" : "未通过");
			assertThat(UntranslatedText.problems(UntranslatedText.readable(page.body()))).as(language[1]).isEmpty();
		}
		assertThat(this.stores.savedStore(other, "Other " + suffix, "moon-" + suffix).get("domain").asString())
			.isEqualTo("moon-" + suffix);
	}

	@Test
	void R_STORE_1_anApprovedChangeGoesLiveAndTheOldDomainRedirectsForNinetyDays() {
		String suffix = suffix();
		String oldDomain = "rain-" + suffix;
		ApprovedSellers.Seller seller = opened("Rain Coat " + suffix, oldDomain);
		Api.Reply asked = this.stores.saveStore(seller, StoreClient.profile("Cloud Coat " + suffix, "cloud-" + suffix));
		assertThat(asked.json().get("profileChange").get("status").asString()).as(asked.toString())
			.isEqualTo("PENDING");
		Pages sellerPages = sellerPages(seller);
		for (String[] language : LANGUAGES) {
			Pages.Page page = sellerPages.get("/seller/store", language);
			assertThat(page.body()).contains("Cloud Coat " + suffix, "/stores/cloud-" + suffix,
					language[1].equals("en") ? "Being reviewed" : "审核中");
			assertThat(UntranslatedText.problems(UntranslatedText.readable(page.body()))).as(language[1]).isEmpty();
		}

		ReviewerClient reviewer = new ReviewerClient(this.api, this.staff.tokenFor("REVIEWER"));
		reviewer.approve(claim(reviewer, seller));
		await().atMost(StoreClient.WAIT)
			.until(() -> this.stores.myStore(seller).get("profileChange").get("status").asString(), "APPROVED"::equals);
		JsonNode store = this.stores.myStore(seller);
		assertThat(store.get("name").asString()).isEqualTo("Cloud Coat " + suffix);
		assertThat(store.get("domain").asString()).isEqualTo("cloud-" + suffix);
		assertThat(storefront("cloud-" + suffix).json().get("name").asString()).isEqualTo("Cloud Coat " + suffix);
		Api.Reply moved = storefront(oldDomain);
		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.header("Location")).endsWith("/api/v1/stores/cloud-" + suffix);

		// kaidian.store.old-domain-redirect: 90 days, then the old domain is nobody's
		this.clock.add(Duration.ofDays(89));
		assertThat(storefront(oldDomain).status()).isEqualTo(301);
		this.clock.add(Duration.ofDays(2));
		assertThat(storefront(oldDomain).status()).isEqualTo(404);
	}

	@Test
	void R_STORE_1_beforeOpeningAChangeAppliesAtOnce() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.stores.readyForStore(seller, this.exams);
		String suffix = suffix();
		this.stores.savedStore(seller, "Leaf Tea " + suffix, "leaf-" + suffix);
		JsonNode changed = this.stores.savedStore(seller, "Bud Tea " + suffix, "bud-" + suffix);
		assertThat(changed.get("name").asString()).isEqualTo("Bud Tea " + suffix);
		assertThat(changed.get("domain").asString()).isEqualTo("bud-" + suffix);
		assertThat(changed.get("status").asString()).isEqualTo("SETUP");
		assertThat(changed.get("profileChange").isNull()).isTrue();
	}

	/** A seller whose store opened under this name and domain (R-OPEN-1). */
	private ApprovedSellers.Seller opened(String name, String domain) {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.stores.readyForStore(seller, this.exams);
		this.stores.savedStore(seller, name, domain);
		this.stores.bankAccountSet(seller);
		for (int i = 1; i <= 10; i++) {
			assertThat(this.stores.publish(seller, this.stores.createdProduct(seller, "商品 " + i)).status())
				.isEqualTo(200);
		}
		assertThat(this.stores.myStore(seller).get("status").asString()).isEqualTo("OPEN");
		return seller;
	}

	private Api.Reply storefront(String domain) {
		return this.api.get("/api/v1/stores/" + domain).send();
	}

	private static JsonNode claim(ReviewerClient reviewer, ApprovedSellers.Seller seller) {
		return await().atMost(StoreClient.WAIT)
			.ignoreExceptionsMatching((thrown) -> true)
			.until(() -> reviewer.claimCaseOf("STORE_CHANGE", seller.memberId()), java.util.Objects::nonNull);
	}

	private static Map<String, String> fields(JsonNode claimed) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		claimed.get("data").forEach((f) -> fields.put(f.get("name").asString(), f.get("value").asString()));
		return fields;
	}

	private static String mailTo(String email, String subject) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equalsIgnoreCase(email) && m.getSubject().equals(subject);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(StoreChangeReviewTests::content).findFirst().orElse("");
	}

	private static String content(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Pages sellerPages(ApprovedSellers.Seller seller) {
		return Pages.seller(baseUrl(), seller.email(), seller.password());
	}

	private Pages staffPages(StaffFixtures.Credentials login) {
		return Pages.staff(baseUrl(), login.email(), login.password());
	}

	private static String suffix() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
	}

}
