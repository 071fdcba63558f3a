package io.kaidian.documents;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Violation;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Bounds how many uploads are decoded at once (images decoded and re-encoded, PDFs
 * rendered): {@code kaidian.documents.decoding.max-concurrent} permits for the instance.
 * An upload waits up to {@code max-wait} for one and is then refused with
 * {@code 429 UPLOADS_BUSY} and {@code Retry-After}, so a burst of large uploads queues
 * briefly instead of taking every core and the heap from the other requests (issue 10).
 * The wait is fair: first come, first decoded.
 * <p>
 * The decoding itself runs on a platform thread of this class's own, not on the request's
 * thread: requests run on virtual threads, which share one carrier thread per core, and a
 * decode is seconds of CPU without a point where a virtual thread yields, so decoding on
 * the request's thread would hold a carrier and starve every other request queued behind
 * it. On its own thread the operating system shares the cores between the decodes and the
 * carriers, and the waiting request parks.
 */
@Component
class DecodePermits implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DecodePermits.class);

	private final Semaphore permits;

	private final Duration maxWait;

	private final Duration retryAfter;

	private final ExecutorService decoders;

	DecodePermits(DocumentsProperties properties) {
		DocumentsProperties.Decoding decoding = properties.decoding();
		this.permits = new Semaphore(decoding.maxConcurrent(), true);
		this.maxWait = decoding.maxWait();
		this.retryAfter = decoding.retryAfter();
		// as many threads as permits: a task admitted never queues
		this.decoders = Executors.newFixedThreadPool(decoding.maxConcurrent(),
				Thread.ofPlatform().name("document-decoder-", 1).daemon(true).factory());
	}

	/**
	 * Runs a decode once a permit is free, on a decoder thread; the caller waits for it.
	 * @throws RateLimitedException {@code UPLOADS_BUSY} when no permit came free in time
	 */
	<T> T decode(Supplier<T> work) {
		try (Permit permit = acquire()) {
			Future<T> result = this.decoders.submit(work::get);
			return await(result);
		}
	}

	private static <T> T await(Future<T> result) {
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a document was decoded", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void destroy() {
		this.decoders.shutdownNow();
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
