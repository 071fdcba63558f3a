package io.kaidian.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.crypto.Keysets;

/**
 * Personal data at rest (PRODUCT.md §5): names, ID numbers and credit codes are stored
 * only as AEAD ciphertext (AES-256-GCM, bound to the field it belongs to), and looked up
 * or kept unique through a keyed PRF (HMAC-SHA256, the full 32 bytes) — never plain text,
 * never a truncated blind index.
 */
@Component
class PersonalData {

	private static final int MAC_BYTES = 32;

	private final Aead aead;

	private final PrfSet prf;

	PersonalData(IdentityProperties properties, Keysets keysets) {
		try {
			AeadConfig.register();
			PrfConfig.register();
			this.aead = keysets
				.load(properties.aeadKeyset(), properties.aeadKeysetFile(), "identity-aead.json",
						PredefinedAeadParameters.AES256_GCM, "kaidian.identity.aead-keyset")
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.prf = keysets
				.load(properties.prfKeyset(), properties.prfKeysetFile(), "identity-prf.json",
						PredefinedPrfParameters.HMAC_SHA256_PRF, "kaidian.identity.prf-keyset")
				.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Identity keysets are not usable", ex);
		}
	}

	byte @Nullable [] encrypt(@Nullable String value, String field) {
		if (value == null) {
			return null;
		}
		try {
			return this.aead.encrypt(value.getBytes(StandardCharsets.UTF_8), context(field));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt " + field, ex);
		}
	}

	@Nullable String decrypt(byte @Nullable [] ciphertext, String field) {
		if (ciphertext == null) {
			return null;
		}
		try {
			return new String(this.aead.decrypt(ciphertext, context(field)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt " + field, ex);
		}
	}

	/** The look-up key of a subject: the same subject always gives the same 32 bytes. */
	byte[] mac(SubjectType type, String normalisedKey) {
		try {
			return this.prf.computePrimary((type + ":" + normalisedKey).getBytes(StandardCharsets.UTF_8), MAC_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not compute a look-up key", ex);
		}
	}

	private static byte[] context(String field) {
		return ("kaidian-identity:" + field).getBytes(StandardCharsets.UTF_8);
	}

}
