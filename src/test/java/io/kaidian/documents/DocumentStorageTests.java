package io.kaidian.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.kaidian.platform.security.Role;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What happens to a document once accepted: metadata stripped, encrypted on disk under
 * its id, every view recorded (PRODUCT.md §5).
 */
class DocumentStorageTests extends IntegrationTest {

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	Documents documents;

	@Autowired
	DocumentCipher cipher;

	@Autowired
	DocumentFiles files;

	@Autowired
	TransactionTemplate transactions;

	private final UUID seller = UUID.randomUUID();

	private final Viewer reviewer = new Viewer(UUID.randomUUID(), Role.REVIEWER);

	private StoredDocument store(byte[] content, String name) {
		return this.documents.store(new Upload(new ByteArrayInputStream(content), name, "image/jpeg"),
				new DocumentOwner("IDENTITY_CASE", UUID.randomUUID(), this.seller));
	}

	@Test
	void aGpsTaggedJpegIsStoredWithoutExifOrGps() {
		byte[] tagged = Samples.withExif(Samples.jpeg(1000, 640), 0);
		assertThat(Samples.jpegMarkers(tagged)).contains(0xE1);
		assertThat(Samples.contains(tagged, EXIF)).isTrue();
		assertThat(Samples.contains(tagged, new byte[] { 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0, 1 })).isTrue();

		StoredDocument stored = store(tagged, "IMG_0001.jpg");
		byte[] kept = this.documents.open(stored.id(), this.reviewer).content();

		assertThat(kept[0] & 0xFF).isEqualTo(0xFF);
		assertThat(kept[1] & 0xFF).isEqualTo(0xD8);
		// no APP1 at all: no EXIF, so no GPS IFD; no XMP either
		assertThat(Samples.jpegMarkers(kept)).doesNotContain(0xE1);
		assertThat(Samples.contains(kept, EXIF)).isFalse();
		// the latitude 39/1 54/1 of the GPS IFD
		assertThat(Samples.contains(kept, new byte[] { 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0, 1 })).isFalse();
		assertThat(stored.width()).isEqualTo(1000);
		assertThat(stored.height()).isEqualTo(640);
	}

	@Test
	void aJpegIsTurnedUprightByItsExifOrientationBeforeItIsDropped() throws Exception {
		// orientation 6: stored landscape, to be shown turned 90 degrees clockwise
		byte[] sideways = Samples.withExif(Samples.jpeg(1000, 640), 6);

		StoredDocument stored = store(sideways, "portrait.jpg");

		assertThat(stored.width()).isEqualTo(640);
		assertThat(stored.height()).isEqualTo(1000);
		var image = ImageIO.read(new ByteArrayInputStream(this.documents.open(stored.id(), this.reviewer).content()));
		assertThat(image.getWidth()).isEqualTo(640);
		assertThat(image.getHeight()).isEqualTo(1000);
	}

	@Test
	void aPngKeepsNoTextChunks() {
		byte[] png = Samples.withTextChunk(Samples.png(900, 600), "GPS", "39.9042 N 116.4074 E");
		assertThat(Samples.pngChunks(png)).contains("tEXt");

		StoredDocument stored = store(png, "scan.png");
		byte[] kept = this.documents.open(stored.id(), this.reviewer).content();

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(Samples.pngChunks(kept)).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf", "iCCP")
			.contains("IHDR", "IDAT", "IEND");
	}

	@Test
	void theFileOnDiskIsEncryptedAndDecryptsOnlyUnderItsOwnId() throws Exception {
		StoredDocument stored = store(Samples.jpeg(820, 520), "x.jpg");
		Path file = this.files.resolve(DocumentFiles.keyOf(stored.id()));

		byte[] onDisk = Files.readAllBytes(file);
		byte[] plaintext = this.documents.open(stored.id(), this.reviewer).content();

		assertThat(file.getFileName().toString()).isEqualTo(stored.id().toString());
		assertThat(onDisk[0] & 0xFF).as("no JPEG magic on disk").isNotEqualTo(0xFF);
		assertThat(Samples.contains(onDisk, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).isFalse();
		assertThat(onDisk).isNotEqualTo(plaintext);
		assertThat(this.cipher.decrypt(onDisk, stored.id())).isEqualTo(plaintext);
		assertThatThrownBy(() -> this.cipher.decrypt(onDisk, DocumentId.random()))
			.isInstanceOf(GeneralSecurityException.class);
		assertThat(stored.sha256()).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(plaintext)));
		assertThat(stored.size()).isEqualTo(plaintext.length);
	}

	@Test
	void aFileSwappedUnderAnotherDocumentsNameDoesNotOpen() throws Exception {
		StoredDocument first = store(Samples.jpeg(820, 520), "a.jpg");
		StoredDocument second = store(Samples.png(820, 520), "b.png");
		Path secondFile = this.files.resolve(DocumentFiles.keyOf(second.id()));
		Files.copy(this.files.resolve(DocumentFiles.keyOf(first.id())), secondFile,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		assertThatThrownBy(() -> this.documents.open(second.id(), this.reviewer))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not decrypt");
		assertThat(this.documents.views(second.id())).isEmpty();
	}

	@Test
	void everyOpeningIsRecordedWithWhoAndWhen() {
		StoredDocument stored = store(Samples.jpeg(820, 520), "a.jpg");
		Instant first = now();
		this.documents.open(stored.id(), this.reviewer);
		this.clock.add(Duration.ofMinutes(5));
		Viewer operator = new Viewer(UUID.randomUUID(), Role.OPERATOR);
		this.documents.open(stored.id(), operator);

		assertThat(this.documents.views(stored.id())).containsExactly(
				new View(stored.id(), this.reviewer.accountId(), Role.REVIEWER, first),
				new View(stored.id(), operator.accountId(), Role.OPERATOR, first.plus(Duration.ofMinutes(5))));
	}

	@Test
	void theMetadataIsFoundAgainWithItsChecks() {
		StoredDocument stored = store(Samples.jpeg(820, 520), "a.jpg");

		assertThat(this.documents.find(stored.id())).contains(stored);
		assertThat(stored.createdAt()).isEqualTo(now());
		assertThat(stored.owner().sellerAccountId()).isEqualTo(this.seller);
		assertThat(this.documents.find(DocumentId.random())).isEmpty();
	}

	@Test
	void aDeletedDocumentNoLongerOpensButItsViewsStay() {
		StoredDocument stored = store(Samples.jpeg(820, 520), "a.jpg");
		this.documents.open(stored.id(), this.reviewer);
		Path file = this.files.resolve(DocumentFiles.keyOf(stored.id()));

		this.documents.delete(stored.id());
		this.documents.delete(stored.id());

		assertThat(file).doesNotExist();
		assertThatThrownBy(() -> this.documents.open(stored.id(), this.reviewer)).isInstanceOf(NotFoundException.class);
		assertThat(this.documents.views(stored.id())).hasSize(1);
		assertThat(this.documents.find(stored.id())).isPresent();
	}

	@Test
	void aDocumentStoredInATransactionThatRollsBackLeavesNoFile() {
		StoredDocument stored = this.transactions.execute((status) -> {
			StoredDocument document = store(Samples.jpeg(820, 520), "a.jpg");
			status.setRollbackOnly();
			return document;
		});

		assertThat(this.files.resolve(DocumentFiles.keyOf(stored.id()))).doesNotExist();
		assertThat(this.documents.find(stored.id())).isEmpty();
	}

}
