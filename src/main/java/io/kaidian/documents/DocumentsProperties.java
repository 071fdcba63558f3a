package io.kaidian.documents;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the documents module ({@code kaidian.documents.*}).
 *
 * @param directory where the encrypted files are kept
 * @param maxSize the largest upload accepted ({@code 413} over it)
 * @param maxMegapixels the most pixels an image may declare in its header, in millions
 * ({@code 422 IMAGE_TOO_LARGE} over it, before anything is decoded)
 * @param jpegQuality quality of re-encoded JPEGs, 0 to 1
 * @param keyset the Tink keyset (JSON) documents are encrypted with; empty: read from
 * {@code keysetFile}
 * @param keysetFile a file holding the keyset (JSON); empty: a development keyset is
 * generated into {@code ${kaidian.data-directory}/keys/documents.json}
 * @param checks thresholds of the automated photo checks
 */
@ConfigurationProperties("kaidian.documents")
record DocumentsProperties(Path directory, DataSize maxSize, @DefaultValue("40") int maxMegapixels,
		@DefaultValue("0.9") float jpegQuality, @Nullable String keyset, @Nullable String keysetFile,
		@DefaultValue Checks checks) {

	DocumentsProperties {
		if (maxMegapixels < 1) {
			throw new IllegalArgumentException("kaidian.documents.max-megapixels must be at least 1");
		}
		if (jpegQuality <= 0 || jpegQuality > 1) {
			throw new IllegalArgumentException("kaidian.documents.jpeg-quality must be in (0, 1]");
		}
	}

	long maxPixels() {
		return this.maxMegapixels * 1_000_000L;
	}

	/**
	 * @param blurThreshold the least variance of the Laplacian (on the grayscale image
	 * scaled to {@code blurSampleSize} on its long side) a photo must reach to count as
	 * sharp
	 * @param blurSampleSize the long side, in pixels, the image is scaled down to before
	 * measuring sharpness (so the measure does not depend on the camera's resolution)
	 * @param minWidth the least long side of a photo, in pixels (either orientation)
	 * @param minHeight the least short side of a photo, in pixels (either orientation)
	 */
	record Checks(@DefaultValue("100") double blurThreshold, @DefaultValue("512") int blurSampleSize,
			@DefaultValue("800") int minWidth, @DefaultValue("500") int minHeight) {
	}

}
