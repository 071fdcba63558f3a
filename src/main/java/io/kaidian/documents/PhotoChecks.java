package io.kaidian.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;
import java.util.Locale;

/**
 * The automated checks of PRODUCT.md §4 item 5 that can be done honestly without a
 * trained model: whether a photo is sharp ({@link Check#BLUR}) and large enough
 * ({@link Check#RESOLUTION}). Face detection and "all four card corners in frame" need a
 * model and are not attempted (docs/guide/documents.md).
 * <p>
 * Sharpness is the variance of the Laplacian of the grayscale image scaled down to
 * {@code blur-sample-size} on its long side: edges give a high variance, a blurred photo
 * a low one. Scaling first makes the measure independent of the camera's resolution and
 * bounds the work.
 */
final class PhotoChecks {

	private final DocumentsProperties.Checks settings;

	PhotoChecks(DocumentsProperties.Checks settings) {
		this.settings = settings;
	}

	List<Check> run(BufferedImage image) {
		return List.of(blur(image), resolution(image.getWidth(), image.getHeight()));
	}

	Check blur(BufferedImage image) {
		double sharpness = sharpness(image);
		return new Check(Check.BLUR, sharpness >= this.settings.blurThreshold(),
				String.format(Locale.ROOT, "%.1f / %.1f", sharpness, this.settings.blurThreshold()));
	}

	Check resolution(int width, int height) {
		int longSide = Math.max(width, height);
		int shortSide = Math.min(width, height);
		int minLong = Math.max(this.settings.minWidth(), this.settings.minHeight());
		int minShort = Math.min(this.settings.minWidth(), this.settings.minHeight());
		return new Check(Check.RESOLUTION, longSide >= minLong && shortSide >= minShort,
				String.format(Locale.ROOT, "%dx%d / %dx%d", width, height, minLong, minShort));
	}

	/** Variance of the 4-neighbour Laplacian of the scaled-down grayscale image. */
	double sharpness(BufferedImage image) {
		Raster gray = grayscale(image).getRaster();
		int width = gray.getWidth();
		int height = gray.getHeight();
		if (width < 3 || height < 3) {
			return 0;
		}
		int[] above = gray.getPixels(0, 0, width, 1, (int[]) null);
		int[] row = gray.getPixels(0, 1, width, 1, (int[]) null);
		double sum = 0;
		double squares = 0;
		long count = 0;
		for (int y = 1; y < height - 1; y++) {
			int[] below = gray.getPixels(0, y + 1, width, 1, (int[]) null);
			for (int x = 1; x < width - 1; x++) {
				double laplacian = above[x] + below[x] + row[x - 1] + row[x + 1] - 4.0 * row[x];
				sum += laplacian;
				squares += laplacian * laplacian;
				count++;
			}
			above = row;
			row = below;
		}
		double mean = sum / count;
		return squares / count - mean * mean;
	}

	/**
	 * Grayscale, scaled down in halving steps (each averaging neighbouring pixels, so
	 * sensor noise is not aliased into false edges) to the sample size.
	 */
	private BufferedImage grayscale(BufferedImage image) {
		int target = this.settings.blurSampleSize();
		BufferedImage current = image;
		boolean converted = false;
		while (Math.max(current.getWidth(), current.getHeight()) >= 2 * target) {
			current = draw(current, Math.max(1, current.getWidth() / 2), Math.max(1, current.getHeight() / 2));
			converted = true;
		}
		double scale = Math.min(1.0, (double) target / Math.max(current.getWidth(), current.getHeight()));
		if (scale < 1.0 || !converted) {
			current = draw(current, Math.max(1, (int) Math.round(current.getWidth() * scale)),
					Math.max(1, (int) Math.round(current.getHeight() * scale)));
		}
		return current;
	}

	private static BufferedImage draw(BufferedImage image, int width, int height) {
		BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = gray.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return gray;
	}

}
