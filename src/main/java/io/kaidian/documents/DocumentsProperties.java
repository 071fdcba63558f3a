package io.kaidian.documents;

import java.nio.file.Path;
import java.time.Duration;

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
 * @param maxStoredSide the longest side, in pixels, of a stored image or PDF page: larger
 * images are decoded subsampled (every 2nd, 3rd… pixel) to fit, PDF pages rendered to fit
 * @param jpegQuality quality of re-encoded JPEGs (and of a PDF's rendered pages), 0 to 1
 * @param keyset the Tink keyset (JSON) documents are encrypted with; empty: read from
 * {@code keysetFile}
 * @param keysetFile a file holding the keyset (JSON); empty: a development keyset is
 * generated into {@code ${kaidian.data-directory}/keys/documents.json}
 * @param checks thresholds of the automated photo checks
 * @param decoding how many images or PDFs are decoded at once
 * @param pdf how PDFs are re-rendered
 */
@ConfigurationProperties("kaidian.documents")
record DocumentsProperties(Path directory, DataSize maxSize, @DefaultValue("40") int maxMegapixels,
		@DefaultValue("4096") int maxStoredSide, @DefaultValue("0.9") float jpegQuality, @Nullable String keyset,
		@Nullable String keysetFile, @DefaultValue Checks checks, @DefaultValue Decoding decoding,
		@DefaultValue Pdf pdf) {

	DocumentsProperties {
		if (maxMegapixels < 1) {
			throw new IllegalArgumentException("kaidian.documents.max-megapixels must be at least 1");
		}
		if (maxStoredSide < 64) {
			throw new IllegalArgumentException("kaidian.documents.max-stored-side must be at least 64");
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

	/**
	 * @param maxConcurrent images or PDFs decoded at once, in the whole instance
	 * @param maxWait how long an upload waits for its turn before it is refused
	 * ({@code 429 UPLOADS_BUSY})
	 * @param retryAfter what {@code Retry-After} tells a refused client
	 */
	record Decoding(@DefaultValue("2") int maxConcurrent, @DefaultValue("2s") Duration maxWait,
			@DefaultValue("5s") Duration retryAfter) {

		Decoding {
			if (maxConcurrent < 1) {
				throw new IllegalArgumentException("kaidian.documents.decoding.max-concurrent must be at least 1");
			}
		}

	}

	/**
	 * @param dpi resolution each page is rendered at (lowered for a page that would
	 * exceed {@code maxStoredSide})
	 * @param maxPages the most pages a PDF may have ({@code 422 PDF_TOO_MANY_PAGES})
	 * @param maxParserMemory the most memory PDFBox may use for a PDF's decoded streams
	 * while parsing; a PDF needing more is refused as unreadable
	 */
	record Pdf(@DefaultValue("150") int dpi, @DefaultValue("20") int maxPages,
			@DefaultValue("128MB") DataSize maxParserMemory) {

		Pdf {
			if (dpi < 36 || dpi > 600) {
				throw new IllegalArgumentException("kaidian.documents.pdf.dpi must be between 36 and 600");
			}
			if (maxPages < 1) {
				throw new IllegalArgumentException("kaidian.documents.pdf.max-pages must be at least 1");
			}
		}

	}

}
