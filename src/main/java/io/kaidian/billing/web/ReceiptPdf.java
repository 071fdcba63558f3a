package io.kaidian.billing.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A receipt as a PDF (ADR 0025): the Thymeleaf template {@code billing/receipt-pdf}
 * (XHTML; every value escaped by {@code th:text}) laid out by openhtmltopdf on PDFBox,
 * with Noto Sans SC embedded as a subset of the glyphs used so Chinese renders anywhere.
 * Nothing outside the template is loaded: no images, style sheets or fonts by URL.
 */
@Component
class ReceiptPdf {

	static final String FONT = "fonts/NotoSansSC-Regular-subset.ttf";

	static final String FONT_FAMILY = "Noto Sans SC";

	private final ITemplateEngine templates;

	/** The font's bytes, read on the first PDF (7 MB, so not before one is asked for). */
	private volatile byte @Nullable [] font;

	ReceiptPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(ReceiptLines receipt, Locale locale) {
		Context context = new Context(locale, Map.of("receipt", receipt));
		String xhtml = this.templates.process("billing/receipt-pdf", context);
		byte[] glyphs = font();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// the same face for regular and bold text: a bold without CJK glyphs would print
		// boxes
		for (int weight : new int[] { 400, 700 }) {
			builder.useFont(() -> new ByteArrayInputStream(glyphs), FONT_FAMILY, weight, FontStyle.NORMAL, true);
		}
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withHtmlContent(xhtml, null);
		builder.withProducer("Kaidian");
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private byte[] font() {
		byte[] loaded = this.font;
		if (loaded == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				loaded = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The receipt font " + FONT + " is missing", ex);
			}
			this.font = loaded;
		}
		return loaded;
	}

}
