package io.kaidian.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT.md §4 item 5: the photo checks that need no model (blur and resolution). */
class DocumentPhotoChecksTests {

	private final PhotoChecks checks = new PhotoChecks(new DocumentsProperties.Checks(100, 512, 800, 500));

	@Test
	void aSharpPhotoPassesTheBlurCheck() {
		Check blur = this.checks.blur(Samples.card(1600, 1000));

		assertThat(blur.code()).isEqualTo("BLUR");
		assertThat(blur.passed()).as(blur.detail()).isTrue();
	}

	@Test
	void aBlurredPhotoFailsTheBlurCheck() {
		BufferedImage blurred = Samples.blurred(Samples.card(1600, 1000));

		Check blur = this.checks.blur(blurred);

		assertThat(blur.passed()).as(blur.detail()).isFalse();
		assertThat(blur.detail()).endsWith(" / 100.0");
	}

	@Test
	void aSharpPhotoStillPassesAfterJpegCompression() throws Exception {
		BufferedImage card = Samples.card(2400, 1500);
		BufferedImage sharp = ImageIO.read(new ByteArrayInputStream(Samples.jpeg(card)));
		BufferedImage defocused = ImageIO.read(new ByteArrayInputStream(Samples.jpeg(Samples.defocused(card, 24))));

		Check passed = this.checks.blur(sharp);
		Check failed = this.checks.blur(defocused);

		assertThat(passed.passed()).as(passed.detail()).isTrue();
		assertThat(failed.passed()).as(failed.detail()).isFalse();
	}

	@Test
	void theResolutionCheckAcceptsEitherOrientation() {
		assertThat(this.checks.resolution(800, 500).passed()).isTrue();
		assertThat(this.checks.resolution(500, 800).passed()).isTrue();
		assertThat(this.checks.resolution(799, 500).passed()).isFalse();
		assertThat(this.checks.resolution(1000, 499).passed()).isFalse();
		assertThat(this.checks.resolution(640, 480).detail()).isEqualTo("640x480 / 800x500");
	}

	@Test
	void theMeasureDoesNotDependOnTheCamerasResolution() {
		double small = this.checks.sharpness(Samples.defocused(Samples.card(1200, 750), 6));
		double large = this.checks.sharpness(Samples.defocused(Samples.card(2400, 1500), 12));

		assertThat(large).isCloseTo(small, org.assertj.core.data.Percentage.withPercentage(50));
	}

	@Test
	void aFlatImageHasNoSharpness() {
		BufferedImage flat = new BufferedImage(900, 600, BufferedImage.TYPE_3BYTE_BGR);

		assertThat(this.checks.sharpness(flat)).isZero();
	}

}
