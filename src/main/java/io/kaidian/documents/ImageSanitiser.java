package io.kaidian.documents;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.kaidian.platform.rules.RuleViolationException;

/**
 * Makes an uploaded JPEG or PNG safe to keep: its dimensions are read from the header
 * first and an image declaring more than {@code kaidian.documents.max-megapixels} is
 * refused before a single pixel is decoded (a 1 KB PNG can declare 50,000 × 50,000); then
 * the pixels are decoded, turned upright by the EXIF orientation, and encoded afresh in
 * the same format from the pixels alone. Nothing of the original file but its pixels
 * survives: no EXIF (GPS, camera, time), no XMP, no IPTC, no comments, no PNG text
 * chunks, no ICC profile, no thumbnails, nothing appended after the image.
 * <p>
 * An image longer than {@code kaidian.documents.max-stored-side} on a side is decoded
 * subsampled (every 2nd, 3rd… pixel of every 2nd, 3rd… row, the decoder skipping the rest
 * as it goes), so a 39-megapixel upload costs the heap of the stored image, not of the
 * upload, and is stored at that smaller size. A JPEG cut short is refused
 * ({@link JpegStructure}), as a truncated PNG is by its decoder.
 * <p>
 * All of it happens in memory ({@link MemoryCacheImageInputStream}): ImageIO's default
 * disk cache would write the plaintext to the temporary directory.
 */
final class ImageSanitiser {

	private final long maxPixels;

	private final int maxStoredSide;

	private final float jpegQuality;

	ImageSanitiser(long maxPixels, int maxStoredSide, float jpegQuality) {
		this.maxPixels = maxPixels;
		this.maxStoredSide = maxStoredSide;
		this.jpegQuality = jpegQuality;
	}

	/** A re-encoded image: the bytes to store and the pixels they hold. */
	record Sanitised(byte[] bytes, BufferedImage image) {
	}

	/**
	 * Refuses, from the header alone and before any decoding, an image declaring more
	 * pixels than allowed ({@code IMAGE_TOO_LARGE}) or without a readable header
	 * ({@code FILE_UNREADABLE}); also a JPEG cut short. Cheap: callers do it before
	 * waiting for a decode permit.
	 */
	void checkHeader(byte[] original, AcceptedType type) {
		if (type == AcceptedType.JPEG && !JpegStructure.isComplete(original)) {
			throw unreadable();
		}
		read(original, type, (reader) -> {
			checkSize(reader);
			return null;
		});
	}

	/** Decodes (subsampled if large), turns upright and re-encodes without metadata. */
	Sanitised sanitise(byte[] original, AcceptedType type) {
		checkHeader(original, type);
		BufferedImage decoded = read(original, type, this::decode);
		if (type == AcceptedType.JPEG) {
			decoded = ExifOrientation.apply(decoded, ExifOrientation.of(original));
		}
		BufferedImage clean = (type == AcceptedType.JPEG) ? jpegCompatible(decoded) : decoded;
		return new Sanitised(encode(clean, type), clean);
	}

	/** What is done with a reader set on the image's bytes. */
	private interface Reading<T> {

		T apply(ImageReader reader) throws IOException;

	}

	private <T> T read(byte[] bytes, AcceptedType type, Reading<T> reading) {
		ImageReader reader = readerFor(type);
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			// metadata ignored: it is dropped anyway, and not parsing it is less to
			// attack
			reader.setInput(input, true, true);
			return reading.apply(reader);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException violation) {
				throw violation;
			}
			// truncated, corrupt or of a kind ImageIO cannot decode (CMYK JPEG,
			// arithmetic coding)
			throw unreadable();
		}
		finally {
			reader.dispose();
		}
	}

	/** The header's width and height, refused when over the pixel budget. */
	private long[] checkSize(ImageReader reader) throws IOException {
		// header only: no pixel is decoded before the size is known to be sane
		long width = reader.getWidth(0);
		long height = reader.getHeight(0);
		if (width * height > this.maxPixels) {
			throw RuleViolationException.of("file", "IMAGE_TOO_LARGE", width, height, this.maxPixels / 1_000_000);
		}
		return new long[] { width, height };
	}

	private BufferedImage decode(ImageReader reader) throws IOException {
		long[] size = checkSize(reader);
		int step = subsampling(size[0], size[1]);
		ImageReadParam param = reader.getDefaultReadParam();
		// the decoder skips the other rows and columns as it goes: the heap holds only
		// the subsampled image
		param.setSourceSubsampling(step, step, 0, 0);
		BufferedImage image = reader.read(0, param);
		if (image == null || image.getWidth() != (size[0] + step - 1) / step
				|| image.getHeight() != (size[1] + step - 1) / step) {
			throw unreadable();
		}
		return image;
	}

	/** 1, or the least step that brings the longer side within the stored maximum. */
	int subsampling(long width, long height) {
		long longSide = Math.max(width, height);
		return (int) Math.max(1, (longSide + this.maxStoredSide - 1) / this.maxStoredSide);
	}

	private static ImageReader readerFor(AcceptedType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + type);
		}
		return readers.next();
	}

	/** RGB or grayscale, 8 bits, no alpha: what the JPEG writer encodes faithfully. */
	private static BufferedImage jpegCompatible(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY
				|| type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private byte[] encode(BufferedImage image, AcceptedType type) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(type.imageFormat());
		if (!writers.hasNext()) {
			throw new IllegalStateException("No ImageIO writer for " + type);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (type == AcceptedType.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(this.jpegQuality);
			}
			// no metadata passed: the writer adds only what the format needs (JFIF, IHDR)
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static RuleViolationException unreadable() {
		return RuleViolationException.of("file", "FILE_UNREADABLE");
	}

}
