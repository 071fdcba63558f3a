package io.kaidian.notification;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A text message is free text, or one of our templates with its parameters. */
class SmsMessageTests {

	@Test
	void freeTextHasNoTemplate() {
		SmsMessage message = new SmsMessage("+8613800138000", "hello");

		assertThat(message.template()).isNull();
		assertThat(message.parameters()).isEmpty();
	}

	@Test
	void aTemplateCarriesItsParametersAndOurWording() {
		SmsMessage message = SmsMessage.ofTemplate("+8613800138000", "verification-code", Map.of("code", "123456"),
				"Your code is 123456");

		assertThat(message.template()).isEqualTo("verification-code");
		assertThat(message.parameters()).containsExactly(Map.entry("code", "123456"));
		assertThat(message.body()).isEqualTo("Your code is 123456");
	}

	@Test
	void parametersNeedATemplate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SmsMessage("+8613800138000", "hello", null, Map.of("code", "1")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SmsMessage.ofTemplate("+8613800138000", " ", Map.of(), "hello"));
	}

}
