package io.kaidian.settlement;

import java.util.Optional;

/**
 * Which item of an application something is about: a category by its code, a brand by its
 * index. On the wire (API fields, review item keys, reasons' fields) it is its
 * {@link #key()}: {@code category:<code>}, {@code brand:<index>} (R-APP-4, R-APP-5).
 */
public sealed interface ItemRef permits ItemRef.CategoryRef, ItemRef.BrandRef {

	/** The reference as written on the wire. */
	String key();

	static CategoryRef category(String code) {
		return new CategoryRef(code);
	}

	static BrandRef brand(int index) {
		return new BrandRef(index);
	}

	/**
	 * The reference a key names, if it names one: {@code category:shoes},
	 * {@code brand:0}.
	 * @param key the key as written on the wire
	 * @return the reference, empty for anything else
	 */
	static Optional<ItemRef> parse(String key) {
		if (key.startsWith(CategoryRef.PREFIX) && key.length() > CategoryRef.PREFIX.length()) {
			return Optional.of(new CategoryRef(key.substring(CategoryRef.PREFIX.length())));
		}
		if (key.startsWith(BrandRef.PREFIX)) {
			String index = key.substring(BrandRef.PREFIX.length());
			if (index.matches("\\d{1,9}")) {
				return Optional.of(new BrandRef(Integer.parseInt(index)));
			}
		}
		return Optional.empty();
	}

	/** {@link #parse(String)} of a key known to be one. */
	static ItemRef of(String key) {
		return parse(key).orElseThrow(() -> new IllegalArgumentException("Not an item reference: " + key));
	}

	/**
	 * A category of the application.
	 *
	 * @param code the category's code
	 */
	record CategoryRef(String code) implements ItemRef {

		static final String PREFIX = "category:";

		@Override
		public String key() {
			return PREFIX + this.code;
		}

		@Override
		public String toString() {
			return key();
		}

	}

	/**
	 * A brand of the application.
	 *
	 * @param index its place in the brand list, from 0
	 */
	record BrandRef(int index) implements ItemRef {

		static final String PREFIX = "brand:";

		@Override
		public String key() {
			return PREFIX + this.index;
		}

		@Override
		public String toString() {
			return key();
		}

	}

}
