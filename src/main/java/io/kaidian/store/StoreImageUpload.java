package io.kaidian.store;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.documents.DocumentId;
import io.kaidian.documents.DocumentOwner;
import io.kaidian.documents.Documents;
import io.kaidian.documents.StoredDocument;
import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.NotFoundException;

/**
 * Sets a store's logo or banner (R-STORE-1) through {@code documents}: the bytes decide
 * the type (JPEG or PNG only), the image is re-encoded without metadata and stored
 * encrypted; the image it replaces is deleted. Free before and after opening: the images
 * are not part of what the review desk checks.
 */
@Service
public class StoreImageUpload {

	private static final Logger log = LoggerFactory.getLogger(StoreImageUpload.class);

	private final Stores stores;

	private final Documents documents;

	private final Clock clock;

	StoreImageUpload(Stores stores, Documents documents, Clock clock) {
		this.stores = stores;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Stores the image and points the store at it.
	 * @throws NotFoundException {@code STORE_NOT_FOUND} before the profile is saved
	 */
	@Transactional
	public Store upload(UUID sellerId, StoreImage kind, Upload upload) {
		Store store = this.stores.lockedOf(sellerId).orElseThrow(() -> new NotFoundException("STORE_NOT_FOUND"));
		StoredDocument stored = this.documents.storePhoto(upload,
				new DocumentOwner("STORE_" + kind.name(), store.id(), sellerId), "file");
		@Nullable UUID previous = (kind == StoreImage.LOGO) ? store.logoDocumentId() : store.bannerDocumentId();
		this.stores.image(store.id(), kind, stored.id().value(), this.clock.instant());
		if (previous != null) {
			this.documents.delete(new DocumentId(previous));
		}
		log.info("Store {} has a new {} {}", store.id(), kind, stored.id());
		return this.stores.of(sellerId).orElseThrow();
	}

}
