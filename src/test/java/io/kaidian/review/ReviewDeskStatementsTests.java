package io.kaidian.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review desk's HTTP path stays lean (docs/benchmarks.md, "Review: claim and
 * decide"): one claim and one decision over HTTP, with a bearer token, as the load test
 * runs them, send at most ten statements to the database between them.
 */
class ReviewDeskStatementsTests extends IntegrationTest {

	/** The budget of one claim and one decision (pgbench runs the same cycle in four). */
	static final int BUDGET = 10;

	@Autowired
	ReviewDesk reviews;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void drainTheQueue() {
		// other tests' leftovers must not be claimed here
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
	}

	@Test
	void aClaimAndADecisionOverHttpSendAtMostTenStatements() {
		String reviewer = new StaffFixtures(this.api).tokenFor("REVIEWER");
		UUID opened = open("identity:" + UUID.randomUUID());
		// the seller has another case, due later
		this.clock.add(Duration.ofMinutes(1));
		open("identity:" + UUID.randomUUID());

		Api.Reply claimed = this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "")
			.token(reviewer)
			.header(StatementCounter.HEADER, "claim-" + opened)
			.send();
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
		assertThat(claimed.json().get("caseId").asString()).isEqualTo(opened.toString());
		Api.Reply decided = this.api
			.post("/api/v1/review/cases/" + opened + "/decision",
					Map.of("outcome", "APPROVE", "version", claimed.json().get("version").asLong()))
			.token(reviewer)
			.header(StatementCounter.HEADER, "decide-" + opened)
			.send();
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		assertThat(decided.json().get("outcome").asString()).isEqualTo("APPROVED");

		List<String> claim = StatementCounter.statements("claim-" + opened);
		List<String> decide = StatementCounter.statements("decide-" + opened);
		List<String> cycle = new ArrayList<>(claim);
		cycle.addAll(decide);
		assertThat(cycle)
			.as("claim %d + decide %d statements:%n%s", claim.size(), decide.size(), String.join("\n", cycle))
			.hasSizeLessThanOrEqualTo(BUDGET);
	}

	private UUID open(String subjectRef) {
		return this.reviews
			.open(new ReviewDesk.OpenCase(Queue.IDENTITY, subjectRef, UUID.randomUUID(), "cn00000000004711",
					new ReviewSubject(List.of(new ReviewSubject.Field("personName", "王小明")),
							List.of(new ReviewSubject.Document("ID_FRONT", "/api/v1/review/documents/x", "NEW"),
									new ReviewSubject.Document("ID_BACK", "/api/v1/review/documents/y", "NEW")),
							List.of(new ReviewSubject.Flag("ID_NUMBER_CHECKSUM", true, null)), List.of(), List.of())))
			.id();
	}

}
