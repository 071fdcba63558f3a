package io.kaidian.documents;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document as stored: its metadata, never its content.
 *
 * @param id its id
 * @param owner whose it is
 * @param mediaType decided from the bytes: {@code image/jpeg}, {@code image/png} or
 * {@code application/pdf}
 * @param size bytes of the stored content (after re-encoding an image)
 * @param width pixels of an image as stored (upright), {@code null} for a PDF
 * @param height pixels of an image as stored (upright), {@code null} for a PDF
 * @param sha256 hex SHA-256 of the stored content (the plaintext after re-encoding)
 * @param createdAt when it was stored
 * @param checks the automated checks run on it when stored; none for a PDF
 */
public record StoredDocument(DocumentId id, DocumentOwner owner, String mediaType, long size, @Nullable Integer width,
		@Nullable Integer height, String sha256, Instant createdAt, List<Check> checks) {

	public StoredDocument {
		checks = List.copyOf(checks);
	}

	public boolean isImage() {
		return this.width != null;
	}

	/** Whether every automated check passed (true when there were none). */
	public boolean allChecksPassed() {
		return this.checks.stream().allMatch(Check::passed);
	}

}
