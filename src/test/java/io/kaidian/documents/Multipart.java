package io.kaidian.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.kaidian.support.Api;

/** A {@code multipart/form-data} upload with one part {@code file}, over real HTTP. */
public final class Multipart {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Multipart() {
	}

	public static Api.Reply put(String url, String token, String fileName, String declaredType, byte[] content) {
		return send("PUT", url, token, fileName, declaredType, content);
	}

	public static Api.Reply post(String url, String token, String fileName, String declaredType, byte[] content) {
		return send("POST", url, token, fileName, declaredType, content);
	}

	private static Api.Reply send(String method, String url, String token, String fileName, String declaredType,
			byte[] content) {
		String boundary = "----kaidian-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.build();
		try {
			return new Api.Reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
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
