package io.kaidian.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as a login name: trimmed, Unicode-normalised (NFKC) and lower-cased,
 * so {@code Ａlice@Example.CN} and {@code alice@example.cn} are one login (R-REG-1).
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

	/**
	 * A pragmatic address shape: one {@code @}, a dotted domain, no spaces or control
	 * characters.
	 */
	private static final Pattern SHAPE = Pattern
		.compile("^[^\\s@\\p{Cntrl}]{1,64}@(?=.{1,253}$)[^\\s@\\p{Cntrl}.]+(\\.[^\\s@\\p{Cntrl}.]+)+$");

	public static Optional<EmailAddress> parse(String raw) {
		String normalised = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (normalised.length() > 254 || !SHAPE.matcher(normalised).matches()) {
			return Optional.empty();
		}
		return Optional.of(new EmailAddress(normalised));
	}

	/** The part before the {@code @}. */
	public String localPart() {
		return this.value.substring(0, this.value.indexOf('@'));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
