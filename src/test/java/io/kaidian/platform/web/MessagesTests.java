package io.kaidian.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

	/**
	 * A key defined twice keeps only its last text, silently: two features that chose one
	 * key would show one of them the other's words.
	 */
	@Test
	void noMessageIsDefinedTwice() throws IOException {
		for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
			List<String> keys = new ArrayList<>();
			try (var reader = new BufferedReader(
					new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
					.map((line) -> line.substring(0, line.indexOf('=')).strip())
					.forEach(keys::add);
			}
			assertThat(keys).as(name).doesNotHaveDuplicates();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
