package io.kaidian.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.TooLargeException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.UnsupportedContentException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Stores uploads safely and hands them out with a record of who looked. What identity,
 * settlement and the others call; it knows none of them: an owner is just a
 * {@link DocumentOwner}.
 * <p>
 * Storing (the rules of the upload issue; docs/guide/documents.md):
 * <ol>
 * <li>at most {@code kaidian.documents.max-size} + 1 bytes are read; more is
 * {@code 413 PAYLOAD_TOO_LARGE};</li>
 * <li>the type is decided from the bytes (Tika), never the name or the declared type:
 * JPEG, PNG and PDF only, anything else is {@code 415 FILE_TYPE_NOT_ACCEPTED};</li>
 * <li>an image's size is read from its header and more than
 * {@code kaidian.documents.max-megapixels} is {@code 422 IMAGE_TOO_LARGE} before
 * decoding; then it is decoded, turned upright and re-encoded without any metadata
 * ({@code 422 FILE_UNREADABLE} if it cannot be decoded);</li>
 * <li>the photo checks run on the image ({@link Check});</li>
 * <li>the content is encrypted (Tink AEAD, the id as associated data) and written
 * atomically to a file named from the id; then the metadata row is written.</li>
 * </ol>
 * Called inside a transaction that later rolls back, the file is removed again.
 */
@Service
public class Documents {

	private static final Logger log = LoggerFactory.getLogger(Documents.class);

	private final DocumentsProperties properties;

	private final DocumentCipher cipher;

	private final DocumentFiles files;

	private final DocumentRecords records;

	private final ImageSanitiser images;

	private final PhotoChecks checks;

	private final Clock clock;

	Documents(DocumentsProperties properties, DocumentCipher cipher, DocumentFiles files, DocumentRecords records,
			Clock clock) {
		if (properties.maxSize().toBytes() < 1 || properties.maxSize().toBytes() >= Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("kaidian.documents.max-size must be between 1 B and 2 GB");
		}
		this.properties = properties;
		this.cipher = cipher;
		this.files = files;
		this.records = records;
		this.images = new ImageSanitiser(properties.maxPixels(), properties.jpegQuality());
		this.checks = new PhotoChecks(properties.checks());
		this.clock = clock;
	}

	/**
	 * Checks, cleans, encrypts and stores an upload.
	 * @param upload the file as it came in (name and declared type are ignored)
	 * @param owner whose it is
	 * @return what was stored, with the automated checks
	 * @throws TooLargeException over {@code kaidian.documents.max-size}
	 * @throws UnsupportedContentException not JPEG, PNG or PDF by its bytes
	 * @throws RuleViolationException empty ({@code FILE_EMPTY}), an image over the pixel
	 * limit ({@code IMAGE_TOO_LARGE}) or one that cannot be decoded
	 * ({@code FILE_UNREADABLE})
	 */
	public StoredDocument store(Upload upload, DocumentOwner owner) {
		byte[] original = readAtMostMaxSize(upload);
		if (original.length == 0) {
			throw RuleViolationException.of("file", "FILE_EMPTY");
		}
		String detected = Sniffer.detect(original);
		AcceptedType type = AcceptedType.forMediaType(detected)
			.orElseThrow(() -> UnsupportedContentException.of("file", "FILE_TYPE_NOT_ACCEPTED", detected));
		byte[] content;
		Integer width = null;
		Integer height = null;
		List<Check> results = List.of();
		if (type.isImage()) {
			ImageSanitiser.Sanitised image = this.images.sanitise(original, type);
			content = image.bytes();
			width = image.image().getWidth();
			height = image.image().getHeight();
			results = this.checks.run(image.image());
		}
		else {
			content = original;
		}
		DocumentId id = DocumentId.random();
		StoredDocument document = new StoredDocument(id, owner, type.mediaType(), content.length, width, height,
				sha256(content), this.clock.instant(), results);
		String key = DocumentFiles.keyOf(id);
		this.files.write(key, this.cipher.encrypt(content, id));
		try {
			this.records.insert(document, key);
		}
		catch (RuntimeException ex) {
			this.files.delete(key);
			throw ex;
		}
		removeFileOnRollback(key);
		log.info("Stored document {} ({}, {} bytes) for {} {}", id, type.mediaType(), content.length, owner.kind(),
				owner.id());
		return document;
	}

	/** The metadata of a document, whether or not its content was deleted. */
	public Optional<StoredDocument> find(DocumentId id) {
		return this.records.find(id).map(DocumentRecords.Row::document);
	}

	/**
	 * Decrypts a document for a viewer and records the view (who, in which role, when by
	 * the service's clock). Callers check first that the viewer may see it.
	 * @throws NotFoundException no such document, or its content was deleted
	 */
	@Transactional
	public Opened open(DocumentId id, Viewer viewer) {
		DocumentRecords.Row row = this.records.find(id)
			.filter((found) -> found.deletedAt() == null)
			.orElseThrow(NotFoundException::new);
		byte[] plaintext;
		try {
			plaintext = this.cipher.decrypt(this.files.read(row.storageKey()), id);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Document " + id + " does not decrypt: altered, swapped or "
					+ "encrypted with a key no longer in the keyset", ex);
		}
		this.records.insertView(id, viewer, this.clock.instant());
		return new Opened(id, row.document().mediaType(), plaintext);
	}

	/** Every recorded view of a document, oldest first. */
	public List<View> views(DocumentId id) {
		return this.records.views(id);
	}

	/**
	 * Deletes a document's content; its metadata and its record of views stay for the
	 * audit. The file is removed once the transaction commits. Deleting it again changes
	 * nothing.
	 * @throws NotFoundException no such document
	 */
	@Transactional
	public void delete(DocumentId id) {
		DocumentRecords.Row row = this.records.find(id).orElseThrow(NotFoundException::new);
		if (this.records.markDeleted(id, this.clock.instant())) {
			afterCommit(() -> this.files.delete(row.storageKey()));
			log.info("Deleted the content of document {}", id);
		}
	}

	private byte[] readAtMostMaxSize(Upload upload) {
		DataSize maxSize = this.properties.maxSize();
		byte[] bytes;
		try {
			// never more than max + 1 bytes in memory, whatever the client sends
			bytes = upload.content().readNBytes((int) maxSize.toBytes() + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.length > maxSize.toBytes()) {
			throw TooLargeException.of("file", "FILE_TOO_LARGE", describe(maxSize));
		}
		return bytes;
	}

	static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % 1024 == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " B";
	}

	private void removeFileOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						Documents.this.files.delete(key);
					}
				}
			});
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
