package io.kaidian.notification;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A text message to send. Some vendors (Aliyun) send only templates approved in advance
 * with their parameters, never free text: such a message names one of our templates
 * ({@link #ofTemplate}), which each vendor's settings map to the vendor's own template.
 * The body is always our own wording of the same text, which the built-in {@code log}
 * provider keeps.
 *
 * @param to the recipient's phone number in E.164 form ({@code +8613800138000})
 * @param body the text
 * @param template our template id ({@code verification-code}); {@code null} for free
 * text, which template-only vendors refuse
 * @param parameters the template's parameters by name ({@code code} → {@code 123456});
 * empty without a template
 */
public record SmsMessage(String to, String body, @Nullable String template, Map<String, String> parameters) {

	public SmsMessage {
		parameters = Map.copyOf(parameters);
		if (template != null && template.isBlank()) {
			throw new IllegalArgumentException("An SMS template id must not be blank");
		}
		if (template == null && !parameters.isEmpty()) {
			throw new IllegalArgumentException("SMS parameters need a template");
		}
	}

	/** Free text, without a template: only providers that send any text deliver it. */
	public SmsMessage(String to, String body) {
		this(to, body, null, Map.of());
	}

	/**
	 * A message from one of our templates.
	 * @param to the recipient's phone number in E.164 form
	 * @param template our template id ({@code verification-code})
	 * @param parameters the template's parameters by name
	 * @param body our own wording of the same text, kept by the {@code log} provider
	 * @return the message
	 */
	public static SmsMessage ofTemplate(String to, String template, Map<String, String> parameters, String body) {
		return new SmsMessage(to, body, template, parameters);
	}

}
