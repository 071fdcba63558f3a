package io.kaidian.screening;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-REG-5: several instances may run; a change an operator makes through one reaches the
 * others without a restart, at their first check after the refresh interval. The other
 * instance is a second {@link Screening} over the same database and the same clock.
 */
class ScreeningRefreshTests extends IntegrationTest {

	@Autowired
	Screening screening;

	@Autowired
	ScreeningTerms terms;

	@Autowired
	ScreeningProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theServiceSplitsRunTogetherWordsAsScreeningOfDoes() {
		// benchmarks and the evaluation set use Screening.of: they must measure the
		// service's settings
		assertThat(this.properties.segmentation()).isEqualTo(ScreeningProperties.Segmentation.DEFAULTS);
		assertThat(this.screening.check("replicawatches", ScreeningContext.EMAIL_LOCAL_PART).passed()).isFalse();
	}

	@Test
	void R_REG_5_anotherInstanceCatchesANewTermAfterTheRefreshInterval() {
		Screening otherInstance = new Screening(this.terms, this.properties.refreshInterval(),
				this.properties.segmentation(), this.clock);
		String brand = "Vex" + ScreeningTermsApiTests.letters(6);
		String text = "ＢＥＳＴ " + brand.toUpperCase() + " STORE";
		assertThat(otherInstance.check(text, ScreeningContext.STORE_NAME).passed()).isTrue();
		StaffFixtures staff = new StaffFixtures(this.api);
		String operator = staff.operatorToken();

		Api.Reply added = this.api.post(ScreeningTermsApiTests.TERMS, Map.of("term", brand, "list", "PROTECTED_BRAND"))
			.token(operator)
			.send();
		assertThat(added.status()).as(added.toString()).isEqualTo(201);

		assertThat(this.screening.check(text, ScreeningContext.STORE_NAME).passed()).as("this instance").isFalse();
		this.clock.add(this.properties.refreshInterval().minusSeconds(1));
		assertThat(otherInstance.check(text, ScreeningContext.STORE_NAME).passed()).as("before the interval").isTrue();
		this.clock.add(Duration.ofSeconds(1));
		assertThat(otherInstance.check(text, ScreeningContext.STORE_NAME).passed()).as("after the interval").isFalse();

		this.api.delete(ScreeningTermsApiTests.TERMS + "/" + added.json().get("id").asString()).token(operator).send();
		assertThat(otherInstance.check(text, ScreeningContext.STORE_NAME).passed()).isFalse();
		this.clock.add(this.properties.refreshInterval());
		assertThat(otherInstance.check(text, ScreeningContext.STORE_NAME).passed()).isTrue();
	}

	@Test
	void R_REG_5_aTermWrittenStraightToTheDatabaseIsCaughtOnceTheVersionMoves() {
		String term = "Plo" + ScreeningTermsApiTests.letters(6);
		assertThat(this.screening.check(term, ScreeningContext.STORE_NAME).passed()).isTrue();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO screening_term (id, term, term_normalized, list, created_at) "
					+ "VALUES (:id, :term, lower(:term), 'PROHIBITED', now())")
			.param("id", id)
			.param("term", term)
			.update();
		try {
			this.clock.add(this.properties.refreshInterval().plusSeconds(1));
			assertThat(this.screening.check(term, ScreeningContext.STORE_NAME).passed()).as("the version has not moved")
				.isTrue();

			this.terms.changed(now());
			this.clock.add(this.properties.refreshInterval().plusSeconds(1));

			assertThat(this.screening.check(term, ScreeningContext.STORE_NAME).passed()).isFalse();
		}
		finally {
			this.jdbc.sql("DELETE FROM screening_term WHERE id = :id").param("id", id).update();
			this.terms.changed(now());
		}
	}

	@Test
	void theRefreshIntervalComesFromTheSettings() {
		assertThat(this.properties.refreshInterval()).isEqualTo(Duration.ofSeconds(30));
	}

}
