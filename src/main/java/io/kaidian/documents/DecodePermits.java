package io.kaidian.documents;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaidian.platform.web.RateLimitedException;
import io.kaidian.platform.web.Violation;

import org.springframework.stereotype.Component;

/**
 * Bounds how many uploads are decoded at once (images decoded and re-encoded, PDFs
 * rendered): {@code kaidian.documents.decoding.max-concurrent} permits for the instance.
 * An upload waits up to {@code max-wait} for one and is then refused with
 * {@code 429 UPLOADS_BUSY} and {@code Retry-After}, so a burst of large uploads queues
 * briefly instead of taking every core and the heap from the other requests (issue 10).
 * The wait is fair: first come, first decoded.
 */
@Component
class DecodePermits {

	private static final Logger log = LoggerFactory.getLogger(DecodePermits.class);

	private final Semaphore permits;

	private final Duration maxWait;

	private final Duration retryAfter;

	DecodePermits(DocumentsProperties properties) {
		DocumentsProperties.Decoding decoding = properties.decoding();
		this.permits = new Semaphore(decoding.maxConcurrent(), true);
		this.maxWait = decoding.maxWait();
		this.retryAfter = decoding.retryAfter();
	}

	/** One decode's turn; close it when the decoding is done. */
	interface Permit extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Waits up to {@code max-wait} for a turn.
	 * @throws RateLimitedException {@code UPLOADS_BUSY} when none came free in time
	 */
	Permit acquire() {
		boolean acquired;
		try {
			acquired = this.permits.tryAcquire(this.maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		if (!acquired) {
			log.info("Upload refused (UPLOADS_BUSY): no decode permit came free within {} ms", this.maxWait.toMillis());
			throw busy();
		}
		return new Held();
	}

	/** Permits free now (for the logs and the tests). */
	int available() {
		return this.permits.availablePermits();
	}

	private RateLimitedException busy() {
		return new RateLimitedException("UPLOADS_BUSY", this.retryAfter,
				List.of(Violation.of("file", "UPLOADS_BUSY", this.retryAfter.toSeconds())));
	}

	/** A permit released once, however often closed. */
	private final class Held implements Permit {

		private boolean released;

		@Override
		public synchronized void close() {
			if (!this.released) {
				this.released = true;
				DecodePermits.this.permits.release();
			}
		}

	}

}
