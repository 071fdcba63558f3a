package io.kaidian.documents;

/**
 * What the JPEG decoder forgives and we do not: a JPEG cut short. The JDK's decoder fills
 * the missing rows with grey and only warns, so a truncated photo would be stored as if
 * whole. A complete JPEG's image data ends with the end-of-image marker ({@code FF D9});
 * inside the entropy-coded data a {@code FF} byte is always stuffed ({@code FF 00}) or a
 * restart or scan marker, so the first {@code FF D9} after the first scan header is the
 * end. Segments before the scan (EXIF and its thumbnail, which has an end marker of its
 * own) are skipped by their lengths.
 */
final class JpegStructure {

	private static final int MARKER = 0xFF;

	private static final int START_OF_SCAN = 0xDA;

	private static final int END_OF_IMAGE = 0xD9;

	private JpegStructure() {
	}

	/** Whether the JPEG's image data runs to its end-of-image marker. */
	static boolean isComplete(byte[] jpeg) {
		int scan = startOfScan(jpeg);
		if (scan < 0) {
			return false;
		}
		for (int at = scan; at + 1 < jpeg.length; at++) {
			if ((jpeg[at] & 0xFF) == MARKER && (jpeg[at + 1] & 0xFF) == END_OF_IMAGE) {
				return true;
			}
		}
		return false;
	}

	/** The offset just after the first scan header's marker, -1 if there is none. */
	private static int startOfScan(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length) {
			if ((jpeg[at] & 0xFF) != MARKER) {
				return -1;
			}
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == MARKER) {
				// fill byte before a marker
				at++;
				continue;
			}
			if (marker == START_OF_SCAN) {
				return at + 2;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return -1;
	}

}
