package io.kaidian.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaidian.platform.crypto.Keysets;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret key of the verification codes' HMAC. A six-digit code hashed without a
 * secret is found by trying a million values; keyed, the stored hashes are useless
 * without the key. From {@code kaidian.account.verification.hash-key} (base64, 32 bytes;
 * set it in production, the same on every instance), otherwise generated once into
 * {@code ${kaidian.data-directory}/keys/verification-code.key} with a warning (refused in
 * the {@code prod} profile, ADR 0021).
 */
@Component
class CodeHashKey {

	private static final Logger log = LoggerFactory.getLogger(CodeHashKey.class);

	private final byte[] bytes;

	CodeHashKey(AccountProperties properties, Keysets keysets) {
		String configured = properties.verification().hashKey();
		if (StringUtils.hasText(configured)) {
			this.bytes = Base64.getDecoder().decode(configured.strip());
		}
		else {
			this.bytes = generated(
					keysets.developmentFile("verification-code.key", "kaidian.account.verification.hash-key"));
		}
		if (this.bytes.length < 32) {
			throw new IllegalStateException("kaidian.account.verification.hash-key must be at least 32 bytes (base64)");
		}
	}

	byte[] bytes() {
		return this.bytes.clone();
	}

	private static byte[] generated(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			log.warn("Generated a development key for verification codes in {}: set "
					+ "kaidian.account.verification.hash-key in production", file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
