package io.kaidian.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A seller registers as R-REG-1…8 say (API.md, "Registration and sessions"). */
class SellerRegistrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	private SellerFixtures sellers;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void R_REG_1_and_2_aMainlandSellerRegistersWithEmailAndPhoneCodes() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email.toUpperCase(), phone.substring(3));
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));

		Api.Reply reply = this.api.post("/api/v1/sellers", body).send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode registered = reply.json();
		assertThat(registered.get("email").asString()).isEqualTo(email);
		assertThat(registered.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(MemberIds.wellFormed(registered.get("memberId").asString())).isTrue();
	}

	@Test
	void R_REG_8_codesAreStoredOnlyAsKeyedHashes() {
		String email = SellerFixtures.uniqueEmail();
		String code = this.sellers.emailCode(email);

		List<byte[]> hashes = this.jdbc.sql("SELECT code_hash FROM verification_code WHERE target = :target")
			.param("target", email)
			.query(byte[].class)
			.list();
		assertThat(hashes).singleElement().satisfies((hash) -> {
			assertThat(hash).hasSize(32);
			assertThat(new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(code);
		});
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :code")
			.param("code", "%" + code + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void R_REG_8_anotherCodeOnlyAfterSixtySeconds() {
		String email = SellerFixtures.uniqueEmail();
		this.sellers.emailCode(email);

		this.clock.add(Duration.ofSeconds(45));
		Api.Reply tooSoon = this.sellers.askCode("EMAIL", email);

		assertThat(tooSoon.status()).isEqualTo(429);
		assertThat(tooSoon.json().get("code").asString()).isEqualTo("CODE_RATE_LIMITED");
		assertThat(tooSoon.header("Retry-After")).isEqualTo("15");
		this.clock.add(Duration.ofSeconds(15));
		assertThat(this.sellers.askCode("EMAIL", email).status()).isEqualTo(202);
	}

	@Test
	void R_REG_8_atMostTenCodesPerTargetPerDay() {
		String phone = SellerFixtures.uniqueMobile();
		for (int i = 0; i < 10; i++) {
			assertThat(this.sellers.askCode("SMS", phone).status()).isEqualTo(202);
			this.clock.add(Duration.ofSeconds(61));
		}

		Api.Reply eleventh = this.sellers.askCode("SMS", phone);

		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(Long.parseLong(eleventh.header("Retry-After"))).isGreaterThan(Duration.ofHours(20).toSeconds());
		this.clock.add(Duration.ofDays(1));
		assertThat(this.sellers.askCode("SMS", phone).status()).isEqualTo(202);
	}

	@Test
	void R_REG_8_aCodeExpiresAfterTenMinutes() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));

		this.clock.add(Duration.ofMinutes(10));

		assertRefused(this.api.post("/api/v1/sellers", body).send(), "emailCode:CODE_EXPIRED",
				"phoneCode:CODE_EXPIRED");
	}

	@Test
	void R_REG_8_aCodeDiesAfterFiveWrongTries() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		String right = this.sellers.emailCode(email);
		String wrong = right.equals("000000") ? "111111" : "000000";
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("phoneCode", this.sellers.smsCode(phone));
		for (int i = 0; i < 5; i++) {
			body.put("emailCode", wrong);
			assertRefused(this.api.post("/api/v1/sellers", body).send(), "emailCode:CODE_INVALID");
		}

		body.put("emailCode", right);
		assertRefused(this.api.post("/api/v1/sellers", body).send(), "emailCode:CODE_TOO_MANY_ATTEMPTS");
	}

	@Test
	void R_REG_8_aNewerCodeKillsTheOlderOneAndACodeIsUsedOnce() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		String older = this.sellers.emailCode(email);
		this.clock.add(Duration.ofSeconds(60));
		String newer = this.sellers.emailCode(email);
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("phoneCode", this.sellers.smsCode(phone));

		if (!older.equals(newer)) {
			body.put("emailCode", older);
			assertRefused(this.api.post("/api/v1/sellers", body).send(), "emailCode:CODE_INVALID");
		}
		body.put("emailCode", newer);
		assertThat(this.api.post("/api/v1/sellers", body).send().status()).isEqualTo(201);
	}

	@Test
	void everyRuleFailureIsReportedAtOnceAndNothingIsWritten() {
		long sellersBefore = count("seller_account");
		long idsBefore = count("member_id_registry");
		Map<String, Object> body = SellerFixtures.mainlandBody("not-an-email", "+12025550123");
		body.put("password", "short");
		body.put("firstName", "王");
		body.put("chineseName", "");
		body.put("address", Map.of("city", "", "line1", "x", "postalCode", "12"));
		body.put("emailCode", "123456");
		body.put("phoneCode", "123456");

		Api.Reply reply = this.api.post("/api/v1/sellers", body).send();

		assertRefused(reply, "email:EMAIL_INVALID", "password:PASSWORD_TOO_SHORT", "firstName:ENGLISH_NAME_INVALID",
				"chineseName:REQUIRED", "phone:PHONE_NOT_MAINLAND_MOBILE", "address.province:REQUIRED",
				"address.city:REQUIRED", "address.postalCode:POSTAL_CODE_INVALID");
		assertThat(reply.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(count("seller_account")).isEqualTo(sellersBefore);
		assertThat(count("member_id_registry")).isEqualTo(idsBefore);
	}

	@Test
	void messagesOfViolationsFollowTheLanguage() {
		Map<String, Object> body = SellerFixtures.mainlandBody(SellerFixtures.uniqueEmail(),
				SellerFixtures.uniqueMobile());
		body.put("emailCode", "123456");
		body.put("phoneCode", "123456");

		Api.Reply reply = this.api.post("/api/v1/sellers", body).language("zh-CN").send();

		assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("验证码不正确。请检查，或重新获取。");
	}

	@Test
	void R_REG_1_anEmailIsTakenCaseInsensitivelyAndUnicodeNormalised() throws Exception {
		SellerFixtures.Registered first = this.sellers.register();
		String fullWidth = first.email().toUpperCase().replace("SELLER", "ＳＥＬＬＥＲ");

		int before = mail.getReceivedMessages().length;
		this.clock.add(Duration.ofSeconds(61));

		Api.Reply reply = this.sellers.askCode("EMAIL", fullWidth);

		// the same 202 as for a new email (ADR 0021); the registered address is told it
		// has
		// an account instead of getting a code
		assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
		MimeMessage notice = mail.getReceivedMessages()[before];
		assertThat(notice.getAllRecipients()[0].toString()).isEqualTo(first.email());
		assertThat(notice.getSubject()).isEqualTo("You already have a Kaidian account");
		assertThat(GreenMailUtil.getBody(notice)).doesNotContainPattern("\\b\\d{6}\\b");
	}

	@Test
	void R_REG_2_aPhoneBelongsToOneLiveAccount() {
		SellerFixtures.Registered first = this.sellers.register();
		String email = SellerFixtures.uniqueEmail();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, first.phone());
		body.put("emailCode", this.sellers.emailCode(email));
		this.clock.add(Duration.ofMinutes(1));
		body.put("phoneCode", this.sellers.smsCode(first.phone()));

		assertRefused(this.api.post("/api/v1/sellers", body).send(), "phone:PHONE_TAKEN");
	}

	@Test
	void R_REG_4_memberIdsAreReadableRandomAndNeverChanged() {
		SellerFixtures.Registered one = this.sellers.register();
		SellerFixtures.Registered two = this.sellers.register();

		assertThat(one.memberId()).matches("cn\\d{14}").isNotEqualTo(two.memberId());
		assertThat(Math.abs(Long.parseLong(one.memberId().substring(2)) - Long.parseLong(two.memberId().substring(2))))
			.isGreaterThan(1);
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE seller_account SET member_id = :other WHERE member_id = :id")
			.param("other", "cn00000000000000")
			.param("id", one.memberId())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("R-REG-4");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM member_id_registry WHERE member_id = :id")
			.param("id", one.memberId())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("R-REG-4");
	}

	@Test
	void R_REG_6_onlyMainlandSellersUnlessTheOperatorAgreed() {
		String email = SellerFixtures.uniqueEmail();
		String phone = "+85251234567";
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("region", "HK");
		body.remove("chineseName");
		body.put("address", Map.of("city", "Hong Kong", "line1", "1 Queen's Road Central"));
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));

		assertRefused(this.api.post("/api/v1/sellers", body).send(), "region:REGION_NOT_ALLOWED");

		Api.Reply exemption = this.api
			.post("/api/v1/admin/region-exemptions", Map.of("email", email, "region", "HK", "note", "agreed 2026-11"))
			.token(new StaffFixtures(this.api).operatorToken())
			.send();
		assertThat(exemption.status()).as(exemption.toString()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/sellers", body).send().status()).isEqualTo(201);
	}

	@Test
	void R_REG_3_theEnglishNameMustBeThePinyinOfTheChineseName() {
		Map<String, Object> body = SellerFixtures.mainlandBody(SellerFixtures.uniqueEmail(),
				SellerFixtures.uniqueMobile());
		body.put("chineseName", "曾小明");
		body.put("firstName", "Xiaohong");
		body.put("lastName", "Zeng");
		body.put("emailCode", "123456");
		body.put("phoneCode", "123456");

		Api.Reply reply = this.api.post("/api/v1/sellers", body).send();

		assertThat(reply.json().get("errors").valueStream().map((e) -> e.get("code").asString()))
			.contains("PINYIN_MISMATCH");
		JsonNode mismatch = reply.json()
			.get("errors")
			.valueStream()
			.filter((e) -> e.get("code").asString().equals("PINYIN_MISMATCH"))
			.findFirst()
			.orElseThrow();
		assertThat(mismatch.get("message").asString()).contains("Xiaoming");
	}

	@Test
	void R_REG_3_aPolyphonicSurnameRegistersWithEitherReading() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("chineseName", "曾小明");
		body.put("firstName", "Xiao Ming");
		body.put("lastName", "ceng");
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));

		assertThat(this.api.post("/api/v1/sellers", body).send().status()).isEqualTo(201);
	}

	@Test
	void R_REG_5_theEmailMustNotCarryAProtectedBrandOrProhibitedTerm() {
		Api.Reply reply = registerWithEmail("ｎ.i.k.e.store@kaidian.test");

		JsonNode hit = emailViolation(reply);
		assertThat(hit.get("code").asString()).isEqualTo("PROTECTED_BRAND");
		assertThat(hit.get("message").asString()).containsIgnoringCase("nike");
	}

	@Test
	void R_REG_5_aRunTogetherEmailHoldingATermIsRefused() {
		Api.Reply reply = registerWithEmail("replicawatches@example.com");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		JsonNode hit = emailViolation(reply);
		assertThat(hit.get("code").asString()).isEqualTo("PROHIBITED_TERM");
		assertThat(hit.get("message").asString()).contains("replica");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM login_email WHERE email_normalized = 'replicawatches@example.com'")
					.query(Long.class)
					.single())
			.isZero();
	}

	@Test
	void R_REG_5_aRunTogetherEmailOfCleanWordsRegisters() {
		// essexflowersseller.N: essex + flowers + seller, no "sex"
		String email = "essexflowers" + SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));

		Api.Reply reply = this.api.post("/api/v1/sellers", body).send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().get("email").asString()).isEqualTo(email);
	}

	@Test
	void R_REG_2_aCommonPasswordIsRefused() {
		Map<String, Object> body = SellerFixtures.mainlandBody(SellerFixtures.uniqueEmail(),
				SellerFixtures.uniqueMobile());
		body.put("password", "Password2024!");
		body.put("emailCode", "123456");
		body.put("phoneCode", "123456");

		Api.Reply reply = this.api.post("/api/v1/sellers", body).send();

		assertThat(reply.json()
			.get("errors")
			.valueStream()
			.map((e) -> e.get("field").asString() + ":" + e.get("code").asString())).contains("password:WEAK_PASSWORD");
	}

	@Test
	void concurrentRegistrationsOfOneEmailMakeExactlyOneAccount() throws Exception {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));
		int threads = 32;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> futures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			for (int i = 0; i < threads; i++) {
				Callable<Integer> call = () -> {
					start.await();
					return new Api(baseUrl()).post("/api/v1/sellers", body).send().status();
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn((status) -> status != 201).containsOnly(409);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM seller_account WHERE email_normalized = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void malformedJsonIs400() {
		Api.Reply reply = this.api.post("/api/v1/sellers", "{\"email\": [").send();

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void theSellerSignsInAndSeesItsAccountAndChecklist() {
		SellerFixtures.Registered seller = this.sellers.register();
		String token = this.sellers.signIn(seller);

		JsonNode me = this.api.get("/api/v1/me").token(token).send().json();
		assertThat(me.get("memberId").asString()).isEqualTo(seller.memberId());
		assertThat(me.get("email").asString()).isEqualTo(seller.email());
		assertThat(me.get("firstName").asString()).isEqualTo("Xiaoming");
		assertThat(me.get("phone").asString()).isEqualTo(seller.phone());
		assertThat(me.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(me.get("registeredAt").asString()).isNotBlank();

		JsonNode checklist = this.api.get("/api/v1/me/onboarding").token(token).send().json();
		assertThat(checklist.get("stage").asString()).isEqualTo("IDENTITY");
		List<String> keys = checklist.get("requirements").valueStream().map((r) -> r.get("key").asString()).toList();
		assertThat(keys).containsExactly("ACCOUNT", "IDENTITY", "APPLICATION", "FEES", "EXAM", "STORE_PROFILE",
				"COLLECTION_ACCOUNT", "PRODUCTS");
		JsonNode requirements = checklist.get("requirements");
		assertThat(requirements.get(0).get("state").asString()).isEqualTo("DONE");
		assertThat(requirements.get(1).get("state").asString()).isEqualTo("DUE");
		assertThat(requirements.get(2).get("state").asString()).isEqualTo("BLOCKED");
		assertThat(requirements.get(2).get("blockedBy").get(0).asString()).isEqualTo("IDENTITY");
		assertThat(requirements.get(5).get("blockedBy").valueStream().map(JsonNode::asString)).containsExactly("FEES",
				"EXAM");
	}

	@Test
	void staffCannotReachSellerPathsAndSellersCannotReachStaffPaths() {
		String seller = this.sellers.signIn(this.sellers.register());

		assertThat(this.api.get("/api/v1/admin/outbox").token(seller).send().status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/me").token(new StaffFixtures(this.api).operatorToken()).send().status())
			.isEqualTo(403);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	static void assertRefused(Api.Reply reply, String... fieldCodes) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + ":" + error.get("code").asString()))
			.containsExactlyInAnyOrder(fieldCodes);
	}

	/**
	 * A registration with this email and codes that screening refuses before checking.
	 */
	private Api.Reply registerWithEmail(String email) {
		Map<String, Object> body = SellerFixtures.mainlandBody(email, SellerFixtures.uniqueMobile());
		body.put("emailCode", "123456");
		body.put("phoneCode", "123456");
		return this.api.post("/api/v1/sellers", body).send();
	}

	private static JsonNode emailViolation(Api.Reply reply) {
		return reply.json()
			.get("errors")
			.valueStream()
			.filter((e) -> e.get("field").asString().equals("email"))
			.findFirst()
			.orElseThrow();
	}

}
