package io.kaidian.platform.rules;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a request: which field, which stable code, and the arguments of
 * its message. The message text itself is looked up in the caller's language when the
 * problem is rendered ({@code violation.<CODE>} in {@code messages*.properties}).
 *
 * @param field the JSON field (dotted path) or item reference the violation is about, or
 * {@code null} when it concerns the request as a whole
 * @param code a stable, machine-readable code such as {@code EMAIL_TAKEN}
 * @param arguments arguments of the localized message
 */
public record Violation(@Nullable String field, String code, Object... arguments) {

	public static Violation of(@Nullable String field, String code, Object... arguments) {
		return new Violation(field, code, arguments);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Violation that && java.util.Objects.equals(this.field, that.field)
				&& this.code.equals(that.code) && Arrays.equals(this.arguments, that.arguments);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.field, this.code, Arrays.hashCode(this.arguments));
	}

	@Override
	public String toString() {
		return (this.field != null ? this.field + ": " : "") + this.code;
	}

}
