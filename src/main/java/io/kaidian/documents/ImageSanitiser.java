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
 * All of it happens in memory ({@link MemoryCacheImageInputStream}): ImageIO's default
 * disk cache would write the plaintext to the temporary directory.
 */
final class ImageSanitiser {

	private final long maxPixels;

	private final float jpegQuality;

	ImageSanitiser(long maxPixels, float jpegQuality) {
		this.maxPixels = maxPixels;
		this.jpegQuality = jpegQuality;
	}

	/** A re-encoded image: the bytes to store and the pixels they hold. */
	record Sanitised(byte[] bytes, BufferedImage image) {
	}

	Sanitised sanitise(byte[] original, AcceptedType type) {
		BufferedImage decoded = decode(original, type);
		if (type == AcceptedType.JPEG) {
			decoded = ExifOrientation.apply(decoded, ExifOrientation.of(original));
		}
		BufferedImage clean = (type == AcceptedType.JPEG) ? jpegCompatible(decoded) : decoded;
		return new Sanitised(encode(clean, type), clean);
	}

	private BufferedImage decode(byte[] bytes, AcceptedType type) {
		ImageReader reader = readerFor(type);
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			// metadata ignored: it is dropped anyway, and not parsing it is less to
			// attack
			reader.setInput(input, true, true);
			// header only: no pixel is decoded before the size is known to be sane
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width * height > this.maxPixels) {
				throw RuleViolationException.of("file", "IMAGE_TOO_LARGE", width, height, this.maxPixels / 1_000_000);
			}
			BufferedImage image = reader.read(0);
			if (image == null || image.getWidth() != width || image.getHeight() != height) {
				throw unreadable();
			}
			return image;
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
