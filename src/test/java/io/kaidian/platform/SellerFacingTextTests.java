package io.kaidian.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What sellers and reviewers read, every message in both languages and every reason of
 * the review catalogue, names no rule number and no specification: those belong in tests,
 * logs and docs.
 */
class SellerFacingTextTests extends IntegrationTest {

	private static final Pattern REFERENCE = Pattern.compile("R-[A-Z]+-[0-9]|PRODUCT\\.md|API\\.md|docs/adr");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void noMessageInEitherLanguageCitesARuleOrTheSpecification() throws IOException {
		List<String> citing = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
			Properties messages = new Properties();
			try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
					StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			messages.forEach((key, text) -> {
				if (REFERENCE.matcher(text.toString()).find()) {
					citing.add(bundle + ": " + key);
				}
			});
		}
		assertThat(citing).isEmpty();
	}

	@Test
	void noReasonOfTheReviewCatalogueCitesARuleOrTheSpecification() {
		List<String> citing = this.jdbc.sql(
				"SELECT code || ': ' || text_en || ' / ' || text_zh || ' / ' || how_to_fix_en || ' / ' || how_to_fix_zh "
						+ "FROM review_reason")
			.query(String.class)
			.list()
			.stream()
			.filter((reason) -> REFERENCE.matcher(reason).find())
			.toList();
		assertThat(citing).isEmpty();
	}

}
