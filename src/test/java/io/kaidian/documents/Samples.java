package io.kaidian.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Files for the upload tests, made here rather than kept as binaries. */
public final class Samples {

	private Samples() {
	}

	/** A card-like picture with text, lines and fine detail: sharp. */
	public static BufferedImage card(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(230, 236, 245));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(20, 30, 60));
		g.setStroke(new BasicStroke(Math.max(1, width / 400f)));
		g.drawRect(width / 20, height / 20, width * 9 / 10, height * 9 / 10);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, height / 14)));
		for (int line = 0; line < 6; line++) {
			g.drawString("NAME 4401 0619 9001 01 XYZ", width / 10, height / 6 + line * height / 8);
		}
		Random random = new Random(42);
		for (int i = 0; i < width * height / 50; i++) {
			image.setRGB(random.nextInt(width), random.nextInt(height), random.nextBoolean() ? 0x000000 : 0xFFFFFF);
		}
		g.dispose();
		return image;
	}

	/** The same picture, heavily blurred (a box blur applied several times). */
	public static BufferedImage blurred(BufferedImage image) {
		int size = 15;
		float[] weights = new float[size * size];
		Arrays.fill(weights, 1f / (size * size));
		ConvolveOp blur = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
		BufferedImage current = image;
		for (int pass = 0; pass < 3; pass++) {
			current = blur.filter(current, null);
		}
		return current;
	}

	/**
	 * Out of focus in proportion to its size: scaled down by the factor and back up
	 * (smooth interpolation), as a camera that missed focus would render it.
	 */
	public static BufferedImage defocused(BufferedImage image, int factor) {
		int width = image.getWidth();
		int height = image.getHeight();
		BufferedImage small = new BufferedImage(Math.max(1, width / factor), Math.max(1, height / factor),
				BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D down = small.createGraphics();
		down.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		down.drawImage(
				image.getScaledInstance(small.getWidth(), small.getHeight(), java.awt.Image.SCALE_AREA_AVERAGING), 0, 0,
				null);
		down.dispose();
		BufferedImage back = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D up = back.createGraphics();
		up.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		up.drawImage(small, 0, 0, width, height, null);
		up.dispose();
		return back;
	}

	public static byte[] jpeg(BufferedImage image) {
		return write(image, "jpeg");
	}

	public static byte[] png(BufferedImage image) {
		return write(image, "png");
	}

	public static byte[] jpeg(int width, int height) {
		return jpeg(card(width, height));
	}

	public static byte[] png(int width, int height) {
		return png(card(width, height));
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A small valid PDF of one empty page. */
	public static byte[] pdf() {
		String body = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A JPEG with an EXIF APP1 segment right after SOI: IFD0 with the orientation (when
	 * not 0) and a GPS IFD pointer; the GPS IFD with latitude N 39° 54' 27" (Beijing).
	 */
	public static byte[] withExif(byte[] jpeg, int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(92);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		int entries = orientation > 0 ? 2 : 1;
		int gpsIfd = 8 + 2 + entries * 12 + 4;
		tiff.putShort((short) entries);
		if (orientation > 0) {
			tiff.putShort((short) 0x0112)
				.putShort((short) 3)
				.putInt(1)
				.putShort((short) orientation)
				.putShort((short) 0);
		}
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
		tiff.putInt(0);
		int gpsData = gpsIfd + 2 + 2 * 12 + 4;
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(gpsData);
		tiff.putInt(0);
		tiff.putInt(39).putInt(1).putInt(54).putInt(1).putInt(27).putInt(1);
		byte[] tiffBytes = Arrays.copyOf(tiff.array(), tiff.position());
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiffBytes.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffBytes.length));
		app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(tiffBytes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(app1.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** The marker codes of a JPEG's segments before the image data (SOS). */
	public static List<Integer> jpegMarkers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	/** A PNG whose header declares the given size, with almost no image data: ~1 KB. */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13);
		ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[100_000]);
		deflater.finish();
		byte[] compressed = new byte[2048];
		int length = deflater.deflate(compressed);
		chunk(out, "IDAT", Arrays.copyOf(compressed, length));
		chunk(out, "tEXt", ("Comment\0" + "padding ".repeat(110)).getBytes(StandardCharsets.ISO_8859_1));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A complete, valid PNG of one colour (RGB, 8 bits): a few hundred pixels per byte,
	 * so a 39-megapixel one is about 110 KB. Written row by row; the pixels are never in
	 * memory.
	 */
	public static byte[] solidPng(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13);
		ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		// filter type 0 and a light grey, row after row
		byte[] row = new byte[1 + 3 * width];
		Arrays.fill(row, 1, row.length, (byte) 0xC8);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		byte[] buffer = new byte[64 * 1024];
		for (int y = 0; y < height; y++) {
			deflater.setInput(row);
			while (!deflater.needsInput()) {
				compressed.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			compressed.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		chunk(out, "IDAT", compressed.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** The PNG with a text chunk (as cameras and editors add) inserted after IHDR. */
	public static byte[] withTextChunk(byte[] png, String keyword, String text) {
		int afterIhdr = 8 + 4 + 4 + 13 + 4;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterIhdr);
		chunk(out, "tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
		out.write(png, afterIhdr, png.length - afterIhdr);
		return out.toByteArray();
	}

	/** The types of a PNG's chunks, in order. */
	public static List<String> pngChunks(byte[] png) {
		List<String> chunks = new ArrayList<>();
		int at = 8;
		while (at + 8 <= png.length) {
			int length = ByteBuffer.wrap(png, at, 4).getInt();
			chunks.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
			at += 12 + length;
		}
		return chunks;
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
