package io.kaidian.notification;

/**
 * Recipients as they may appear in logs: enough to tell them apart, not enough to contact
 * them.
 */
final class Masking {

	private Masking() {
	}

	static String email(String address) {
		int at = address.indexOf('@');
		if (at <= 1) {
			return "***" + (at >= 0 ? address.substring(at) : "");
		}
		return address.charAt(0) + "***" + address.substring(at);
	}

	static String phone(String number) {
		if (number.length() <= 4) {
			return "****";
		}
		return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
	}

}
