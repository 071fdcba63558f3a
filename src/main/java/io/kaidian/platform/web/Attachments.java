package io.kaidian.platform.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file served as an attachment: never inline, never sniffed, never stored by a cache.
 */
public final class Attachments {

	private Attachments() {
	}

	public static ResponseEntity<byte[]> of(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

}
