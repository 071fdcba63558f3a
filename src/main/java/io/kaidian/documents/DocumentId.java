package io.kaidian.documents;

import java.util.UUID;

/**
 * The id of a stored document: what callers keep and hand back to open it. Also names the
 * file on disk and is the associated data of its encryption, so a file moved under
 * another document's name does not decrypt.
 *
 * @param value the id
 */
public record DocumentId(UUID value) {

	public static DocumentId random() {
		return new DocumentId(UUID.randomUUID());
	}

	public static DocumentId of(String value) {
		return new DocumentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
