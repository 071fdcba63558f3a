package io.kaidian.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized API bodies with {@code 413 PAYLOAD_TOO_LARGE} before they are read:
 * {@code kaidian.api.max-body-size} (64 KB) for every body but file uploads, which have
 * their own limit. A declared {@code Content-Length} over the limit is refused at once; a
 * body without one is cut off as soon as it grows past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;

	private final long bulkLimit;

	private final List<String> bulkPaths;

	private final ProblemRenderer renderer;

	RequestBodyLimit(ApiProperties properties, ProblemRenderer renderer) {
		this.limit = properties.maxBodySize().toBytes();
		this.bulkLimit = properties.maxBulkBodySize().toBytes();
		this.bulkPaths = List.copyOf(properties.bulkPaths());
		this.renderer = renderer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !Requests.path(request).startsWith("/api/")
				|| (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.bulkPaths.contains(Requests.path(request)) ? this.bulkLimit : this.limit;
		if (request.getContentLengthLong() > limit) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// the body is not read: the connection cannot carry another request
		response.setHeader("Connection", "close");
		this.renderer.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE");
	}

	/**
	 * Thrown while reading a body that grew past the limit; answered with {@code 413}.
	 */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("Request body larger than " + limit + " bytes");
		}

	}

	/**
	 * @param maxBodySize the largest JSON or form body the API reads
	 * @param maxBulkBodySize the largest body of the bulk endpoints, which stream it
	 * @param bulkPaths the bulk endpoints (e.g. order facts, R-GRADE)
	 */
	@ConfigurationProperties("kaidian.api")
	record ApiProperties(DataSize maxBodySize, DataSize maxBulkBodySize, List<String> bulkPaths) {
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long read;

		LimitedStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int value = this.delegate.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.delegate.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws TooLarge {
			this.read += bytes;
			if (this.read > this.limit) {
				throw new TooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
