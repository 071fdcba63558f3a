package io.kaidian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import io.kaidian.notification.Outbox;

/**
 * Sellers for a load test, registered over HTTP as a client would (codes read back from
 * the log providers' outbox), signed in, with an individual-business identity draft so
 * they may upload documents.
 */
final class BenchSellers {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private final HttpClient client;

	private final String base;

	private final Outbox outbox;

	BenchSellers(HttpClient client, String base, ConfigurableApplicationContext context) {
		this.client = client;
		this.base = base;
		this.outbox = context.getBean(Outbox.class);
	}

	/** A new seller's bearer token, its identity draft saved. */
	String create(int index) throws Exception {
		long seed = System.nanoTime() % 100_000_000L + index;
		String email = "bench.upload." + seed + "@kaidian.test";
		String phone = "+86139" + String.format("%08d", seed % 100_000_000L);
		String emailCode = code("EMAIL", email);
		String phoneCode = code("SMS", phone);
		send("POST", "/api/v1/sellers", null, """
				{"email":"%s","emailCode":"%s","password":"Tea-garden-7431","firstName":"Xiaoming","lastName":"Wang",
				 "chineseName":"王小明","phone":"%s","phoneCode":"%s","region":"CN_MAINLAND",
				 "address":{"province":"浙江省","city":"杭州市","line1":"文一西路 969 号","postalCode":"311121"}}"""
			.formatted(email, emailCode, phone, phoneCode), 201);
		String session = send("POST", "/api/v1/sessions", null,
				"{\"email\":\"%s\",\"password\":\"Tea-garden-7431\"}".formatted(email), 201);
		Matcher token = TOKEN.matcher(session);
		if (!token.find()) {
			throw new IllegalStateException("no token in " + session);
		}
		send("PUT", "/api/v1/me/identity", token.group(1), """
				{"subjectType":"INDIVIDUAL_BUSINESS","method":"PERSONAL_ALIPAY","companyName":"杭州小明茶叶店",
				 "personName":"王小明","personIdNumber":"%s"}""".formatted(idNumber(seed)), 200);
		return token.group(1);
	}

	private String code(String channel, String target) throws Exception {
		send("POST", "/api/v1/verification-codes", null,
				"{\"channel\":\"%s\",\"target\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(channel, target), 202);
		List<Outbox.Entry> sent = this.outbox.find(target);
		Matcher code = SIX_DIGITS.matcher(sent.get(0).body());
		if (!code.find()) {
			throw new IllegalStateException("no code sent to " + target);
		}
		return code.group(1);
	}

	private String send(String method, String path, String token, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	/** A valid resident ID number (ISO 7064 MOD 11-2) of Beijing's Dongcheng district. */
	private static String idNumber(long seed) {
		Random random = new Random(seed);
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		String body = "110101" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		int check = (12 - sum % 11) % 11;
		return body + (check == 10 ? "X" : Integer.toString(check));
	}

}
