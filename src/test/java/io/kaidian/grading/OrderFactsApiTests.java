package io.kaidian.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order facts in bulk through the API (API.md, "Grading"): idempotent by order, changes
 * kept as history, partial acceptance, integration credentials issued and revoked.
 */
class OrderFactsApiTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rGradeTheSameFactTwiceCountsOnceAndAChangedFactIsAnUpdateWithHistory() {
		String memberId = new SellerFixtures(this.api, mail, this.outbox).register().memberId();
		String operator = new StaffFixtures(this.api).operatorToken();
		String order = "order-" + UUID.randomUUID();
		Map<String, Object> fact = fact(order, memberId, "2026-10-03T10:00:00+08:00", null);

		JsonNode first = send(operator, List.of(fact, fact));
		assertThat(first.get("accepted").asInt()).isEqualTo(1);
		assertThat(first.get("duplicates").asInt()).isEqualTo(1);
		JsonNode again = send(operator, List.of(fact));
		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(1);

		JsonNode changed = send(operator, List.of(fact(order, memberId, "2026-10-03T10:00:00+08:00", "NEGATIVE")));
		assertThat(changed.get("accepted").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM order_fact WHERE order_id = :o")
			.param("o", order)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT feedback, revision FROM order_fact WHERE order_id = :o")
			.param("o", order)
			.query((rs, row) -> rs.getInt(1) + "/" + rs.getInt(2))
			.single()).isEqualTo("-1/2");
		assertThat(this.jdbc.sql("SELECT feedback IS NULL FROM order_fact_history WHERE order_id = :o")
			.param("o", order)
			.query(Boolean.class)
			.list()).containsExactly(true);
	}

	@Test
	void rGradeUnknownMerchantsAndImpossibleDatesAreListedAndTheRestIsTaken() {
		String memberId = new SellerFixtures(this.api, mail, this.outbox).register().memberId();
		String operator = new StaffFixtures(this.api).operatorToken();
		List<Map<String, Object>> facts = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			facts.add(fact("bulk-" + UUID.randomUUID(), memberId, "2026-09-0" + (1 + i % 9) + "T08:00:00Z",
					i % 2 == 0 ? "POSITIVE" : null));
		}
		facts.add(fact("o-unknown", "KD00000000000", "2026-09-01T08:00:00Z", null));
		facts.add(fact("o-feb30", memberId, "2026-02-30T08:00:00Z", null));
		facts.add(fact("o-future", memberId, "2099-01-01T08:00:00Z", null));

		JsonNode answer = send(operator, facts);

		assertThat(answer.get("accepted").asInt()).isEqualTo(10_000);
		assertThat(answer.get("rejected").asInt()).isEqualTo(3);
		List<String> rejections = new ArrayList<>();
		answer.get("rejections")
			.forEach((r) -> rejections
				.add(r.get("orderId").asString() + ":" + r.get("field").asString() + ":" + r.get("code").asString()));
		assertThat(rejections).containsExactlyInAnyOrder("o-unknown:memberId:MERCHANT_UNKNOWN",
				"o-feb30:completedAt:DATE_IMPOSSIBLE", "o-future:completedAt:DATE_IMPOSSIBLE");
	}

	@Test
	void rGradeAnIssuedCredentialMayIngestUntilRevokedAndNeverActsAsAnOperator() {
		String memberId = new SellerFixtures(this.api, mail, this.outbox).register().memberId();
		String operator = new StaffFixtures(this.api).operatorToken();
		Api.Reply issued = this.api.post("/api/v1/admin/integration-credentials", Map.of("name", "order system"))
			.token(operator)
			.send();
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		assertThat(this.jdbc.sql("SELECT count(*) FROM integration_credential WHERE token_hash LIKE :t")
			.param("t", "%" + token + "%")
			.query(Long.class)
			.single()).as("only a hash is kept").isZero();

		Api.Reply ingested = this.api
			.post("/api/v1/integration/order-facts",
					List.of(fact("c-" + UUID.randomUUID(), memberId, "2026-10-01T08:00:00Z", null)))
			.token(token)
			.send();
		assertThat(ingested.status()).as(ingested.toString()).isEqualTo(202);
		assertThat(this.api.get("/api/v1/integration/exposure-weights?since=2026-01-01T00:00:00Z")
			.token(token)
			.send()
			.status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/admin/grading/runs").token(token).send().status()).isEqualTo(403);

		String id = issued.json().get("credentialId").asString();
		assertThat(this.api.delete("/api/v1/admin/integration-credentials/" + id).token(operator).send().status())
			.isEqualTo(204);
		assertThat(this.api.post("/api/v1/integration/order-facts", List.of()).token(token).send().status())
			.isEqualTo(401);
	}

	@Test
	void rGradeABodyThatIsNotAnArrayIsMalformed() {
		String operator = new StaffFixtures(this.api).operatorToken();
		Api.Reply reply = this.api.post("/api/v1/integration/order-facts", "{\"orderId\": 1}").token(operator).send();
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
	}

	private JsonNode send(String token, List<Map<String, Object>> facts) {
		Api.Reply reply = this.api.post("/api/v1/integration/order-facts", facts).token(token).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
		return reply.json();
	}

	static Map<String, Object> fact(String orderId, String memberId, String completedAt, String feedback) {
		Map<String, Object> fact = new HashMap<>();
		fact.put("orderId", orderId);
		fact.put("memberId", memberId);
		fact.put("buyerId", "buyer-" + orderId);
		fact.put("completedAt", completedAt);
		fact.put("feedback", feedback);
		fact.put("sellerResponsibleDispute", false);
		fact.put("shippedLate", false);
		fact.put("cancelledBySeller", false);
		return fact;
	}

}
