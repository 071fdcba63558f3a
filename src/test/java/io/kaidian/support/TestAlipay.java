package io.kaidian.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for Alipay's open platform in tests: two RSA key pairs made when the test
 * JVM starts (ours, which signs requests, and Alipay's, which signs notifications and
 * answers), given to the service as its {@code kaidian.billing.alipay.*} settings, and a
 * {@link FakeAlipay} gateway at the configured gateway URL. Signs and verifies as Alipay
 * documents it, written here independently of the service's code.
 */
public final class TestAlipay {

	public static final String APP_ID = "2021000000000001";

	public static final String SELLER_ID = "2088000000000001";

	private static final KeyPair APP = generate();

	private static final KeyPair ALIPAY = generate();

	/** Alipay's gateway, answering queries and refunds over real HTTP. */
	public static final FakeAlipay SERVER = new FakeAlipay(APP.getPublic(), ALIPAY.getPrivate(),
			generate().getPrivate());

	public static final String GATEWAY = SERVER.url();

	private TestAlipay() {
	}

	static void configure(DynamicPropertyRegistry registry) {
		registry.add("kaidian.billing.alipay.app-id", () -> APP_ID);
		registry.add("kaidian.billing.alipay.seller-id", () -> SELLER_ID);
		registry.add("kaidian.billing.alipay.gateway-url", () -> GATEWAY);
		registry.add("kaidian.billing.alipay.app-private-key",
				() -> Base64.getEncoder().encodeToString(APP.getPrivate().getEncoded()));
		registry.add("kaidian.billing.alipay.alipay-public-key",
				() -> Base64.getEncoder().encodeToString(ALIPAY.getPublic().getEncoded()));
	}

	/** A notification's parameters with Alipay's signature added. */
	public static Map<String, String> signed(Map<String, String> parameters) {
		return signedWith(parameters, ALIPAY.getPrivate());
	}

	/** Signed with a key that is not Alipay's. */
	public static Map<String, String> forged(Map<String, String> parameters) {
		return signedWith(parameters, generate().getPrivate());
	}

	/** Whether a page pay request's parameters carry our application's signature. */
	public static boolean signedByUs(Map<String, String> request) {
		return verify(content(request, Set.of("sign")), request.get("sign"), APP.getPublic());
	}

	private static Map<String, String> signedWith(Map<String, String> parameters, PrivateKey key) {
		Map<String, String> signed = new TreeMap<>(parameters);
		signed.put("sign_type", "RSA2");
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(key);
			signature.update(content(signed, Set.of("sign", "sign_type")).getBytes(StandardCharsets.UTF_8));
			signed.put("sign", Base64.getEncoder().encodeToString(signature.sign()));
			return signed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sign(String content, PrivateKey key) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(key);
			signature.update(content.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean verify(String content, String sign, PublicKey key) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(key);
			signature.update(content.getBytes(StandardCharsets.UTF_8));
			return signature.verify(Base64.getDecoder().decode(sign));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	static String content(Map<String, String> parameters, Set<String> excluded) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter((e) -> !excluded.contains(e.getKey()) && !e.getValue().isEmpty())
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
