package io.kaidian.account.web;

/**
 * The answer to "Send code".
 *
 * @param sent whether a code went out
 * @param message what to tell the seller
 */
record CodeStatus(boolean sent, String message) implements java.io.Serializable {

	static CodeStatus sent(String message) {
		return new CodeStatus(true, message);
	}

	static CodeStatus failed(String message) {
		return new CodeStatus(false, message);
	}

}
