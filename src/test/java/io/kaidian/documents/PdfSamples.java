package io.kaidian.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** PDFs for the upload tests, made with PDFBox here rather than kept as binaries. */
final class PdfSamples {

	private PdfSamples() {
	}

	/**
	 * A one-page licence-like PDF carrying every kind of active content: an
	 * {@code /OpenAction} JavaScript, a document-level JavaScript, a launch action on a
	 * link, an embedded file and a form. Saved without object streams, so all of it is
	 * visible in the bytes.
	 */
	static byte[] withActiveContent() {
		try (PDDocument document = new PDDocument()) {
			PDPage page = textPage(document, PDRectangle.A4, "BUSINESS LICENCE 91110000");
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("init", new PDActionJavaScript("this.exportDataObject({cName: 'payload'});")));
			names.setJavascript(scripts);
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			PDComplexFileSpecification payload = new PDComplexFileSpecification();
			payload.setFile("payload.exe");
			payload.setEmbeddedFile(new PDEmbeddedFile(document,
					new java.io.ByteArrayInputStream("MZ-not-really".getBytes(StandardCharsets.US_ASCII))));
			files.setNames(Map.of("payload.exe", payload));
			names.setEmbeddedFiles(files);
			document.getDocumentCatalog().setNames(names);
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 50, 200, 40));
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDComplexFileSpecification());
			launch.getFile().setFile("cmd.exe");
			link.setAction(launch);
			page.getAnnotations().add(link);
			PDAcroForm form = new PDAcroForm(document);
			form.setDefaultResources(new PDResources());
			PDTextField field = new PDTextField(form);
			field.setPartialName("owner");
			form.setFields(List.of(field));
			document.getDocumentCatalog().setAcroForm(form);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of that many pages, each with a line of text. */
	static byte[] pages(int count) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 1; i <= count; i++) {
				textPage(document, PDRectangle.A4, "PAGE " + i);
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-page PDF whose page has that size, in points. */
	static byte[] pageOfSize(float width, float height) {
		try (PDDocument document = new PDDocument()) {
			textPage(document, new PDRectangle(width, height), "LARGE");
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-page PDF that opens only with a user password. */
	static byte[] passwordProtected() {
		try (PDDocument document = new PDDocument()) {
			textPage(document, PDRectangle.A4, "SECRET");
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code %PDF-1.7} and then random bytes: what a type sniffer calls a PDF. */
	static byte[] randomAfterHeader() {
		byte[] noise = new byte[8192];
		new Random(11).nextBytes(noise);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(noise);
		return out.toByteArray();
	}

	private static PDPage textPage(PDDocument document, PDRectangle size, String text) throws IOException {
		PDPage page = new PDPage(size);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.beginText();
			content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
			content.newLineAtOffset(60, size.getHeight() - 120);
			content.showText(text);
			content.endText();
			content.addRect(40, 40, size.getWidth() - 80, size.getHeight() - 80);
			content.setLineWidth(4);
			content.stroke();
		}
		return page;
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out, CompressParameters.NO_COMPRESSION);
		return out.toByteArray();
	}

	/** The name as it appears in a PDF's bytes, e.g. {@code /OpenAction}. */
	static byte[] name(COSName name) {
		return ("/" + name.getName()).getBytes(StandardCharsets.US_ASCII);
	}

}
