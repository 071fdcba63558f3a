package io.kaidian.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's signature for RPC-style APIs, version 1.0 with HMAC-SHA1: the
 * parameters sorted by name and percent-encoded (RFC 3986: only {@code A-Z a-z 0-9 - _ .
 * ~} stay as they are, so a space is {@code %20} and {@code *} is {@code %2A}), then
 * {@code StringToSign = METHOD & %2F & percentEncode(canonicalizedQuery)}, signed with
 * the key {@code AccessKeySecret + "&"} and encoded in Base64.
 */
final class AliyunSignature {

	static final String PARAMETER = "Signature";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private AliyunSignature() {
	}

	/**
	 * The signature of a request.
	 * @param method the HTTP method, {@code GET} or {@code POST}
	 * @param parameters every parameter of the request; a {@code Signature} among them is
	 * left out
	 * @param accessKeySecret the secret of the AccessKey pair
	 * @return the Base64 signature, not yet percent-encoded
	 */
	static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			byte[] digest = mac.doFinal(stringToSign(method, parameters).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	static String stringToSign(String method, Map<String, String> parameters) {
		return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalizedQuery(parameters));
	}

	/**
	 * {@code name=value} pairs, sorted by name and percent-encoded, without the
	 * signature.
	 */
	static String canonicalizedQuery(Map<String, String> parameters) {
		StringJoiner query = new StringJoiner("&");
		new TreeMap<>(parameters).forEach((name, value) -> {
			if (!PARAMETER.equals(name)) {
				query.add(percentEncode(name) + "=" + percentEncode(value));
			}
		});
		return query.toString();
	}

	/** RFC 3986 percent-encoding of the UTF-8 bytes, as Alibaba Cloud expects it. */
	static String percentEncode(String value) {
		StringBuilder encoded = new StringBuilder(value.length() * 3);
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
			}
		}
		return encoded.toString();
	}

}
