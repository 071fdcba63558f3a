package io.kaidian.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends text messages through Alibaba Cloud SMS: the Dysmsapi {@code SendSms} action of
 * API version 2017-05-25, an RPC-style request signed by {@link AliyunSignature} and
 * posted as a form with the JDK's HTTP client; no vendor SDK (docs/adr/0007). Aliyun
 * sends only templates approved in advance, so a message must name one of our templates,
 * which {@code kaidian.notification.sms.aliyun.templates} maps to an Aliyun template
 * code. Anything but {@code "Code": "OK"} in a 2xx answer is an
 * {@link SmsDeliveryException} carrying the vendor's code and message.
 */
final class AliyunSmsSender implements SmsSender {

	static final String PROVIDER = "aliyun";

	static final String ACTION = "SendSms";

	static final String VERSION = "2017-05-25";

	static final String METHOD = "POST";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Logger log = LoggerFactory.getLogger(AliyunSmsSender.class);

	private final URI endpoint;

	private final String accessKeyId;

	private final String accessKeySecret;

	private final String signName;

	private final String regionId;

	private final Map<String, String> templates;

	private final Duration readTimeout;

	private final Clock clock;

	private final HttpClient http;

	/**
	 * @param properties complete settings; the start-up fails with the missing ones named
	 * otherwise
	 * @param clock the service's clock, for the request's {@code Timestamp}
	 */
	AliyunSmsSender(AliyunSmsProperties properties, Clock clock) {
		var missing = properties.missing();
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"kaidian.notification.sms.provider is aliyun, but these settings are " + "missing or invalid: "
							+ String.join(", ", missing) + " (docs/guide/operations.md, \"SMS providers\")");
		}
		this.endpoint = Objects.requireNonNull(properties.endpoint());
		this.accessKeyId = Objects.requireNonNull(properties.accessKeyId());
		this.accessKeySecret = Objects.requireNonNull(properties.accessKeySecret());
		this.signName = Objects.requireNonNull(properties.signName());
		this.regionId = Objects.requireNonNull(properties.regionId());
		this.templates = properties.templates();
		this.readTimeout = Objects.requireNonNull(properties.readTimeout());
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Objects.requireNonNull(properties.connectTimeout()))
			.build();
	}

	@Override
	public void send(SmsMessage message) {
		String recipient = Masking.phone(message.to());
		Map<String, String> parameters = parameters(message, recipient);
		parameters.put(AliyunSignature.PARAMETER, AliyunSignature.sign(METHOD, parameters, this.accessKeySecret));
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(this.readTimeout)
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form(parameters), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = exchange(request, recipient);
		Reply reply = Reply.of(response.body());
		int status = response.statusCode();
		if (status >= 200 && status < 300 && "OK".equals(reply.code())) {
			log.debug("Aliyun accepted the SMS to {}: BizId {}, RequestId {}", recipient, reply.bizId(),
					reply.requestId());
			return;
		}
		String code = (reply.code() != null) ? reply.code()
				: (status >= 200 && status < 300) ? "MALFORMED_RESPONSE" : "HTTP_" + status;
		// the vendor's message might quote the number: it never reaches our logs whole
		String vendorMessage = Objects.toString(reply.message(), "").replace(parameters.get("PhoneNumbers"), recipient);
		throw new SmsDeliveryException(PROVIDER, code, "Aliyun refused the SMS to " + recipient + " (HTTP " + status
				+ "): " + code + " " + vendorMessage + " (RequestId " + reply.requestId() + ")");
	}

	/** The parameters of {@code SendSms} and the common ones, without the signature. */
	private Map<String, String> parameters(SmsMessage message, String recipient) {
		String template = message.template();
		if (template == null) {
			throw new SmsDeliveryException(PROVIDER, "TEMPLATE_REQUIRED", "Aliyun sends only approved templates, "
					+ "but the SMS to " + recipient + " names none (use SmsMessage.ofTemplate)");
		}
		String templateCode = this.templates.get(template);
		if (templateCode == null) {
			throw new SmsDeliveryException(PROVIDER, "UNKNOWN_TEMPLATE", "No Aliyun template code for template '"
					+ template + "': set " + AliyunSmsProperties.PREFIX + "templates." + template);
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Action", ACTION);
		parameters.put("Version", VERSION);
		parameters.put("Format", "JSON");
		parameters.put("RegionId", this.regionId);
		parameters.put("AccessKeyId", this.accessKeyId);
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureVersion", "1.0");
		parameters.put("SignatureNonce", UUID.randomUUID().toString());
		parameters.put("Timestamp", TIMESTAMP.format(this.clock.instant()));
		parameters.put("PhoneNumbers", phoneNumber(message.to()));
		parameters.put("SignName", this.signName);
		parameters.put("TemplateCode", templateCode);
		if (!message.parameters().isEmpty()) {
			parameters.put("TemplateParam",
					JsonMapper.shared().writeValueAsString(new TreeMap<>(message.parameters())));
		}
		return parameters;
	}

	/**
	 * Aliyun's form of a number: mainland China as the 11 digits alone, elsewhere the
	 * country code and the number, without {@code +} ({@code +85291234567} →
	 * {@code 85291234567}).
	 */
	static String phoneNumber(String e164) {
		String digits = e164.startsWith("+") ? e164.substring(1) : e164;
		return digits.startsWith("86") && digits.length() == 13 ? digits.substring(2) : digits;
	}

	private static String form(Map<String, String> parameters) {
		StringBuilder form = new StringBuilder();
		parameters.forEach((name, value) -> {
			if (!form.isEmpty()) {
				form.append('&');
			}
			form.append(AliyunSignature.percentEncode(name)).append('=').append(AliyunSignature.percentEncode(value));
		});
		return form.toString();
	}

	private HttpResponse<String> exchange(HttpRequest request, String recipient) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new SmsDeliveryException(PROVIDER, "UNREACHABLE",
					"Aliyun could not be reached for the SMS to " + recipient + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmsDeliveryException(PROVIDER, "UNREACHABLE",
					"Interrupted while sending the SMS to " + recipient + " through Aliyun", ex);
		}
	}

	/**
	 * Aliyun's answer; every field {@code null} when the body is not the JSON expected.
	 */
	private record Reply(@Nullable String code, @Nullable String message, @Nullable String bizId,
			@Nullable String requestId) {

		static Reply of(String body) {
			try {
				JsonNode json = JsonMapper.shared().readTree(body);
				return new Reply(text(json, "Code"), text(json, "Message"), text(json, "BizId"),
						text(json, "RequestId"));
			}
			catch (JacksonException ex) {
				return new Reply(null, null, null, null);
			}
		}

		private static @Nullable String text(JsonNode json, String field) {
			JsonNode value = json.path(field);
			return value.isString() ? value.asString() : null;
		}

	}

}
