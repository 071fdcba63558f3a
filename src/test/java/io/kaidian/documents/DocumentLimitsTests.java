package io.kaidian.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an image may cost (issue 10): a pixel budget read from the header, decoding
 * subsampled to the stored size, and a bounded number of decodes at once, the rest
 * refused with {@code 429} after a short wait. Also the truncated JPEG of issue 11.
 */
class DocumentLimitsTests extends IntegrationTest {

	@Autowired
	DocumentsProperties properties;

	@Autowired
	DecodePermits permits;

	private String token;

	@BeforeEach
	void signIn() {
		this.token = new StaffFixtures(this.api).operatorToken();
	}

	private Api.Reply upload(String name, String declaredType, byte[] content) {
		return Multipart.put(baseUrl() + "/api/v1/test/documents", this.token, name, declaredType, content);
	}

	@Test
	void anImageOneRowOverThePixelBudgetIsRefusedFromItsHeader() {
		// 8000 x 5001: 40.008 megapixels against the default 40
		int width = 8000;
		int height = (int) (this.properties.maxPixels() / width) + 1;
		byte[] header = Samples.pngDeclaring(width, height);

		Api.Reply reply = upload("big.png", "image/png", header);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("IMAGE_TOO_LARGE");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.contains(String.format(Locale.ENGLISH, "%,d", width))
			.contains(String.format(Locale.ENGLISH, "%,d", height))
			.contains(this.properties.maxMegapixels() + " megapixels");
	}

	@Test
	void aThirtyNineMegapixelPngIsDecodedSubsampledAndStoredWithinTheMaxSide() {
		// 7200 x 5400, one colour: about 110 KB on the wire, 117 MB of pixels decoded
		// whole
		byte[] png = Samples.solidPng(7200, 5400);
		assertThat(png.length).isLessThan(200_000);

		Api.Reply reply = upload("scan.png", "image/png", png);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		// every second pixel of every second row: 3600 x 2700, within 4096
		assertThat(reply.json().get("width").asInt()).isEqualTo(3600);
		assertThat(reply.json().get("height").asInt()).isEqualTo(2700);
		assertThat(Math.max(reply.json().get("width").asInt(), reply.json().get("height").asInt()))
			.isLessThanOrEqualTo(this.properties.maxStoredSide());
	}

	@Test
	void anImageWithinTheMaxSideIsStoredAtItsOwnSize() {
		Api.Reply reply = upload("photo.jpg", "image/jpeg", Samples.jpeg(1600, 1200));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("width").asInt()).isEqualTo(1600);
		assertThat(reply.json().get("height").asInt()).isEqualTo(1200);
	}

	@Test
	void aJpegCutShortInItsImageDataIsRefusedAsUnreadable() {
		byte[] jpeg = Samples.jpeg(1000, 700);
		// past the headers, well into the scan: the decoder alone would fill the rest
		// grey
		byte[] truncated = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);

		Api.Reply reply = upload("cut.jpg", "image/jpeg", truncated);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("FILE_UNREADABLE");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void aJpegWithDataAfterItsEndIsStillAccepted() {
		byte[] jpeg = Samples.jpeg(1000, 700);
		byte[] trailed = Arrays.copyOf(jpeg, jpeg.length + 64);

		Api.Reply reply = upload("trailer.jpg", "image/jpeg", trailed);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	@Test
	void whenEveryDecodePermitIsHeldAnUploadWaitsThenGets429WithRetryAfter() {
		List<DecodePermits.Permit> held = new ArrayList<>();
		try {
			for (int i = 0; i < this.properties.decoding().maxConcurrent(); i++) {
				held.add(this.permits.acquire());
			}
			assertThat(this.permits.available()).isZero();

			Api.Reply reply = upload("photo.jpg", "image/jpeg", Samples.jpeg(900, 600));

			assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
			assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
			assertThat(reply.header("Retry-After"))
				.isEqualTo(Long.toString(this.properties.decoding().retryAfter().toSeconds()));
			assertThat(reply.json().get("code").asString()).isEqualTo("UPLOADS_BUSY");
			assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

			// a pixel bomb needs no permit: refused from its header even now
			Api.Reply bomb = upload("bomb.png", "image/png", Samples.pngDeclaring(50_000, 50_000));
			assertThat(bomb.status()).as(bomb.toString()).isEqualTo(422);
		}
		finally {
			held.forEach(DecodePermits.Permit::close);
		}
		assertThat(this.permits.available()).isEqualTo(this.properties.decoding().maxConcurrent());

		Api.Reply again = upload("photo.jpg", "image/jpeg", Samples.jpeg(900, 600));
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
	}

	@Test
	void aRefusedOrFailedDecodeGivesItsPermitBack() {
		int before = this.permits.available();

		upload("cut.png", "image/png", Arrays.copyOf(Samples.png(900, 600), 400));
		upload("noise.pdf", "application/pdf", PdfSamples.randomAfterHeader());

		assertThat(this.permits.available()).isEqualTo(before);
	}

}
