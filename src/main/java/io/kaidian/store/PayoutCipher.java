package io.kaidian.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.springframework.stereotype.Component;

import io.kaidian.platform.crypto.Keysets;

/**
 * Payout account numbers at rest (R-STORE-2, PRODUCT.md §5): AEAD ciphertext under the
 * PII keyset (identity's, {@code kaidian.store.aead-keyset}), bound to the seller.
 */
@Component
class PayoutCipher {

	private final Aead aead;

	PayoutCipher(StoreProperties properties, Keysets keysets) {
		try {
			AeadConfig.register();
			this.aead = keysets
				.load(properties.aeadKeyset(), properties.aeadKeysetFile(), "identity-aead.json",
						PredefinedAeadParameters.AES256_GCM, "kaidian.store.aead-keyset")
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The PII keyset is not usable", ex);
		}
	}

	byte[] encrypt(String number, java.util.UUID sellerId) {
		try {
			return this.aead.encrypt(number.getBytes(StandardCharsets.UTF_8), context(sellerId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a payout account number", ex);
		}
	}

	String decrypt(byte[] ciphertext, java.util.UUID sellerId) {
		try {
			return new String(this.aead.decrypt(ciphertext, context(sellerId)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a payout account number", ex);
		}
	}

	private static byte[] context(java.util.UUID sellerId) {
		return ("store.payout.number:" + sellerId).getBytes(StandardCharsets.UTF_8);
	}

}
