package io.kaidian.documents;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kaidian.platform.security.Role;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFs are parsed and re-rendered, never passed through (issue 11, ADR 0017): what is
 * stored — read back decrypted — is a new PDF of page images with no active content, and
 * what does not parse is refused.
 */
class DocumentPdfSanitisingTests extends IntegrationTest {

	@Autowired
	Documents documents;

	@Autowired
	DocumentsProperties properties;

	private String token;

	@BeforeEach
	void signIn() {
		this.token = new StaffFixtures(this.api).operatorToken();
	}

	private Api.Reply upload(String name, byte[] content) {
		return Multipart.put(baseUrl() + "/api/v1/test/documents", this.token, name, "application/pdf", content);
	}

	/** The stored plaintext, decrypted from the file on disk. */
	private byte[] stored(Api.Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		DocumentId id = DocumentId.of(reply.json().get("id").asString());
		return this.documents.open(id, new Viewer(UUID.randomUUID(), Role.REVIEWER)).content();
	}

	@Test
	void aPdfWithOpenActionJavaScriptIsStoredWithoutAnyActiveContent() throws IOException {
		byte[] hostile = PdfSamples.withActiveContent();
		for (COSName name : new COSName[] { COSName.JAVA_SCRIPT, COSName.OPEN_ACTION, COSName.JS,
				COSName.getPDFName("Launch"), COSName.EMBEDDED_FILES, COSName.ACRO_FORM }) {
			assertThat(Samples.contains(hostile, PdfSamples.name(name))).as("sample has %s", name).isTrue();
		}

		Api.Reply reply = upload("licence.pdf", hostile);
		byte[] kept = stored(reply);

		assertThat(reply.json().get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(new String(kept, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		for (COSName name : new COSName[] { COSName.JAVA_SCRIPT, COSName.OPEN_ACTION, COSName.JS,
				COSName.getPDFName("Launch"), COSName.EMBEDDED_FILES, COSName.EMBEDDED_FILE, COSName.ACRO_FORM,
				COSName.XFA, COSName.ANNOTS, COSName.AA, COSName.NAMES }) {
			assertThat(Samples.contains(kept, PdfSamples.name(name))).as("stored has %s", name).isFalse();
		}
		try (PDDocument document = Loader.loadPDF(kept)) {
			assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
			assertThat(document.getDocumentCatalog().getNames()).isNull();
			assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage page = document.getPage(0);
			assertThat(page.getAnnotations()).isEmpty();
			// the page is one image, rendered at 150 dpi: A4 is 1240 x 1754 pixels
			COSName only = page.getResources().getXObjectNames().iterator().next();
			PDImageXObject image = (PDImageXObject) page.getResources().getXObject(only);
			assertThat(image.getWidth()).isBetween(1239, 1241);
			assertThat(image.getHeight()).isBetween(1753, 1755);
			// and it still shows the licence: the frame and text are there
			try (PDDocument original = Loader.loadPDF(hostile)) {
				long expected = darkPixels(original);
				assertThat(expected).isGreaterThan(1000);
				// at least as dark as half the original (edges soften in the image)
				assertThat(darkPixels(document)).isGreaterThan(expected / 2);
			}
		}
	}

	private static long darkPixels(PDDocument document) throws IOException {
		var image = new PDFRenderer(document).renderImage(0, 0.5f);
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) < 100 && ((rgb >> 8) & 0xFF) < 100 && (rgb & 0xFF) < 100) {
					dark++;
				}
			}
		}
		return dark;
	}

	@Test
	void randomBytesAfterThePdfHeaderAreRefused() {
		Api.Reply reply = upload("licence.pdf", PdfSamples.randomAfterHeader());

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("code").asString()).isEqualTo("PDF_UNREADABLE");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void aPdfOverThePageLimitIsRefusedNamingTheLimit() {
		int limit = this.properties.pdf().maxPages();

		Api.Reply reply = upload("long.pdf", PdfSamples.pages(limit + 1));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("PDF_TOO_MANY_PAGES");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).contains(Integer.toString(limit));
	}

	@Test
	void aPdfAtThePageLimitIsStoredPageForPage() throws IOException {
		byte[] kept = stored(upload("three.pdf", PdfSamples.pages(3)));

		try (PDDocument document = Loader.loadPDF(kept)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
		}
	}

	@Test
	void aPasswordProtectedPdfIsRefused() {
		Api.Reply reply = upload("secret.pdf", PdfSamples.passwordProtected());

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("PDF_PASSWORD_PROTECTED");
	}

	@Test
	void aHugePageIsRenderedWithinTheStoredSideLimit() throws IOException {
		// 200 x 200 inches: 30,000 pixels a side at 150 dpi
		byte[] kept = stored(upload("poster.pdf", PdfSamples.pageOfSize(14_400, 14_400)));

		try (PDDocument document = Loader.loadPDF(kept)) {
			PDPage page = document.getPage(0);
			COSName only = page.getResources().getXObjectNames().iterator().next();
			PDImageXObject image = (PDImageXObject) page.getResources().getXObject(only);
			assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(this.properties.maxStoredSide());
		}
	}

}
