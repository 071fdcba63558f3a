package io.kaidian.documents;

import java.util.Optional;

/** The only types stored, as decided from the bytes. */
enum AcceptedType {

	/** a photo; re-encoded as JPEG without metadata */
	JPEG("image/jpeg", "jpg", "jpeg"),

	/** a screenshot or scan; re-encoded as PNG without metadata */
	PNG("image/png", "png", "png"),

	/** a scan or an electronic licence; its pages re-rendered as images (ADR 0017) */
	PDF("application/pdf", "pdf", null);

	private final String mediaType;

	private final String extension;

	/** the ImageIO format name, {@code null} when not an image */
	private final String imageFormat;

	AcceptedType(String mediaType, String extension, String imageFormat) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.imageFormat = imageFormat;
	}

	static Optional<AcceptedType> forMediaType(String mediaType) {
		for (AcceptedType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	static AcceptedType of(String mediaType) {
		return forMediaType(mediaType).orElseThrow(() -> new IllegalArgumentException(mediaType));
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	boolean isImage() {
		return this.imageFormat != null;
	}

	String imageFormat() {
		if (this.imageFormat == null) {
			throw new IllegalStateException(this + " is not an image");
		}
		return this.imageFormat;
	}

}
