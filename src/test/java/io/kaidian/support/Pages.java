package io.kaidian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for page tests over real HTTP: keeps the cookies (session,
 * language), posts forms with the CSRF token of the last page it read, and never follows
 * redirects, so tests see them.
 */
public final class Pages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	private final String client = TestClients.fresh();

	public Pages(String base) {
		this.base = base;
	}

	/** Pages signed in through the seller's sign-in form, landed on the checklist. */
	public static Pages seller(String base, String email, String password) {
		Pages pages = new Pages(base);
		pages.get("/sign-in");
		Page signedIn = pages.post("/sign-in", Map.of("email", email, "password", password));
		if (signedIn.location() == null || !signedIn.location().endsWith("/seller")) {
			throw new IllegalStateException("The seller did not sign in: " + signedIn);
		}
		return pages;
	}

	/** Pages signed in through the staff sign-in form. */
	public static Pages staff(String base, String email, String password) {
		Pages pages = new Pages(base);
		pages.get("/staff/sign-in");
		Page signedIn = pages.post("/sign-in", Map.of("email", email, "password", password, "origin", "staff"));
		if (signedIn.status() != 302) {
			throw new IllegalStateException("The staff member did not sign in: " + signedIn);
		}
		return pages;
	}

	public Page get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), headers);
	}

	/** Posts a form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> form, String... headers) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrf != null) {
			fields.putIfAbsent("_csrf", this.csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), headers);
	}

	/**
	 * Posts one file as multipart part {@code file} with the CSRF token of the last page
	 * read.
	 */
	public Page upload(String path, String fileName, String declaredType, byte[] content, String... headers) {
		String boundary = "----kaidian-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (this.csrf != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), headers);
	}

	private Page send(HttpRequest.Builder request, String... headers) {
		request.header("Accept", "text/html");
		request.header(TestClients.FORWARDED_FOR, this.client);
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				this.cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			}
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A page or a redirect.
	 *
	 * @param status the HTTP status
	 * @param location where a redirect leads, else {@code null}
	 * @param body the HTML
	 * @param headers the response's headers
	 */
	public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {

		/** The first value of a response header, {@code null} when absent. */
		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return this.status + (this.location != null ? " → " + this.location : "") + "\n" + this.body;
		}

	}

}
