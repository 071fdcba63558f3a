package io.kaidian.platform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English and Simplified Chinese throughout (PRODUCT.md §5): both bundles have the same
 * keys.
 */
class MessagesTests {

	@Test
	void bothLanguagesHaveEveryMessage() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh_CN.properties");

		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(chinese.stringPropertyNames())
			.allSatisfy((key) -> assertThat(chinese.getProperty(key)).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
