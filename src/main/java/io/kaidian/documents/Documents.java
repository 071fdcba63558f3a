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
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.TooLargeException;
import io.kaidian.platform.rules.UnsupportedContentException;
import io.kaidian.platform.security.Role;

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
 * JPEG, PNG and PDF only, anything else is {@code 415 FILE_TYPE_NOT_ACCEPTED}; a photo
 * ({@link #storePhoto}) JPEG or PNG only, a PDF is {@code 415 IMAGE_REQUIRED};</li>
 * <li>an image's size is read from its header and more than
 * {@code kaidian.documents.max-megapixels} is {@code 422 IMAGE_TOO_LARGE} before
 * decoding; a JPEG cut short is {@code 422 FILE_UNREADABLE};</li>
 * <li>a decode permit is taken ({@link DecodePermits}: {@code 429 UPLOADS_BUSY} when none
 * comes free in time); an image is decoded (subsampled to at most
 * {@code max-stored-side}), turned upright and re-encoded without any metadata
 * ({@code 422 FILE_UNREADABLE} if it cannot be decoded); a PDF is parsed and its pages
 * rendered into a new PDF of images ({@link PdfSanitiser}, {@code 422 PDF_UNREADABLE} and
 * others);</li>
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

	private final PdfSanitiser pdfs;

	private final PdfPages pdfPages;

	private final PhotoChecks checks;

	private final DecodePermits permits;

	private final Clock clock;

	Documents(DocumentsProperties properties, DocumentCipher cipher, DocumentFiles files, DocumentRecords records,
			DecodePermits permits, Clock clock) {
		if (properties.maxSize().toBytes() < 1 || properties.maxSize().toBytes() >= Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("kaidian.documents.max-size must be between 1 B and 2 GB");
		}
		this.properties = properties;
		this.cipher = cipher;
		this.files = files;
		this.records = records;
		this.images = new ImageSanitiser(properties.maxPixels(), properties.maxStoredSide(), properties.jpegQuality());
		this.pdfs = new PdfSanitiser(properties.pdf(), properties.maxStoredSide(), properties.jpegQuality());
		this.pdfPages = new PdfPages(properties.pdf(), this.pdfs);
		this.checks = new PhotoChecks(properties.checks());
		this.permits = permits;
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
	 * limit ({@code IMAGE_TOO_LARGE}), one that cannot be decoded
	 * ({@code FILE_UNREADABLE}), a PDF that cannot be parsed ({@code PDF_UNREADABLE}),
	 * needs a password ({@code PDF_PASSWORD_PROTECTED}) or has too many pages
	 * ({@code PDF_TOO_MANY_PAGES})
	 * @throws RateLimitedException {@code UPLOADS_BUSY}: too many decodes running
	 */
	public StoredDocument store(Upload upload, DocumentOwner owner) {
		return store(upload, owner, null);
	}

	/**
	 * As {@link #store}, for a photo whose checks need pixels (an ID card side, the photo
	 * holding the card): JPEG or PNG only.
	 * @param field what the photo is, in the caller's words (e.g. {@code ID_FRONT}): the
	 * field of the refusal
	 * @throws UnsupportedContentException {@code IMAGE_REQUIRED} for a PDF, naming the
	 * field
	 */
	public StoredDocument storePhoto(Upload upload, DocumentOwner owner, String field) {
		return store(upload, owner, field);
	}

	private StoredDocument store(Upload upload, DocumentOwner owner, @Nullable String photoField) {
		byte[] original = readAtMostMaxSize(upload);
		if (original.length == 0) {
			throw RuleViolationException.of("file", "FILE_EMPTY");
		}
		String detected = Sniffer.detect(original);
		AcceptedType type = AcceptedType.forMediaType(detected)
			.orElseThrow(() -> UnsupportedContentException.of("file", "FILE_TYPE_NOT_ACCEPTED", detected));
		if (photoField != null && !type.isImage()) {
			throw UnsupportedContentException.of(photoField, "IMAGE_REQUIRED", type.mediaType());
		}
		if (type.isImage()) {
			// a pixel bomb is refused at once, without waiting for a permit
			this.images.checkHeader(original, type);
		}
		Cleaned cleaned = this.permits.decode(() -> clean(original, type));
		return save(cleaned, type, owner);
	}

	/** What is stored of an upload: its cleaned content, size and checks. */
	private record Cleaned(byte[] content, @Nullable Integer width, @Nullable Integer height, List<Check> checks) {
	}

	private Cleaned clean(byte[] original, AcceptedType type) {
		if (!type.isImage()) {
			return new Cleaned(this.pdfs.sanitise(original), null, null, List.of());
		}
		ImageSanitiser.Sanitised image = this.images.sanitise(original, type);
		return new Cleaned(image.bytes(), image.image().getWidth(), image.image().getHeight(),
				this.checks.run(image.image()));
	}

	private StoredDocument save(Cleaned cleaned, AcceptedType type, DocumentOwner owner) {
		byte[] content = cleaned.content();
		DocumentId id = DocumentId.random();
		StoredDocument document = new StoredDocument(id, owner, type.mediaType(), content.length, cleaned.width(),
				cleaned.height(), sha256(content), this.clock.instant(), cleaned.checks());
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

	/**
	 * Decrypts an image its owner published (a store's logo or banner, a product's
	 * picture) for the public: no view is recorded, the public being no one. Callers
	 * check first that it is published; anything but a stored image is not found.
	 * @throws NotFoundException no such document, not an image, or its content was
	 * deleted
	 */
	public Opened openPublished(DocumentId id) {
		DocumentRecords.Row row = this.records.find(id)
			.filter((found) -> found.deletedAt() == null && found.document().isImage())
			.orElseThrow(NotFoundException::new);
		try {
			return new Opened(id, row.document().mediaType(),
					this.cipher.decrypt(this.files.read(row.storageKey()), id));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Document " + id + " does not decrypt", ex);
		}
	}

	/**
	 * One page of a document as an image, for showing it inline (ADR 0030), the view
	 * recorded as by {@link #open}. A photo is its single page as stored; a PDF's page is
	 * rendered to PNG under a decode permit. Callers check first that the viewer may see
	 * it.
	 * @param page from 1
	 * @throws NotFoundException no such document or page, or its content was deleted
	 * @throws RateLimitedException {@code UPLOADS_BUSY}: too many decodes running
	 */
	@Transactional
	public PageImage page(DocumentId id, Viewer viewer, int page) {
		Opened opened = open(id, viewer);
		if (AcceptedType.of(opened.mediaType()).isImage()) {
			if (page != 1) {
				throw new NotFoundException();
			}
			return new PageImage(opened.mediaType(), opened.content(), 1, 1);
		}
		return this.permits.decode(() -> this.pdfPages.render(opened.content(), page));
	}

	/**
	 * How many pages a document a review case names has, for the reviewer's inline view
	 * (ADR 0030): 0 when it is none of the owner's or no longer there.
	 */
	public int pagesForReview(Optional<DocumentId> id) {
		return id.map((document) -> {
			try {
				return pageCount(document);
			}
			catch (NotFoundException ex) {
				return 0;
			}
		}).orElse(0);
	}

	/**
	 * Page {@code page} of a document a review case names, as its reviewer reads it.
	 * @throws NotFoundException when it is none of the owner's, or no such page
	 */
	public PageImage pageForReview(Optional<DocumentId> id, UUID reviewer, int page) {
		return page(id.orElseThrow(NotFoundException::new), new Viewer(reviewer, Role.REVIEWER), page);
	}

	/**
	 * How many pages a document has: 1 for a photo, a PDF's page count (read from its
	 * content, no view recorded: nothing of it is shown).
	 * @throws NotFoundException no such document, or its content was deleted
	 */
	public int pageCount(DocumentId id) {
		DocumentRecords.Row row = this.records.find(id)
			.filter((found) -> found.deletedAt() == null)
			.orElseThrow(NotFoundException::new);
		if (AcceptedType.of(row.document().mediaType()).isImage()) {
			return 1;
		}
		try {
			return this.pdfPages.count(this.cipher.decrypt(this.files.read(row.storageKey()), id));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Document " + id + " does not decrypt", ex);
		}
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
