package io.kaidian.documents;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document's decrypted content, handed out after the view was recorded. Serve it as an
 * attachment under {@link #fileName()}, with {@code Content-Type} {@link #mediaType()}
 * and {@code X-Content-Type-Options: nosniff}; never inline.
 *
 * @param id which document
 * @param mediaType its type, decided from the bytes when stored
 * @param content the plaintext (not copied: do not change it)
 */
public record Opened(DocumentId id, String mediaType, byte[] content) {

	/** A generated name, the id with the type's extension; never the uploaded name. */
	public String fileName() {
		return this.id + "." + AcceptedType.of(this.mediaType).extension();
	}

	/**
	 * The document as an HTTP answer: an attachment under {@link #fileName()}, its type,
	 * {@code nosniff}, never stored by a cache.
	 */
	public ResponseEntity<byte[]> asAttachment() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.content);
	}

}
