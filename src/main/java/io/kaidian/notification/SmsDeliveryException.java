package io.kaidian.notification;

/**
 * A provider did not accept a text message: the vendor refused it, answered with an
 * error, or could not be reached. Thrown out of {@link Notifications#send(SmsMessage)},
 * so an event listener that sends fails and its event is handed to it again later. The
 * message never holds the full phone number.
 */
public class SmsDeliveryException extends RuntimeException {

	private final String provider;

	private final String code;

	SmsDeliveryException(String provider, String code, String message) {
		super(message);
		this.provider = provider;
		this.code = code;
	}

	SmsDeliveryException(String provider, String code, String message, Throwable cause) {
		super(message, cause);
		this.provider = provider;
		this.code = code;
	}

	/** The provider that failed ({@code aliyun}). */
	public String provider() {
		return this.provider;
	}

	/**
	 * The vendor's own code ({@code isv.BUSINESS_LIMIT_CONTROL}), or ours when the vendor
	 * gave none: {@code HTTP_<status>}, {@code UNREACHABLE}, {@code MALFORMED_RESPONSE},
	 * or {@code TEMPLATE_REQUIRED} and {@code UNKNOWN_TEMPLATE} when the message cannot
	 * be sent by this provider at all.
	 */
	public String code() {
		return this.code;
	}

}
