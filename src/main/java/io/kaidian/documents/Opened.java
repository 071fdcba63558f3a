package io.kaidian.documents;

/**
 * A document's decrypted content, handed out after the view was recorded. Web code serves
 * it as an attachment under {@link #fileName()} ({@code platform.web.Attachments}).
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

}
