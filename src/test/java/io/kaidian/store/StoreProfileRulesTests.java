package io.kaidian.store;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The store profile's rules (R-STORE-1, screening R-REG-5) and the payout account's
 * (R-STORE-2), over HTTP.
 */
class StoreProfileRulesTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	ExamFixtures exams;

	@Autowired
	JdbcClient jdbc;

	private ApprovedSellers sellers;

	private StoreClient stores;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.stores = new StoreClient(this.api, baseUrl());
	}

	@Test
	void R_STORE_1_aProtectedBrandNeedsItsApprovalAndAFullWidthDuplicateNameIsTaken() {
		ApprovedSellers.Seller first = ready();
		ApprovedSellers.Seller second = ready();
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

		// a general store approved no brand: a protected brand in its name is refused
		Api.Reply nike = this.stores.saveStore(first, StoreClient.profile("Nike女装 " + suffix, "sport-" + suffix));
		assertThat(nike.status()).as(nike.toString()).isEqualTo(422);
		assertThat(ApplicationClient.errors(nike)).containsExactly(entry("name", "PROTECTED_BRAND"));
		assertThat(this.api.get("/api/v1/me/store").token(first.token()).send().status()).isEqualTo(404);

		// the same name in full-width forms and other case reads alike: taken
		this.stores.savedStore(first, "Moon Dress " + suffix, "moon-" + suffix);
		String fullWidth = toFullWidth(("moon dress " + suffix).toUpperCase(java.util.Locale.ROOT));
		Api.Reply duplicate = this.stores.saveStore(second, StoreClient.profile(fullWidth, "other-" + suffix));
		assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
		assertThat(duplicate.json().get("code").asString()).isEqualTo("STORE_NAME_TAKEN");
		assertThat(ApplicationClient.fields(duplicate)).containsExactly("name");
		assertThat(this.api.get("/api/v1/me/store").token(second.token()).send().status()).isEqualTo(404);

		// the same domain is taken too
		Api.Reply sameDomain = this.stores.saveStore(second,
				StoreClient.profile("Sun Dress " + suffix, "moon-" + suffix));
		assertThat(sameDomain.status()).isEqualTo(409);
		assertThat(sameDomain.json().get("code").asString()).isEqualTo("DOMAIN_TAKEN");
	}

	@Test
	void R_STORE_1_domainsAreLowercaseLettersDigitsAndInnerHyphensAndNotReserved() {
		ApprovedSellers.Seller seller = ready();
		Map<String, String> refused = Map.of("admin", "DOMAIN_RESERVED", "www", "DOMAIN_RESERVED", "-moon",
				"DOMAIN_HYPHEN", "moon-", "DOMAIN_HYPHEN", "mo", "DOMAIN_LENGTH", "a".repeat(31), "DOMAIN_LENGTH",
				"Moon", "DOMAIN_CHARACTERS", "moon_shop", "DOMAIN_CHARACTERS", "月亮店", "DOMAIN_CHARACTERS");
		refused.forEach((domain, code) -> {
			Api.Reply reply = this.stores.saveStore(seller, StoreClient.profile("小月女装" + domain.length(), domain));
			assertThat(reply.status()).as(domain + " " + reply).isEqualTo(422);
			assertThat(ApplicationClient.errors(reply)).as(domain).containsExactly(entry("domain", code));
		});
		assertThat(this.api.get("/api/v1/me/store").token(seller.token()).send().status()).isEqualTo(404);

		String inner = "moon-light-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		assertThat(this.stores.savedStore(seller, "小月女装 " + inner, inner).get("domain").asString()).isEqualTo(inner);
	}

	@Test
	void R_STORE_1_sixteenRequestsRacingForOneDomainMakeOneStore() throws Exception {
		List<ApprovedSellers.Seller> racers = List.of(ready(), ready(), ready(), ready());
		String domain = "race-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Reply>> replies = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			ApprovedSellers.Seller racer = racers.get(i % racers.size());
			String name = "Race " + domain + " " + (i % racers.size());
			replies.add(pool.submit(() -> {
				start.await();
				return this.stores.saveStore(racer, StoreClient.profile(name, domain));
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (Future<Api.Reply> reply : replies) {
			Api.Reply answer = reply.get();
			statuses.add(answer.status());
			if (answer.status() != 200) {
				codes.add(answer.json().get("code").asString());
			}
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(200, 409);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM store WHERE domain = :domain")
			.param("domain", domain)
			.query(Integer.class)
			.single()).isEqualTo(1);
		long holders = racers.stream()
			.filter((r) -> this.api.get("/api/v1/me/store").token(r.token()).send().status() == 200)
			.count();
		assertThat(holders).isEqualTo(1);
		assertThat(codes).isNotEmpty().allMatch((c) -> List.of("DOMAIN_TAKEN", "STORE_EXISTS").contains(c));
	}

	@Test
	void R_STORE_2_thePayoutAccountIsInTheSubjectsNameCheckedEncryptedAndMasked() {
		ApprovedSellers.Seller seller = ready();
		String domain = "pay-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

		// before the store profile there is nothing to pay into
		Api.Reply early = this.stores.bankAccountSetReply(seller);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("code").asString()).isEqualTo("STORE_PROFILE_MISSING");
		this.stores.savedStore(seller, "小明茶铺 " + domain, domain);

		Api.Reply mismatch = this.stores.setPayout(seller,
				StoreClient.payout("BANK", "王小明", StoreClient.CARD, "中国工商银行"));
		assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(422);
		assertThat(ApplicationClient.errors(mismatch)).containsExactly(entry("accountName", "HOLDER_NAME_MISMATCH"));

		Api.Reply badDigit = this.stores.setPayout(seller,
				StoreClient.payout("BANK", "杭州小明茶业有限公司", "6222021234567890127", "中国工商银行"));
		assertThat(ApplicationClient.errors(badDigit))
			.containsExactly(entry("accountNumber", "BANK_NUMBER_CHECK_DIGIT"));
		Api.Reply tooShort = this.stores.setPayout(seller, StoreClient.payout("BANK", "杭州小明茶业有限公司", "12345", "中国工商银行"));
		assertThat(ApplicationClient.errors(tooShort)).containsExactly(entry("accountNumber", "BANK_NUMBER_LENGTH"));
		Api.Reply badType = this.stores.setPayout(seller, StoreClient.payout("PAYPAL", "杭州小明茶业有限公司", "a@b.cn", null));
		assertThat(ApplicationClient.errors(badType)).containsExactly(entry("type", "PAYOUT_TYPE_INVALID"));
		assertThat(this.api.get("/api/v1/me/collection-account").token(seller.token()).send().status()).isEqualTo(404);

		// in the company's name (full-width brackets and spaces aside): saved, masked
		Api.Reply saved = this.stores.setPayout(seller,
				StoreClient.payout("BANK", " 杭州小明茶业有限公司 ", "6222 0212 3456 7890 128", "中国工商银行"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("accountNumber").asString()).isEqualTo("****0128");
		assertThat(this.api.get("/api/v1/me/collection-account").token(seller.token()).send().text())
			.contains("****0128")
			.doesNotContain("622202123456789");
		byte[] stored = this.jdbc.sql("SELECT number_ciphertext FROM store_payout_account WHERE seller_id = :seller")
			.param("seller", this.exams.sellerId(seller.memberId()))
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("6222021234");
	}

	@Test
	void R_STORE_2_aPayoutChangeAfterOpeningIsConfirmedByTheCodeSentToThePhone() {
		ApprovedSellers.Seller seller = ready();
		String domain = "open-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		this.stores.savedStore(seller, "小明开店 " + domain, domain);
		this.stores.bankAccountSet(seller);
		for (int i = 1; i <= 10; i++) {
			assertThat(this.stores.publish(seller, this.stores.createdProduct(seller, "商品 " + i)).status())
				.isEqualTo(200);
		}
		assertThat(this.stores.myStore(seller).get("status").asString()).isEqualTo("OPEN");

		Map<String, Object> alipay = StoreClient.payout("ALIPAY", "杭州小明茶业有限公司", "finance@xiaoming.cn", null);
		Api.Reply asked = this.stores.setPayout(seller, alipay);
		assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
		assertThat(asked.json().get("code").asString()).isEqualTo("SMS_CODE_SENT");
		String sms = this.outbox.find(seller.phone())
			.stream()
			.filter((m) -> m.body().contains("payout account"))
			.findFirst()
			.orElseThrow()
			.body();
		String code = sms.replaceAll("(?s).*?(\\d{6}).*", "$1");
		assertThat(this.api.get("/api/v1/me/collection-account")
			.token(seller.token())
			.send()
			.json()
			.get("type")
			.asString()).isEqualTo("BANK");

		Map<String, Object> wrong = new java.util.LinkedHashMap<>(alipay);
		wrong.put("smsCode", code.equals("000000") ? "111111" : "000000");
		Api.Reply refused = this.stores.setPayout(seller, wrong);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(ApplicationClient.errors(refused)).containsExactly(entry("smsCode", "CODE_INVALID"));

		// the code confirms this account only, not another
		Map<String, Object> other = new java.util.LinkedHashMap<>(
				StoreClient.payout("ALIPAY", "杭州小明茶业有限公司", "other@xiaoming.cn", null));
		other.put("smsCode", code);
		assertThat(this.stores.setPayout(seller, other).status()).isEqualTo(422);

		Map<String, Object> confirmed = new java.util.LinkedHashMap<>(alipay);
		confirmed.put("smsCode", code);
		Api.Reply saved = this.stores.setPayout(seller, confirmed);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("type").asString()).isEqualTo("ALIPAY");
		assertThat(saved.json().get("accountNumber").asString()).isEqualTo("****g.cn");
	}

	private ApprovedSellers.Seller ready() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.stores.readyForStore(seller, this.exams);
		return seller;
	}

	private static String toFullWidth(String text) {
		StringBuilder wide = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (c == ' ') {
				wide.append('\u3000');
			}
			else if (c > 0x20 && c < 0x7F) {
				wide.appendCodePoint(c + 0xFEE0);
			}
			else {
				wide.appendCodePoint(c);
			}
		});
		return wide.toString();
	}

}
