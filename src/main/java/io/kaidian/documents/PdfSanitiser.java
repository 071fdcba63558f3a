package io.kaidian.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import io.kaidian.platform.rules.RuleViolationException;

/**
 * Makes an uploaded PDF safe to keep (ADR 0017): it is parsed with Apache PDFBox, each
 * page is rendered to pixels, and a new PDF is written holding one JPEG image per page
 * and nothing else. Whatever the original carried besides what its pages show —
 * JavaScript, open actions, launch actions, links, embedded files, forms (AcroForm and
 * XFA), document information, XMP, signatures — is not copied, because nothing is copied:
 * the new file is built from the pixels. A filled-in form field stays visible as pixels.
 * <p>
 * What does not parse, has no page, or needs a password is refused; more than
 * {@code kaidian.documents.pdf.max-pages} pages is refused before any is rendered. Pages
 * are rendered at {@code pdf.dpi}, lowered for a page whose longer side would exceed
 * {@code max-stored-side} pixels (a page can declare any size). Everything happens in
 * memory, PDFBox's scratch memory bounded by {@code pdf.max-parser-memory}.
 */
final class PdfSanitiser {

	private static final float POINTS_PER_INCH = 72f;

	private final DocumentsProperties.Pdf settings;

	private final int maxStoredSide;

	private final float jpegQuality;

	PdfSanitiser(DocumentsProperties.Pdf settings, int maxStoredSide, float jpegQuality) {
		this.settings = settings;
		this.maxStoredSide = maxStoredSide;
		this.jpegQuality = jpegQuality;
	}

	/** The new PDF, of the original's pages as images. */
	byte[] sanitise(byte[] original) {
		try (PDDocument source = load(original)) {
			int pages = source.getNumberOfPages();
			if (pages < 1) {
				throw unreadable();
			}
			if (pages > this.settings.maxPages()) {
				throw RuleViolationException.of("file", "PDF_TOO_MANY_PAGES", pages, this.settings.maxPages());
			}
			return render(source, pages);
		}
		catch (InvalidPasswordException ex) {
			throw RuleViolationException.of("file", "PDF_PASSWORD_PROTECTED");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException violation) {
				throw violation;
			}
			// not a PDF after all (random bytes after %PDF-), damaged beyond repair, or
			// needing more memory than allowed
			throw unreadable();
		}
	}

	private PDDocument load(byte[] original) throws IOException {
		// memory only: the plaintext never reaches a temporary file
		return Loader.loadPDF(original, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(this.settings.maxParserMemory().toBytes()).streamCache);
	}

	private byte[] render(PDDocument source, int pages) throws IOException {
		PDFRenderer renderer = new PDFRenderer(source);
		// large embedded images are decoded at the resolution of the page, not their own
		renderer.setSubsamplingAllowed(true);
		try (PDDocument clean = new PDDocument()) {
			for (int index = 0; index < pages; index++) {
				float scale = scale(source.getPage(index));
				BufferedImage image = renderer.renderImage(index, scale, ImageType.RGB);
				addPage(clean, image, scale);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			// no object streams: the structure stays plain text, easy to audit
			clean.save(bytes, CompressParameters.NO_COMPRESSION);
			return bytes.toByteArray();
		}
	}

	/** Pixels per point: the configured DPI, less if the page would be too large. */
	float scale(PDPage page) {
		PDRectangle box = page.getCropBox();
		float longSide = Math.max(box.getWidth(), box.getHeight());
		if (!(longSide > 0) || Float.isInfinite(longSide)) {
			throw unreadable();
		}
		float scale = this.settings.dpi() / POINTS_PER_INCH;
		return Math.min(scale, this.maxStoredSide / longSide);
	}

	/** A page of the image's size (at the rendering scale), showing only the image. */
	private void addPage(PDDocument clean, BufferedImage image, float scale) throws IOException {
		float width = image.getWidth() / scale;
		float height = image.getHeight() / scale;
		PDPage page = new PDPage(new PDRectangle(width, height));
		clean.addPage(page);
		PDImageXObject picture = JPEGFactory.createFromImage(clean, image, this.jpegQuality);
		try (PDPageContentStream content = new PDPageContentStream(clean, page)) {
			content.drawImage(picture, 0, 0, width, height);
		}
	}

	private static RuleViolationException unreadable() {
		return RuleViolationException.of("file", "PDF_UNREADABLE");
	}

}
