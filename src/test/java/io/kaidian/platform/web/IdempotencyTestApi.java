package io.kaidian.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test-only writes that count how often they run, to prove a request sent with an
 * Idempotency-Key runs once; one may be held until the test lets it go, one fails like a
 * bug. Lives in test sources only, like {@link FailingTestApi}.
 */
@RestController
class IdempotencyTestApi {

	private static final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

	private static final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

	@PostMapping("/api/v1/test/counted/{id}")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> counted(@PathVariable String id, @RequestBody Map<String, Object> body)
			throws InterruptedException {
		int call = calls.computeIfAbsent(id, (key) -> new AtomicInteger()).incrementAndGet();
		CountDownLatch gate = gates.get(id);
		if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the test never opened the gate");
		}
		return Map.of("id", id, "call", call, "body", body);
	}

	@PostMapping("/api/v1/test/counted/{id}/upload")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> upload(@PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
		int call = calls.computeIfAbsent(id, (key) -> new AtomicInteger()).incrementAndGet();
		return Map.of("id", id, "call", call, "name", String.valueOf(file.getOriginalFilename()), "content",
				new String(file.getBytes(), StandardCharsets.UTF_8));
	}

	@PostMapping("/api/v1/test/counted/{id}/failure")
	Map<String, Object> failing(@PathVariable String id) {
		calls.computeIfAbsent(id, (key) -> new AtomicInteger()).incrementAndGet();
		throw new IllegalStateException("fails on purpose");
	}

	static int calls(String id) {
		AtomicInteger count = calls.get(id);
		return count != null ? count.get() : 0;
	}

	/** Holds every call with this id until the returned latch is counted down. */
	static CountDownLatch hold(String id) {
		CountDownLatch gate = new CountDownLatch(1);
		gates.put(id, gate);
		return gate;
	}

}
