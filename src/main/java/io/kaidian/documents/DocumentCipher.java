package io.kaidian.documents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.springframework.stereotype.Component;

import io.kaidian.platform.crypto.Keysets;

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

	private final Aead aead;

	DocumentCipher(DocumentsProperties properties, Keysets keysets) {
		try {
			AeadConfig.register();
			KeysetHandle keyset = keysets.load(properties.keyset(), properties.keysetFile(), "documents.json",
					PredefinedAeadParameters.AES256_GCM, "kaidian.documents.keyset");
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

}
