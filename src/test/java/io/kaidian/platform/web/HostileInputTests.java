package io.kaidian.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.platform.text.TextFields;
import io.kaidian.platform.text.TextKind;
import io.kaidian.support.Api;
import io.kaidian.support.DatabaseSnapshot;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static io.kaidian.platform.web.ProblemDetailsTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that used to answer {@code 500} or the container's HTML page now gets a specific
 * {@code 4xx} problem (ADR 0020), one test per kind.
 */
class HostileInputTests extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Outbox outbox;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
	}

	@Test
	void aNulInTheAnonymousSignInIs422NotAFailedQuery() {
		Api.Reply reply = this.api.post("/api/v1/sessions", Map.of("email", "root\u0000@kaidian.test", "password", "x"))
			.send();

		JsonNode body = assertProblem(reply, 422, "VALIDATION_FAILED");
		assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(body.get("errors").get(0).get("code").asString()).isEqualTo("TEXT_CONTROL_CHARACTER");
	}

	@Test
	void aNulInEachFieldOfARegistrationIsRefusedAllAtOnceAndNothingIsWritten() {
		Map<String, String> before = DatabaseSnapshot.settled(this.jdbc);
		Map<String, Object> seller = SellerFixtures.mainlandBody("a\u0000@kaidian.test", "+8613900000000");
		seller.put("firstName", "Xiao\u0000ming");
		seller.put("address", Map.of("province", "浙江省", "city", "杭\u0000州市", "line1", "x", "postalCode", "311121"));

		Api.Reply reply = this.api.post("/api/v1/sellers", seller).language("zh-CN").send();

		JsonNode body = assertProblem(reply, 422, "VALIDATION_FAILED");
		assertThat(body.get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("email", "firstName", "address.city");
		assertThat(body.get("errors").get(0).get("message").asString()).contains("控制字符");
		assertThat(DatabaseSnapshot.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aLoneSurrogateEscapedInJsonIsRefused() {
		Api.Reply reply = this.api.post("/api/v1/sessions", "{\"email\": \"a\\ud800@b.cn\", \"password\": \"x\"}")
			.send();

		JsonNode body = assertProblem(reply, 422, "VALIDATION_FAILED");
		assertThat(body.get("errors").get(0).get("code").asString()).isEqualTo("TEXT_INVALID_CHARACTER");
	}

	@Test
	void freeTextKeepsItsLineBreaksButANameMayNot() {
		String operator = this.staff.operatorToken();
		String email = SellerFixtures.uniqueEmail();

		Api.Reply note = this.api
			.post("/api/v1/admin/region-exemptions",
					Map.of("email", email, "region", "HK", "note", "Agreed by phone.\nSee ticket 12."))
			.token(operator)
			.send();
		Api.Reply name = this.api
			.post("/api/v1/admin/staff", Map.of("email", "n-" + email, "password", "Long-enough-pass-1", "name",
					"Line\nbreak", "roles", List.of("REVIEWER")))
			.token(operator)
			.send();

		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		JsonNode refused = assertProblem(name, 422, "VALIDATION_FAILED");
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void scalarsOfTheWrongJsonTypeAre400NotConverted() {
		Api.Reply number = this.api.post("/api/v1/sessions", "{\"email\": 123, \"password\": \"x\"}").send();
		Api.Reply exponent = this.api.post("/api/v1/sessions", "{\"email\": \"root@kaidian.test\", \"password\": 1e40}")
			.send();
		Api.Reply bool = this.api.post("/api/v1/sessions", "{\"email\": true, \"password\": \"x\"}").send();
		Api.Reply text = this.api.put("/api/v1/admin/sales-plans/BASIC", "{\"productLimit\": \"5\"}")
			.token(this.staff.operatorToken())
			.send();
		Api.Reply fraction = this.api.put("/api/v1/admin/sales-plans/BASIC", "{\"productLimit\": 1.5}")
			.token(this.staff.operatorToken())
			.send();

		assertField(assertProblem(number, 400, "MALFORMED_REQUEST"), "email");
		assertField(assertProblem(exponent, 400, "MALFORMED_REQUEST"), "password");
		assertField(assertProblem(bool, 400, "MALFORMED_REQUEST"), "email");
		assertField(assertProblem(text, 400, "MALFORMED_REQUEST"), "productLimit");
		assertField(assertProblem(fraction, 400, "MALFORMED_REQUEST"), "productLimit");
	}

	@Test
	void aCompanyNameSentAsANumberIs400() {
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		String token = sellers.signIn(sellers.register());

		Api.Reply reply = this.api
			.put("/api/v1/me/identity", "{\"subjectType\": \"INDIVIDUAL_BUSINESS\", \"companyName\": 123}")
			.token(token)
			.send();

		assertField(assertProblem(reply, 400, "MALFORMED_REQUEST"), "companyName");
	}

	@Test
	void aWrongTypeOfPathOrQueryParameterNamesTheParameterNotTheBody() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		Api.Reply path = this.api.get("/api/v1/review/cases/not-a-uuid").token(reviewer).send();
		Api.Reply query = this.api.get("/api/v1/admin/calendar?year=twenty").token(this.staff.operatorToken()).send();
		Api.Reply missing = this.api.get("/api/v1/review/cases").token(reviewer).send();

		JsonNode pathProblem = assertProblem(path, 400, "PARAMETER_INVALID");
		assertField(pathProblem, "caseId");
		assertThat(pathProblem.get("detail").asString()).contains("caseId").doesNotContain("body", "JSON");
		assertThat(assertProblem(query, 400, "PARAMETER_INVALID").get("detail").asString()).contains("year");
		assertField(assertProblem(missing, 400, "PARAMETER_INVALID"), "queue");
	}

	@Test
	void anUnknownItemKindIs400AndAKnownOneListsItsReasons() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		Api.Reply unknown = this.api.get("/api/v1/review/reasons?itemKind=PASSPORT").token(reviewer).send();
		Api.Reply known = this.api.get("/api/v1/review/reasons?itemKind=ID_FRONT").token(reviewer).send();

		assertField(assertProblem(unknown, 400, "PARAMETER_INVALID"), "itemKind");
		assertThat(known.status()).isEqualTo(200);
		assertThat(known.json().valueStream().map((reason) -> reason.get("itemKinds").toString())).isNotEmpty()
			.allSatisfy((kinds) -> assertThat(kinds).contains("ID_FRONT"));
	}

	@Test
	void a422WhoseCodeHasNoTextOfItsOwnStillHasADetail() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		Api.Reply reply = this.api.get("/api/v1/review/cases?queue=IDENTITY&status=SOMETIME").token(reviewer).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void aMultipartBodyWithoutBoundaryIs400OnTheApiAndOnThePages() throws Exception {
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		String token = sellers.signIn(sellers.register());

		HttpResponse<String> api = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/identity/documents/ID_FRONT"))
					.PUT(HttpRequest.BodyPublishers.ofString("garbage"))
					.header("Content-Type", "multipart/form-data")
					.header("Authorization", "Bearer " + token));
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/seller/identity/documents/ID_FRONT"))
					.POST(HttpRequest.BodyPublishers.ofString("garbage"))
					.header("Content-Type", "multipart/form-data")
					.header("Accept", "text/html"));

		assertProblem(new Api.Reply(api), 400, "MULTIPART_MALFORMED");
		assertProblem(new Api.Reply(page), 400, "MULTIPART_MALFORMED");
	}

	@Test
	void aMultipartBodyCutOffIs400() throws Exception {
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		String token = sellers.signIn(sellers.register());

		HttpResponse<String> reply = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/identity/documents/ID_FRONT"))
					.PUT(HttpRequest.BodyPublishers.ofString(
							"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc"))
					.header("Content-Type", "multipart/form-data; boundary=xyz")
					.header("Authorization", "Bearer " + token));

		assertProblem(new Api.Reply(reply), 400, "MULTIPART_MALFORMED");
	}

	@Test
	void aMalformedLanguageCookieIsIgnored() {
		Pages pages = new Pages(baseUrl());

		Pages.Page page = pages.get("/sign-in", "Cookie", "kaidian-lang=zz_%%%__x");
		Pages.Page chinese = pages.get("/sign-in", "Cookie", "kaidian-lang=zz_%%%__x", "Accept-Language", "zh-CN");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"en\"");
		assertThat(chinese.status()).isEqualTo(200);
		assertThat(chinese.body()).contains("lang=\"zh-CN\"");
	}

	@Test
	void hostileTextInAPageFormIs422AndTheErrorPageInTheLanguage() {
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in");

		Pages.Page page = pages.post("/sign-in", Map.of("email", "root@kaidian.test\u0000", "password", "x"),
				"Accept-Language", "zh-CN");

		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("包含不允许的字符").doesNotContain("Exception");
	}

	/**
	 * Every form field of the pages, as the templates name them, on the page route that
	 * takes it: control characters are refused in each, invisible characters and markup
	 * in names and addresses; free-text notes keep their line breaks.
	 */
	@Test
	void everyPageFormFieldIsPolicedLikeItsKind() {
		Map<String, String> routes = Map.ofEntries(Map.entry("email", "/register/email"),
				Map.entry("password", "/register/details"), Map.entry("firstName", "/register/details"),
				Map.entry("lastName", "/register/details"), Map.entry("chineseName", "/register/details"),
				Map.entry("region", "/register/details"), Map.entry("province", "/register/details"),
				Map.entry("city", "/register/details"), Map.entry("line1", "/register/details"),
				Map.entry("postalCode", "/register/details"), Map.entry("phone", "/register/phone"),
				Map.entry("code", "/register/phone/code"), Map.entry("companyName", "/seller/identity"),
				Map.entry("personName", "/seller/identity"), Map.entry("creditCode", "/seller/identity"),
				Map.entry("personIdNumber", "/seller/identity"),
				Map.entry("brands[0].name", "/seller/application/brands"),
				Map.entry("brands[0].owner", "/seller/application/brands"),
				Map.entry("brands[0].trademarkNumber", "/seller/application/brands"),
				Map.entry("businessScope", "/seller/application/scope"),
				Map.entry("categories", "/seller/application/categories"),
				Map.entry("notes[DATA|WRONG_FORMAT]",
						"/staff/review/cases/" + java.util.UUID.randomUUID() + "/decision"),
				Map.entry("dataField", "/staff/review/cases/" + java.util.UUID.randomUUID() + "/decision"));
		Set<String> namesAndAddresses = Set.of("firstName", "lastName", "chineseName", "province", "city", "line1",
				"postalCode", "companyName", "personName", "brands[0].name", "brands[0].owner");
		Map<String, String> before = DatabaseSnapshot.settled(this.jdbc);
		List<String> failures = new java.util.ArrayList<>();
		routes.forEach((field, route) -> {
			List<String> hostile = new java.util.ArrayList<>(List.of("a\u0000b", "a\u202Eb"));
			if (namesAndAddresses.contains(field)) {
				hostile.addAll(List.of("Wang\u200BXiaoming", "<b>Wang</b>"));
			}
			for (String value : hostile) {
				Pages.Page page = new Pages(baseUrl()).post(route, Map.of(field, value), "Accept-Language", "zh-CN");
				if (page.status() != 422 || !page.body().contains("包含不允许的字符")) {
					failures.add(field + " " + HostileInputWalkTests.printable(value) + " on " + route + " -> "
							+ page.status());
				}
			}
		});
		Api.Reply note = this.api.get("/api/v1/business-scopes?note=" + "first%0Asecond").send();

		assertThat(failures).isEmpty();
		assertThat(DatabaseSnapshot.of(this.jdbc)).isEqualTo(before);
		assertThat(TextFields.kindOf("notes[DATA|WRONG_FORMAT]")).isEqualTo(TextKind.MULTI_LINE);
		assertThat(note.status()).isEqualTo(200);
	}

	@Test
	void traceIs405ProblemDetailsAndEchoesNothing() throws Exception {
		for (String path : List.of("/api/v1/sessions", "/sign-in", "/no-such-page")) {
			HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.method("TRACE", HttpRequest.BodyPublishers.noBody())
				.header("X-Secret", "trace-me-back"));

			JsonNode body = assertProblem(new Api.Reply(reply), 405, "METHOD_NOT_ALLOWED");
			assertThat(body.get("detail").asString()).contains("TRACE");
			assertThat(reply.body()).doesNotContain("trace-me-back");
		}
	}

	@Test
	void anEncodedSlashIsProblemDetailsNotTheContainersPage() throws Exception {
		HttpResponse<String> reply = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/admin/sellers/a%2Fb/history")).GET());

		assertProblem(new Api.Reply(reply), 400, "REQUEST_INVALID");
		assertThat(reply.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
	}

	@Test
	void oversizedHeadersAreProblemDetailsNotTheContainersPage() throws Exception {
		HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/sales-plans"))
			.header("X-Big", "a".repeat(20_000)));

		assertProblem(new Api.Reply(reply), 400, "REQUEST_INVALID");
		assertThat(reply.body()).doesNotContainIgnoringCase("tomcat");
	}

	@Test
	void aNulInAHeaderIsProblemDetailsNotTheContainersPage() throws IOException {
		String answer = raw("GET /api/v1/sales-plans HTTP/1.1\r\nHost: localhost\r\nX-A: a\u0000b\r\n"
				+ "Connection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 400")
			.contains("application/problem+json", "\"code\":\"REQUEST_INVALID\"")
			.doesNotContainIgnoringCase("tomcat");
	}

	@Test
	void aNulInAQueryParameterIs422NotAFailedQuery() {
		Api.Reply reply = this.api.get("/api/v1/admin/outbox?to=a%00b").token(this.staff.operatorToken()).send();

		JsonNode body = assertProblem(reply, 422, "VALIDATION_FAILED");
		assertField(body, "to");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", URI.create(baseUrl()).getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertField(JsonNode problem, String field) {
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString())).contains(field);
	}

}
