package io.kaidian.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.google.crypto.tink.prf.PrfSet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.security.KaidianUserDetails;

/**
 * Writes sent with an {@code Idempotency-Key} header run once (API.md, "Conventions"; ADR
 * 0015): the first answer below {@code 500} is kept for
 * {@code kaidian.api.idempotency.retention} and replayed, with
 * {@code Idempotent-Replayed: true}, to every retry with the same key and the same
 * request; the same key with another request answers {@code 409 IDEMPOTENCY_KEY_REUSED},
 * and while the first is still running {@code 409 IDEMPOTENCY_KEY_IN_PROGRESS}. Runs in
 * the API's security chain after authorization, so {@code 401} and {@code 403} are
 * answered before a key is stored, and keys are the caller's own: those of a bearer
 * token's account, or one shared scope for anonymous calls.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED = "Idempotent-Replayed";

	static final String ANONYMOUS = "anonymous";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	/** 1 to 255 visible ASCII characters. */
	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyKeys keys;

	private final ProblemRenderer renderer;

	private final PrfSet prf;

	IdempotencyFilter(IdempotencyKeys keys, ProblemRenderer renderer, PrfSet prf) {
		this.keys = keys;
		this.renderer = renderer;
		this.prf = prf;
	}

	/**
	 * Writes whose answer must not be kept: a sign-in answers a bearer token, which the
	 * database only ever holds hashed (ADR 0003); a retried sign-in just opens another
	 * session.
	 */
	private static final Set<String> NOT_KEPT = Set.of("/api/v1/sessions");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = Requests.path(request);
		return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null || !path.startsWith("/api/")
				|| NOT_KEPT.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null || !VALID_KEY.matcher(key).matches()) {
			this.renderer.write(request, response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID",
					List.of(Violation.of(HEADER, "IDEMPOTENCY_KEY_INVALID")));
			return;
		}
		HttpServletRequest buffered;
		String fingerprint;
		try {
			Fingerprinted read = fingerprint(request);
			buffered = read.request();
			fingerprint = read.fingerprint();
		}
		catch (RequestBodyLimit.TooLarge ex) {
			response.setHeader("Connection", "close");
			this.renderer.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE");
			return;
		}
		catch (IllegalStateException | ServletException ex) {
			// a multipart body the container refuses (too large, malformed): the handler
			// answers it as without a key, and nothing is kept
			log.debug("Multipart body not readable, Idempotency-Key ignored", ex);
			chain.doFilter(request, response);
			return;
		}
		String scope = scope();
		switch (this.keys.claim(scope, key, fingerprint)) {
			case IdempotencyKeys.Claim.Reused reused -> this.renderer.write(request, response, HttpStatus.CONFLICT,
					"IDEMPOTENCY_KEY_REUSED", List.of(Violation.of(HEADER, "IDEMPOTENCY_KEY_REUSED")));
			case IdempotencyKeys.Claim.InProgress inProgress -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.keys.retryAfter().toSeconds()));
				this.renderer.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
						List.of(Violation.of(HEADER, "IDEMPOTENCY_KEY_IN_PROGRESS")));
			}
			case IdempotencyKeys.Claim.Completed completed -> replay(completed.row(), response);
			case IdempotencyKeys.Claim.Owned owned -> run(buffered, response, chain, scope, key, owned);
		}
	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope,
			String key, IdempotencyKeys.Claim.Owned owned) throws IOException, ServletException {
		Capturing captured = new Capturing(response);
		try {
			chain.doFilter(request, captured);
		}
		catch (IOException | ServletException | RuntimeException | Error ex) {
			release(scope, key, owned);
			throw ex;
		}
		int status = captured.getStatus();
		if (status < 500 && !captured.errorSent) {
			try {
				this.keys.complete(scope, key, owned.attempt(), status, captured.getContentType(),
						captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray());
			}
			catch (RuntimeException ex) {
				// the handler's work is done and the caller gets its answer; a retry
				// finds
				// the key in progress, and after the timeout runs again (ADR 0015)
				log.error("Answer to idempotent request {} {} not kept", request.getMethod(), Requests.path(request),
						ex);
			}
		}
		else {
			release(scope, key, owned);
		}
		captured.copyBodyToResponse();
	}

	private void release(String scope, String key, IdempotencyKeys.Claim.Owned owned) {
		try {
			this.keys.release(scope, key, owned.attempt());
		}
		catch (RuntimeException ex) {
			log.error("Idempotency key not released; a retry runs after the in-progress timeout", ex);
		}
	}

	private void replay(IdempotencyKeys.Row row, HttpServletResponse response) throws IOException {
		response.setStatus(row.status());
		if (row.contentType() != null) {
			response.setContentType(row.contentType());
		}
		if (row.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, row.location());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = row.body() != null ? row.body() : new byte[0];
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	/** The caller's own keys: its account's, or those of every anonymous caller. */
	private static String scope() {
		KaidianUser user = KaidianUserDetails.of(SecurityContextHolder.getContext().getAuthentication());
		return user != null ? "account:" + user.accountId() : ANONYMOUS;
	}

	/**
	 * The request's fingerprint: method, path, query and a digest of the body, and a
	 * request whose body the handler can still read. A multipart body is digested part by
	 * part (name, file name, type, content), so a retry with another boundary is the same
	 * request; a form by its parameters; any other body byte for byte.
	 */
	private Fingerprinted fingerprint(HttpServletRequest request) throws IOException, ServletException {
		MessageDigest digest = sha256();
		update(digest, request.getMethod());
		update(digest, Requests.path(request));
		update(digest, String.valueOf(request.getQueryString()));
		String contentType = request.getContentType() != null ? request.getContentType().toLowerCase(Locale.ROOT) : "";
		HttpServletRequest readable = request;
		if (contentType.startsWith("multipart/")) {
			update(digest, "multipart");
			for (Part part : request.getParts()) {
				update(digest, part.getName());
				update(digest, String.valueOf(part.getSubmittedFileName()));
				update(digest, String.valueOf(part.getContentType()));
				try (InputStream content = part.getInputStream()) {
					update(digest, content.readAllBytes());
				}
			}
		}
		else if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			update(digest, "form");
			for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
				update(digest, parameter.getKey());
				update(digest, String.join("\u0000", Arrays.asList(parameter.getValue())));
			}
		}
		else {
			byte[] body = request.getInputStream().readAllBytes();
			update(digest, "body");
			update(digest, body);
			readable = new BufferedRequest(request, body);
		}
		return new Fingerprinted(readable, HexFormat.of().formatHex(keyed(digest.digest())));
	}

	/**
	 * The digest under the service's PRF key: what is stored says nothing of the body (a
	 * password, an ID number) to whoever reads the table.
	 */
	private byte[] keyed(byte[] digest) {
		try {
			return this.prf.computePrimary(digest, 32);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not key a request fingerprint", ex);
		}
	}

	private static void update(MessageDigest digest, String value) {
		update(digest, value.getBytes(StandardCharsets.UTF_8));
	}

	/** Length first, so no two sequences of values digest alike. */
	private static void update(MessageDigest digest, byte[] value) {
		digest.update(Integer.toString(value.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(value);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Fingerprinted(HttpServletRequest request, String fingerprint) {
	}

	/** The response, kept in memory until its answer is stored; notes a sendError. */
	private static final class Capturing extends ContentCachingResponseWrapper {

		private boolean errorSent;

		Capturing(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) throws IOException {
			this.errorSent = true;
			super.sendError(status);
		}

		@Override
		public void sendError(int status, @Nullable String message) throws IOException {
			this.errorSent = true;
			super.sendError(status, message);
		}

	}

	/** The request with its body read into memory, for the handler to read again. */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		private @Nullable ServletInputStream stream;

		@Override
		public ServletInputStream getInputStream() {
			if (this.stream == null) {
				this.stream = stream(new ByteArrayInputStream(this.body));
			}
			return this.stream;
		}

		private static ServletInputStream stream(ByteArrayInputStream content) {
			return new ServletInputStream() {

				@Override
				public int read() {
					return content.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return content.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return content.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding != null ? encoding : StandardCharsets.UTF_8.name()));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
