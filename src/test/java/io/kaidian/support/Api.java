package io.kaidian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to the running service, as an outside client sees it: JSON bodies, headers,
 * status codes. No mock MVC.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final String client;

	/** A client of its own address ({@link TestClients}). */
	public Api(String base) {
		this(base, TestClients.fresh());
	}

	/** A client at this address, as the trusted proxy forwards it. */
	public Api(String base, String client) {
		this.base = base;
		this.client = client;
	}

	/** Another client, at another address, of the same service. */
	public Api otherClient() {
		return new Api(this.base);
	}

	/** The address the service sees this client at. */
	public String client() {
		return this.client;
	}

	public Call get(String path) {
		return new Call("GET", path, null);
	}

	public Call post(String path, Object body) {
		return new Call("POST", path, body);
	}

	public Call put(String path, Object body) {
		return new Call("PUT", path, body);
	}

	public Call delete(String path) {
		return new Call("DELETE", path, null);
	}

	/** Any method, with a JSON body (a string is sent as it is) or none. */
	public Call call(String method, String path, Object body) {
		return new Call(method, path, body);
	}

	public static String json(Object body) {
		return body instanceof String text ? text : JSON.writeValueAsString(body);
	}

	/**
	 * A form post ({@code application/x-www-form-urlencoded}), as a browser or a payment
	 * gateway sends one.
	 */
	public Call postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> java.net.URLEncoder.encode(field.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
					+ java.net.URLEncoder.encode(field.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
		return new Call("POST", path, body).header("Content-Type", "application/x-www-form-urlencoded");
	}

	/** A request being built. */
	public final class Call {

		private final String method;

		private final String path;

		private final Object body;

		private final Map<String, String> headers = new LinkedHashMap<>();

		Call(String method, String path, Object body) {
			this.method = method;
			this.path = path;
			this.body = body;
			this.headers.put("Accept", "application/json");
			this.headers.put(TestClients.FORWARDED_FOR, Api.this.client);
			if (body != null) {
				this.headers.put("Content-Type", "application/json");
			}
		}

		public Call token(String token) {
			return header("Authorization", "Bearer " + token);
		}

		public Call language(String tag) {
			return header("Accept-Language", tag);
		}

		public Call header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		public Reply send() {
			HttpRequest.BodyPublisher publisher = this.body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json(this.body));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.this.base + this.path))
				.method(this.method, publisher);
			this.headers.forEach(request::header);
			try {
				HttpResponse<String> response = Api.this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofString());
				return new Reply(response);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** A response, with its JSON body parsed on demand. */
	public record Reply(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public String text() {
			return this.response.body();
		}

		public JsonNode json() {
			return JSON.readTree(this.response.body());
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return this.response.statusCode() + " " + this.response.body();
		}

	}

}
