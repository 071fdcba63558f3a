package io.kaidian.documents;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The EXIF orientation is read by hand and applied before the metadata goes. */
class DocumentExifOrientationTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void theOrientationIsReadFromTheExifSegment(int orientation) {
		byte[] jpeg = Samples.withExif(Samples.jpeg(40, 20), orientation);

		assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
	}

	@Test
	void noExifOrGarbageMeansUpright() {
		assertThat(ExifOrientation.of(Samples.jpeg(40, 20))).isEqualTo(1);
		assertThat(ExifOrientation.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F }))
			.isEqualTo(1);
		assertThat(ExifOrientation.of(new byte[0])).isEqualTo(1);
	}

	/**
	 * A 3x2 image with one marked pixel at the stored top-left; where the mark lands for
	 * each orientation (EXIF 2.32, tag 0x0112).
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void eachOrientationMovesTheTopLeftPixelWhereItBelongs(int orientation) {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
		image.setRGB(0, 0, 0xFFFFFF);

		BufferedImage upright = ExifOrientation.apply(image, orientation);

		int[][] expected = { null, { 0, 0 }, { 2, 0 }, { 2, 1 }, { 0, 1 }, { 0, 0 }, { 1, 0 }, { 1, 2 }, { 0, 2 } };
		assertThat(upright.getWidth()).isEqualTo(orientation >= 5 ? 2 : 3);
		assertThat(upright.getRGB(expected[orientation][0], expected[orientation][1]) & 0xFFFFFF).isEqualTo(0xFFFFFF);
	}

}
