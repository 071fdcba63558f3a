package io.kaidian.documents;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG, read from its bytes by hand (the JDK has no EXIF
 * reader), and applied to the decoded pixels before the metadata is dropped: a phone
 * photo taken upright stays upright once its EXIF is gone. Anything unexpected in the
 * EXIF counts as "no orientation" ({@code 1}); the tag is only a hint.
 */
final class ExifOrientation {

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/** The orientation tag of the first EXIF segment, 1 to 8; 1 when there is none. */
	static int of(byte[] jpeg) {
		try {
			return read(jpeg);
		}
		catch (IndexOutOfBoundsException ex) {
			return 1;
		}
	}

	private static int read(byte[] b) {
		if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
			return 1;
		}
		int at = 2;
		while (at + 4 <= b.length) {
			if ((b[at] & 0xFF) != 0xFF) {
				return 1;
			}
			int marker = b[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				// start of scan or end of image: the metadata segments are behind us
				return 1;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				at += 2;
				continue;
			}
			int length = u16(b, at + 2, false);
			int data = at + 4;
			if (marker == 0xE1 && length >= 8 && b[data] == 'E' && b[data + 1] == 'x' && b[data + 2] == 'i'
					&& b[data + 3] == 'f' && b[data + 4] == 0 && b[data + 5] == 0) {
				return orientation(b, data + 6, Math.min(b.length, at + 2 + length));
			}
			at += 2 + length;
		}
		return 1;
	}

	/**
	 * The orientation in the TIFF structure at {@code tiff}, which ends at {@code end}.
	 */
	private static int orientation(byte[] b, int tiff, int end) {
		boolean little;
		if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
			little = true;
		}
		else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
			little = false;
		}
		else {
			return 1;
		}
		if (u16(b, tiff + 2, little) != 42) {
			return 1;
		}
		long ifd = u32(b, tiff + 4, little);
		if (ifd < 8 || tiff + ifd + 2 > end) {
			return 1;
		}
		int start = (int) (tiff + ifd);
		int entries = u16(b, start, little);
		for (int i = 0; i < entries; i++) {
			int entry = start + 2 + 12 * i;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == ORIENTATION_TAG && u16(b, entry + 2, little) == 3) {
				int value = u16(b, entry + 8, little);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	/**
	 * The image as it is meant to be seen: turned and mirrored as the orientation says.
	 * Orientations 5 to 8 swap width and height.
	 */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> { // mirrored
				t.scale(-1, 1);
				t.translate(-w, 0);
			}
			case 3 -> { // upside down
				t.translate(w, h);
				t.rotate(Math.PI);
			}
			case 4 -> { // mirrored upside down
				t.scale(1, -1);
				t.translate(0, -h);
			}
			case 5 -> { // transposed
				t.rotate(-Math.PI / 2);
				t.scale(-1, 1);
			}
			case 6 -> { // turned 90 degrees clockwise to be upright
				t.translate(h, 0);
				t.rotate(Math.PI / 2);
			}
			case 7 -> { // transversed
				t.scale(-1, 1);
				t.translate(-h, 0);
				t.translate(0, w);
				t.rotate(3 * Math.PI / 2);
			}
			default -> { // 8: turned 90 degrees counter-clockwise to be upright
				t.translate(0, w);
				t.rotate(3 * Math.PI / 2);
			}
		}
		boolean swap = orientation >= 5;
		BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
				image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
						: BufferedImage.TYPE_3BYTE_BGR);
		return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, target);
	}

	private static int u16(byte[] b, int at, boolean little) {
		int first = b[at] & 0xFF;
		int second = b[at + 1] & 0xFF;
		return little ? (second << 8) | first : (first << 8) | second;
	}

	private static long u32(byte[] b, int at, boolean little) {
		long high = u16(b, little ? at + 2 : at, little);
		long low = u16(b, little ? at : at + 2, little);
		return (high << 16) | low;
	}

}
