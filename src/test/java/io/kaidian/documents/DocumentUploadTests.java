package io.kaidian.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload attacks of the documents issue, through real HTTP and multipart handling
 * (the test-only {@link DocumentsTestApi}): the type is decided by the bytes, sizes are
 * bounded before anything is decoded, and names never reach the disk.
 */
class DocumentUploadTests extends IntegrationTest {

	private static final int MB = 1024 * 1024;

	@Autowired
	DocumentsProperties properties;

	private String token;

	@BeforeEach
	void signIn() {
		this.token = new StaffFixtures(this.api).operatorToken();
	}

	private Api.Reply upload(String name, String declaredType, byte[] content) {
		return Multipart.put(baseUrl() + "/api/v1/test/documents", this.token, name, declaredType, content);
	}

	@Test
	void aJpegIsAcceptedAsJpegWithItsDimensions() {
		Api.Reply reply = upload("photo.png", "application/octet-stream", Samples.jpeg(1000, 640));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("mediaType").asString()).isEqualTo("image/jpeg");
		assertThat(body.get("width").asInt()).isEqualTo(1000);
		assertThat(body.get("height").asInt()).isEqualTo(640);
		assertThat(body.get("sha256").asString()).matches("[0-9a-f]{64}");
		assertThat(body.get("checks").findValuesAsString("code")).containsExactly("BLUR", "RESOLUTION");
		assertThat(body.get("checks").findValues("passed")).allMatch(JsonNode::asBoolean);
	}

	@Test
	void aPngIsAcceptedAsPng() {
		Api.Reply reply = upload("scan.jpg", "image/jpeg", Samples.png(900, 600));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("mediaType").asString()).isEqualTo("image/png");
		assertThat(reply.json().get("width").asInt()).isEqualTo(900);
		assertThat(reply.json().get("height").asInt()).isEqualTo(600);
	}

	@Test
	void aPdfIsAcceptedAsANewPdfWithoutDimensionsOrChecks() {
		byte[] pdf = Samples.pdf();

		Api.Reply reply = upload("licence.pdf", "application/pdf", pdf);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("mediaType").asString()).isEqualTo("application/pdf");
		// re-rendered (DocumentPdfSanitisingTests), not the bytes as uploaded
		assertThat(reply.json().get("size").asLong()).isNotEqualTo(pdf.length);
		assertThat(reply.json().get("width").isNull()).isTrue();
		assertThat(reply.json().get("checks").isEmpty()).isTrue();
	}

	@Test
	void aJpgThatIsHtmlIsRefusedWith415() {
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);

		Api.Reply reply = upload("id-front.jpg", "image/jpeg", html);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("code").asString()).isEqualTo("FILE_TYPE_NOT_ACCEPTED");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(reply.json().get("errors").get(0).get("code").asString()).isEqualTo("FILE_TYPE_NOT_ACCEPTED");
	}

	@Test
	void aGifIsRefusedWith415() {
		byte[] gif = gif();

		Api.Reply reply = upload("a.png", "image/png", gif);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
	}

	private static byte[] gif() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(Samples.card(10, 10), "gif", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Test
	void aPngDeclaring50000By50000PixelsIsRefusedFromItsHeader() {
		byte[] bomb = Samples.pngDeclaring(50_000, 50_000);
		assertThat(bomb.length).isLessThan(2048);

		long started = System.nanoTime();
		Api.Reply reply = upload("bomb.png", "image/png", bomb);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("IMAGE_TOO_LARGE");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		// decoding 2.5 billion pixels would take 7.5 GB and many seconds, not this
		assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
	}

	@Test
	void aFileNamedWithDotsIsStoredUnderItsGeneratedNameInsideTheDirectory() throws Exception {
		Path directory = this.properties.directory().toAbsolutePath().normalize();
		Path escaped = directory.resolve("../../x").normalize();
		Files.deleteIfExists(escaped);

		Api.Reply reply = upload("../../x", "image/jpeg", Samples.jpeg(820, 520));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		String id = reply.json().get("id").asString();
		Path stored = directory.resolve(id.substring(0, 2)).resolve(id);
		assertThat(stored).isRegularFile();
		assertThat(escaped).doesNotExist();
		assertThat(directory.resolve("x")).doesNotExist();
		try (Stream<Path> files = Files.walk(directory)) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()))
				.noneMatch((name) -> name.equals("x") || name.contains(".."));
		}
	}

	@Test
	void tenMegabytesAndOneByteIsRefusedWithOur413() {
		byte[] tooLarge = new byte[10 * MB + 1];
		byte[] jpeg = Samples.jpeg(100, 100);
		System.arraycopy(jpeg, 0, tooLarge, 0, jpeg.length);

		Api.Reply reply = upload("big.jpg", "image/jpeg", tooLarge);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
		assertThat(reply.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		// our own check, naming the limit, not the container's
		assertThat(reply.json().get("errors").get(0).get("code").asString()).isEqualTo("FILE_TOO_LARGE");
	}

	@Test
	void exactlyTenMegabytesIsNotTooLarge() {
		byte[] padded = new byte[10 * MB];
		byte[] pdf = Samples.pdf();
		System.arraycopy(pdf, 0, padded, 0, pdf.length);

		Api.Reply reply = upload("big.pdf", "application/pdf", padded);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("mediaType").asString()).isEqualTo("application/pdf");
	}

	@Test
	void anEmptyFileIsRefused() {
		Api.Reply reply = upload("empty.jpg", "image/jpeg", new byte[0]);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("FILE_EMPTY");
	}

	@Test
	void aTruncatedJpegIsRefusedAsUnreadable() {
		byte[] jpeg = Samples.jpeg(400, 300);
		byte[] truncated = Arrays.copyOf(jpeg, 40);

		Api.Reply reply = upload("cut.jpg", "image/jpeg", truncated);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("FILE_UNREADABLE");
	}

	@Test
	void anOpenedDocumentIsServedAsAnAttachmentUnderItsGeneratedName() {
		String id = upload("<script>.jpg", "image/jpeg", Samples.jpeg(820, 520)).json().get("id").asString();

		Api.Reply reply = this.api.get("/api/v1/test/documents/" + id).token(this.token).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + ".jpg\"");
		assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void anUnknownDocumentIsNotFound() {
		Api.Reply reply = this.api.get("/api/v1/test/documents/" + UUID.randomUUID()).token(this.token).send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("code").asString()).isEqualTo("NOT_FOUND");
	}

}
