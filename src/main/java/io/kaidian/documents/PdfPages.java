package io.kaidian.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import io.kaidian.platform.rules.NotFoundException;

/**
 * The pages of a stored PDF as PNG images, for the reviewer's page (ADR 0030). Stored
 * PDFs hold nothing but one image per page (ADR 0017); each page is rendered as it was
 * stored: at {@code pdf.dpi}, lowered to fit {@code max-stored-side}, in memory only.
 */
final class PdfPages {

	private final DocumentsProperties.Pdf settings;

	private final PdfSanitiser scales;

	PdfPages(DocumentsProperties.Pdf settings, PdfSanitiser scales) {
		this.settings = settings;
		this.scales = scales;
	}

	/** How many pages a stored PDF has. */
	int count(byte[] pdf) {
		try (PDDocument document = load(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Page {@code page} (from 1) as a PNG.
	 * @throws NotFoundException no such page
	 */
	PageImage render(byte[] pdf, int page) {
		try (PDDocument document = load(pdf)) {
			int pages = document.getNumberOfPages();
			if (page < 1 || page > pages) {
				throw new NotFoundException();
			}
			PDFRenderer renderer = new PDFRenderer(document);
			renderer.setSubsamplingAllowed(true);
			float scale = this.scales.scale(document.getPage(page - 1));
			BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return new PageImage("image/png", png.toByteArray(), page, pages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PDDocument load(byte[] pdf) throws IOException {
		return Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(this.settings.maxParserMemory().toBytes()).streamCache);
	}

}
