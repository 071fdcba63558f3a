package io.kaidian.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Alipay's RSA2 signature (SHA256withRSA over the parameters sorted by name, joined as
 * {@code k=v&k=v}, empty values left out), with the JDK alone: requests are signed
 * without {@code sign}; notifications are verified without {@code sign} and
 * {@code sign_type}.
 */
final class AlipaySignature {

	/** Left out of what a request's signature covers. */
	static final Set<String> REQUEST_UNSIGNED = Set.of("sign");

	/** Left out of what a notification's signature covers. */
	static final Set<String> NOTIFICATION_UNSIGNED = Set.of("sign", "sign_type");

	private static final String ALGORITHM = "SHA256withRSA";

	private AlipaySignature() {
	}

	/** The signed content: every non-empty parameter but the excluded, sorted by name. */
	static String content(Map<String, String> parameters, Set<String> excluded) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter((e) -> !excluded.contains(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty())
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
	}

	/** The Base64 signature of the content. */
	static String sign(String content, PrivateKey key) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(key);
			signature.update(content.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with " + ALGORITHM, ex);
		}
	}

	/** Whether the Base64 signature is the key's over the content; false if malformed. */
	static boolean verify(String content, String sign, PublicKey key) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(content.getBytes(StandardCharsets.UTF_8));
			return signature.verify(Base64.getMimeDecoder().decode(sign));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The signed part of an answer of Alipay's gateway: the JSON text of the
	 * {@code <method>_response} member exactly as received, or {@code null} if there is
	 * none.
	 * @param body the whole answer
	 * @param member e.g. {@code alipay_trade_query_response}
	 */
	static @Nullable String responseContent(String body, String member) {
		int name = body.indexOf('"' + member + '"');
		if (name < 0) {
			return null;
		}
		int start = body.indexOf('{', name + member.length() + 2);
		if (start < 0 || !body.substring(name + member.length() + 2, start).trim().equals(":")) {
			return null;
		}
		int depth = 0;
		boolean inString = false;
		for (int i = start; i < body.length(); i++) {
			char c = body.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return body.substring(start, i + 1);
			}
		}
		return null;
	}

	/** A PKCS#8 RSA private key, Base64 (as Alipay's key tool writes it). */
	static PrivateKey privateKey(String base64) {
		try {
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("kaidian.billing.alipay.app-private-key is not a PKCS#8 RSA key", ex);
		}
	}

	/** An X.509 RSA public key, Base64 (as Alipay's console shows it). */
	static PublicKey publicKey(String base64) {
		try {
			return KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("kaidian.billing.alipay.alipay-public-key is not an X.509 RSA key", ex);
		}
	}

}
