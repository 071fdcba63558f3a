package io.kaidian.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts documents at rest with Tink AEAD (AES-256-GCM), the document's id as
 * associated data: a file copied or moved under another document's name fails to decrypt.
 * <p>
 * The keyset, a Tink JSON keyset, comes from {@code kaidian.documents.keyset}
 * ({@code KAIDIAN_DOCUMENTS_KEYSET}) or the file {@code kaidian.documents.keyset-file};
 * set one of them in production, the same on every instance. Otherwise a development
 * keyset is generated once into {@code ${kaidian.data-directory}/keys/documents.json},
 * with a warning at every start. Its primary key encrypts; every key in it decrypts,
 * which is how keys are rotated (docs/guide/documents.md).
 */
@Component
class DocumentCipher {

	private static final Logger log = LoggerFactory.getLogger(DocumentCipher.class);

	private final Aead aead;

	DocumentCipher(DocumentsProperties properties, Environment environment) {
		try {
			AeadConfig.register();
			KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(json(properties, environment),
					InsecureSecretKeyAccess.get());
			this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The documents keyset is not a valid Tink AEAD keyset", ex);
		}
	}

	byte[] encrypt(byte[] plaintext, DocumentId id) {
		try {
			return this.aead.encrypt(plaintext, associatedData(id));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt document " + id, ex);
		}
	}

	/**
	 * @throws GeneralSecurityException when the ciphertext was not made for this id with
	 * a key of the keyset, or was altered
	 */
	byte[] decrypt(byte[] ciphertext, DocumentId id) throws GeneralSecurityException {
		return this.aead.decrypt(ciphertext, associatedData(id));
	}

	private static byte[] associatedData(DocumentId id) {
		return ("kaidian-document:" + id).getBytes(StandardCharsets.UTF_8);
	}

	private static String json(DocumentsProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.keyset())) {
			return properties.keyset().strip();
		}
		try {
			if (StringUtils.hasText(properties.keysetFile())) {
				return Files.readString(Path.of(properties.keysetFile().strip()));
			}
			return generated(
					Path.of(environment.getProperty("kaidian.data-directory", "./data"), "keys", "documents.json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String generated(Path file) throws IOException {
		if (!Files.exists(file)) {
			try {
				String json = TinkJsonProtoKeysetFormat.serializeKeyset(
						KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
				Files.createDirectories(file.getParent());
				Files.writeString(file, json, StandardOpenOption.CREATE_NEW);
				restrict(file);
				log.warn("Generated a DEVELOPMENT keyset for documents in {}", file.toAbsolutePath());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}
		log.warn("Documents are encrypted with the DEVELOPMENT keyset {}: set kaidian.documents.keyset "
				+ "(KAIDIAN_DOCUMENTS_KEYSET) or kaidian.documents.keyset-file in production, and keep it: "
				+ "without it no stored document can be read", file.toAbsolutePath());
		return Files.readString(file);
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.debug("Could not restrict the permissions of {}", file, ex);
		}
	}

}
