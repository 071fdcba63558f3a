package io.kaidian.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.DatabaseSnapshot;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text policy reaches every text field of the API (ADR 0020): the test walks the
 * OpenAPI document, puts hostile text into each JSON text field in turn and expects
 * {@code 422} naming that field and the rule; and nothing is written.
 */
class HostileInputWalkTests extends IntegrationTest {

	/**
	 * Names and addresses by the policy's naming rules (TextFields). A text field the API
	 * gains must be added here or to {@link #OTHER_TEXT}, deciding its kind.
	 */
	private static final Set<String> NAMES_AND_ADDRESSES = Set.of("companyName", "personName", "brands.name",
			"brands.owner", "nameEn", "nameZh", "firstName", "lastName", "chineseName", "address.province",
			"address.city", "address.line1", "address.postalCode", "name", "accountName");

	/** Every other text field: one line of plain text, or free text where noted. */
	private static final Set<String> OTHER_TEXT = Set.of("creditCode", "personIdNumber", "businessScope", "categories",
			"brands.trademarkNumber", "annualFees.KEY", "deposit", "storeTypes", "upgrade.minSales", "itemKinds",
			"textEn", "textZh", "howToFixEn", "howToFixZh", "kind", "target", "email", "password", "emailCode", "phone",
			"phoneCode", "region", "reasons.field", "reasons.code", "reasons.message", "items.ref",
			"items.reasons.field", "items.reasons.code", "items.reasons.message", "roles", "term", "list", "memberId",
			"note", "code", "newPassword", "provider", "topic", "options.textEn", "options.textZh", "answers.KEY",
			"amount", "reason", "month", "domain", "brandOfficialUrl", "brandStory", "type", "accountNumber",
			"bankName", "smsCode", "title", "categoryCode", "brand");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Outbox outbox;

	private Map<String, String> tokens;

	@BeforeEach
	void callers() {
		this.tokens = AreaCallers.tokens(this.api, mail, this.outbox);
	}

	@Test
	void everyTextFieldOfTheApiHasADecidedKind() {
		ApiShapes shapes = ApiShapes.read(this.api);
		Set<String> fields = new TreeSet<>();
		for (ApiShapes.Operation operation : shapes.operations()) {
			if (operation.jsonBody() != null && !operation.path().startsWith("/api/v1/test/")) {
				shapes.textFields(operation.jsonBody()).forEach((field) -> fields.add(field.replace("[0]", "")));
			}
		}
		Set<String> decided = new TreeSet<>(NAMES_AND_ADDRESSES);
		decided.addAll(OTHER_TEXT);

		assertThat(fields).as("text fields of the API").isNotEmpty().isSubsetOf(decided);
	}

	@Test
	void hostileTextInAnyJsonFieldIs422NamingTheFieldAndTheRuleAndChangesNothing() {
		ApiShapes shapes = ApiShapes.read(this.api);
		Map<String, String> before = DatabaseSnapshot.settled(this.jdbc);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (ApiShapes.Operation operation : shapes.operations()) {
			if (operation.jsonBody() == null || operation.path().startsWith("/api/v1/test/")) {
				continue;
			}
			for (String field : shapes.textFields(operation.jsonBody())) {
				for (Map.Entry<String, String> hostile : hostileFor(field).entrySet()) {
					Object body = ApiShapes.replace(shapes.sample(operation.jsonBody()), field, hostile.getKey());
					Api.Reply reply = send(operation, body);
					sent++;
					String expected = field + " " + hostile.getValue();
					if (reply.status() != 422 || !reply.header("Content-Type").startsWith("application/problem+json")
							|| !errors(reply.json()).contains(expected)) {
						failures.add(operation + " " + expected + " (" + printable(hostile.getKey()) + ") -> " + reply);
					}
				}
			}
		}

		assertThat(sent).isGreaterThan(100);
		assertThat(failures).isEmpty();
		assertThat(DatabaseSnapshot.of(this.jdbc)).isEqualTo(before);
	}

	/**
	 * What must be refused in this field, and with which code: control characters and
	 * bidi overrides anywhere, invisible characters and markup in names and addresses.
	 */
	private static Map<String, String> hostileFor(String field) {
		Map<String, String> hostile = new LinkedHashMap<>();
		hostile.put("a\u0000b", "TEXT_CONTROL_CHARACTER");
		hostile.put("a\u001Bb", "TEXT_CONTROL_CHARACTER");
		hostile.put("a\u0085b", "TEXT_CONTROL_CHARACTER");
		hostile.put("abc\u202Egpj.exe", "TEXT_BIDI_OVERRIDE");
		hostile.put("a\u2066b\u2069", "TEXT_BIDI_OVERRIDE");
		hostile.put("a\uFFFFb", "TEXT_INVALID_CHARACTER");
		String bare = field.replace("[0]", "");
		if (NAMES_AND_ADDRESSES.contains(bare)) {
			hostile.put("Wang\u200BXiaoming", "TEXT_ZERO_WIDTH");
			hostile.put("Wang\uFEFF", "TEXT_ZERO_WIDTH");
			hostile.put("<img src=x onerror=alert(1)>", "TEXT_MARKUP");
			hostile.put("Tea &lt;b&gt; shop", "TEXT_MARKUP");
			hostile.put("line\nbreak", "TEXT_CONTROL_CHARACTER");
		}
		else if (!Set
			.of("textEn", "textZh", "howToFixEn", "howToFixZh", "note", "reasons.message", "items.reasons.message",
					"options.textEn", "options.textZh", "brandStory")
			.contains(bare)) {
			hostile.put("line\nbreak", "TEXT_CONTROL_CHARACTER");
		}
		return hostile;
	}

	private Api.Reply send(ApiShapes.Operation operation, Object body) {
		String path = operation.path();
		for (ApiShapes.Parameter parameter : operation.parameters()) {
			if (parameter.inPath()) {
				path = path.replace("{" + parameter.name() + "}", pathValue(parameter));
			}
		}
		Api.Call call = this.api.call(operation.method(), path, body);
		String token = tokenFor(operation.path());
		return token != null ? call.token(token).send() : call.send();
	}

	/** A path value of the right type, so that the body is what the request is about. */
	static String pathValue(ApiShapes.Parameter parameter) {
		return switch (parameter.schema().path("type").asString("string")) {
			case "integer" -> "0";
			default -> parameter.schema().path("format").asString("").equals("uuid") ? UUID.randomUUID().toString()
					: parameter.name().equals("date") ? "2031-01-02" : "X_TEST";
		};
	}

	String tokenFor(String path) {
		for (String area : List.of("admin", "review", "me")) {
			if (path.startsWith("/api/v1/" + area + "/") || path.equals("/api/v1/" + area)) {
				return this.tokens.get(area);
			}
		}
		return null;
	}

	private static Set<String> errors(JsonNode problem) {
		return problem.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + " " + error.get("code").asString())
			.collect(Collectors.toSet());
	}

	static String printable(String text) {
		return text.codePoints()
			.mapToObj((c) -> c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : Character.toString(c))
			.collect(Collectors.joining());
	}

}
