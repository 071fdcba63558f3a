package io.kaidian.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Aliyun provider against a fake Dysmsapi endpoint on a local port: what it sends
 * (every parameter, a signature the server can verify on its own) and how it reads the
 * answers. The fake checks the signature with its own implementation of Alibaba's rules,
 * not with {@link AliyunSignature}.
 */
class AliyunSmsSenderTests {

	static final String SECRET = "kaidian-test-secret";

	static final String PHONE = "+8613800138000";

	static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	static final String OK = """
			{"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990"}""";

	HttpServer server;

	final List<Received> received = new CopyOnWriteArrayList<>();

	volatile int status = 200;

	volatile String answer = OK;

	@BeforeEach
	void startFakeAliyun() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	@AfterEach
	void stopFakeAliyun() {
		this.server.stop(0);
	}

	@Test
	void okSendsEveryParameterSigned() {
		sender()
			.send(SmsMessage.ofTemplate(PHONE, "verification-code", Map.of("code", "123456"), "Your code is 123456"));

		assertThat(this.received).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/");
			assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
			Map<String, String> parameters = request.parameters();
			assertThat(parameters).containsOnlyKeys("Action", "Version", "Format", "PhoneNumbers", "SignName",
					"TemplateCode", "TemplateParam", "AccessKeyId", "SignatureMethod", "SignatureVersion",
					"SignatureNonce", "Timestamp", "RegionId", "Signature");
			assertThat(parameters).containsEntry("Action", "SendSms")
				.containsEntry("Version", "2017-05-25")
				.containsEntry("Format", "JSON")
				.containsEntry("PhoneNumbers", "13800138000")
				.containsEntry("SignName", "凯店")
				.containsEntry("TemplateCode", "SMS_123456789")
				.containsEntry("TemplateParam", "{\"code\":\"123456\"}")
				.containsEntry("AccessKeyId", "LTAI-test-id")
				.containsEntry("SignatureMethod", "HMAC-SHA1")
				.containsEntry("SignatureVersion", "1.0")
				.containsEntry("Timestamp", "2026-11-25T02:00:00Z")
				.containsEntry("RegionId", "cn-hangzhou");
			assertThat(parameters.get("SignatureNonce")).isNotBlank();
			assertThat(parameters.get("Signature")).isEqualTo(signedByTheServer("POST", parameters, SECRET));
		});
	}

	@Test
	void everyRequestHasItsOwnNonce() {
		AliyunSmsSender sender = sender();
		SmsMessage message = SmsMessage.ofTemplate(PHONE, "verification-code", Map.of("code", "123456"), "123456");

		sender.send(message);
		sender.send(message);

		assertThat(this.received).hasSize(2);
		assertThat(this.received.get(0).parameters().get("SignatureNonce"))
			.isNotEqualTo(this.received.get(1).parameters().get("SignatureNonce"));
		assertThat(this.received).allSatisfy((request) -> assertThat(request.parameters().get("Signature"))
			.isEqualTo(signedByTheServer("POST", request.parameters(), SECRET)));
	}

	@Test
	void severalParametersAndANumberOutsideTheMainland() {
		sender().send(SmsMessage.ofTemplate("+85291234567", "review-result",
				Map.of("result", "通过 approved", "name", "A&B*"), "通过"));

		assertThat(this.received).singleElement().satisfies((request) -> {
			assertThat(request.parameters()).containsEntry("PhoneNumbers", "85291234567")
				.containsEntry("TemplateCode", "SMS_987654321")
				.containsEntry("TemplateParam", "{\"name\":\"A&B*\",\"result\":\"通过 approved\"}");
			assertThat(request.parameters().get("Signature"))
				.isEqualTo(signedByTheServer("POST", request.parameters(), SECRET));
		});
	}

	@Test
	void aRefusalCarriesTheVendorsCodeAndMessageButNotTheNumber() {
		this.answer = """
				{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"触发分钟级流控Permits:1","RequestId":"0A974B78-02BF-4C79-ADF3-90CFBA1B55B1"}""";

		assertThatExceptionOfType(SmsDeliveryException.class).isThrownBy(this::sendCode).satisfies((ex) -> {
			assertThat(ex.provider()).isEqualTo("aliyun");
			assertThat(ex.code()).isEqualTo("isv.BUSINESS_LIMIT_CONTROL");
			assertThat(ex.getMessage()).contains("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1",
					"0A974B78-02BF-4C79-ADF3-90CFBA1B55B1", Masking.phone(PHONE));
			assertThat(ex.getMessage()).doesNotContain("13800138000");
		});
	}

	@Test
	void aNumberQuotedByTheVendorIsMasked() {
		this.answer = """
				{"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"invalid number 13800138000","RequestId":"R-1"}""";

		assertThatExceptionOfType(SmsDeliveryException.class).isThrownBy(this::sendCode)
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("invalid number " + Masking.phone(PHONE))
				.doesNotContain("13800138000"));
	}

	@Test
	void anHttpErrorIsAFailure() {
		this.status = 500;
		this.answer = "Internal Server Error";

		assertThatExceptionOfType(SmsDeliveryException.class).isThrownBy(this::sendCode).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo("HTTP_500");
			assertThat(ex.getMessage()).contains("HTTP 500").doesNotContain("13800138000");
		});
	}

	@Test
	void anErrorAnswerWithABodyKeepsTheVendorsCode() {
		this.status = 400;
		this.answer = """
				{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation.","RequestId":"8906582E-6722-409A-A6C4-0E7863B733A5"}""";

		assertThatExceptionOfType(SmsDeliveryException.class).isThrownBy(this::sendCode)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("SignatureDoesNotMatch"));
	}

	@Test
	void aSuccessfulStatusWithoutTheExpectedBodyIsAFailure() {
		this.answer = "<html>captive portal</html>";

		assertThatExceptionOfType(SmsDeliveryException.class).isThrownBy(this::sendCode)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("MALFORMED_RESPONSE"));
	}

	@Test
	void anUnreachableEndpointIsAFailure() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		AliyunSmsSender sender = new AliyunSmsSender(properties(URI.create("http://127.0.0.1:" + closedPort + "/")),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatExceptionOfType(SmsDeliveryException.class)
			.isThrownBy(() -> sender.send(SmsMessage.ofTemplate(PHONE, "verification-code", Map.of("code", "1"), "1")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("UNREACHABLE"));
	}

	@Test
	void freeTextOrAnUnmappedTemplateIsRefusedBeforeAnythingIsSent() {
		AliyunSmsSender sender = sender();

		assertThatExceptionOfType(SmsDeliveryException.class)
			.isThrownBy(() -> sender.send(new SmsMessage(PHONE, "free text")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("TEMPLATE_REQUIRED"));
		assertThatExceptionOfType(SmsDeliveryException.class)
			.isThrownBy(() -> sender.send(SmsMessage.ofTemplate(PHONE, "welcome", Map.of(), "Welcome")))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("UNKNOWN_TEMPLATE");
				assertThat(ex.getMessage()).contains("kaidian.notification.sms.aliyun.templates.welcome");
			});
		assertThat(this.received).isEmpty();
	}

	private void sendCode() {
		sender().send(SmsMessage.ofTemplate(PHONE, "verification-code", Map.of("code", "123456"), "123456"));
	}

	private AliyunSmsSender sender() {
		URI endpoint = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
		return new AliyunSmsSender(properties(endpoint), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static AliyunSmsProperties properties(URI endpoint) {
		return new AliyunSmsProperties(endpoint, "LTAI-test-id", SECRET, "凯店", "cn-hangzhou",
				Map.of("verification-code", "SMS_123456789", "review-result", "SMS_987654321"), Duration.ofSeconds(2),
				Duration.ofSeconds(5));
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Content-Type"), parameters));
		byte[] answer = this.answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
		exchange.sendResponseHeaders(this.status, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	/**
	 * The server's side of the signature, written from Alibaba's description: the
	 * parameters but {@code Signature}, sorted, each name and value URL-encoded with
	 * {@code +} → {@code %20}, {@code *} → {@code %2A} and {@code %7E} → {@code ~}.
	 */
	static String signedByTheServer(String method, Map<String, String> parameters, String secret) {
		String canonical = parameters.entrySet()
			.stream()
			.filter((parameter) -> !parameter.getKey().equals("Signature"))
			.sorted(Map.Entry.comparingByKey())
			.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
			.collect(Collectors.joining("&"));
		String stringToSign = method + "&" + encode("/") + "&" + encode(canonical);
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	record Received(String method, String path, String contentType, Map<String, String> parameters) {
	}

}
