package io.kaidian.notification;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The settings of the Aliyun provider: the keys operations.md documents bind to
 * {@link AliyunSmsProperties}, and choosing {@code aliyun} without the credentials stops
 * the start-up with the missing settings named.
 */
class AliyunSmsSettingsTests {

	@Test
	void theShippedSettingsLeaveOnlyCredentialsSignNameAndTemplateCodesToTheOperator() throws IOException {
		AliyunSmsProperties properties = bind(Map.of());

		assertThat(properties.endpoint()).isEqualTo(URI.create("https://dysmsapi.aliyuncs.com/"));
		assertThat(properties.regionId()).isEqualTo("cn-hangzhou");
		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.templates()).containsOnlyKeys("verification-code");
		assertThat(properties.missing()).containsExactly("kaidian.notification.sms.aliyun.access-key-id",
				"kaidian.notification.sms.aliyun.access-key-secret", "kaidian.notification.sms.aliyun.sign-name",
				"kaidian.notification.sms.aliyun.templates.verification-code");
	}

	@Test
	void choosingAliyunWithoutItsSettingsFailsAtStartUp() throws IOException {
		AliyunSmsProperties properties = bind(Map.of("kaidian.notification.sms.aliyun.access-key-id", "LTAI-id"));

		assertThatIllegalStateException().isThrownBy(() -> new AliyunSmsSender(properties, Clock.systemUTC()))
			.withMessageContaining("kaidian.notification.sms.provider is aliyun")
			.withMessageContaining("kaidian.notification.sms.aliyun.access-key-secret")
			.withMessageContaining("kaidian.notification.sms.aliyun.sign-name")
			.withMessageContaining("kaidian.notification.sms.aliyun.templates.verification-code")
			.withMessageNotContaining("access-key-id,");
	}

	@Test
	void everySettingBindsFromItsKey() throws IOException {
		AliyunSmsProperties properties = bind(Map.of("kaidian.notification.sms.aliyun.endpoint",
				"https://dysmsapi.ap-southeast-1.aliyuncs.com/", "kaidian.notification.sms.aliyun.access-key-id",
				"LTAI-id", "kaidian.notification.sms.aliyun.access-key-secret", "top-secret",
				"kaidian.notification.sms.aliyun.sign-name", "凯店", "kaidian.notification.sms.aliyun.region-id",
				"ap-southeast-1", "kaidian.notification.sms.aliyun.templates.verification-code", "SMS_1",
				"kaidian.notification.sms.aliyun.templates.review-result", "SMS_2",
				"kaidian.notification.sms.aliyun.connect-timeout", "2s", "kaidian.notification.sms.aliyun.read-timeout",
				"3s"));

		assertThat(properties.missing()).isEmpty();
		assertThat(properties.endpoint()).isEqualTo(URI.create("https://dysmsapi.ap-southeast-1.aliyuncs.com/"));
		assertThat(properties.accessKeyId()).isEqualTo("LTAI-id");
		assertThat(properties.accessKeySecret()).isEqualTo("top-secret");
		assertThat(properties.signName()).isEqualTo("凯店");
		assertThat(properties.regionId()).isEqualTo("ap-southeast-1");
		assertThat(properties.templates())
			.containsExactlyInAnyOrderEntriesOf(Map.of("verification-code", "SMS_1", "review-result", "SMS_2"));
		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(properties.toString()).doesNotContain("top-secret");
	}

	@Test
	void aNonHttpEndpointOrNoTemplateIsRefused() {
		AliyunSmsProperties properties = new AliyunSmsProperties(URI.create("dysmsapi.aliyuncs.com"), "id", "secret",
				"凯店", "cn-hangzhou", Map.of(), Duration.ofSeconds(1), Duration.ZERO);

		assertThat(properties.missing()).containsExactly(
				"kaidian.notification.sms.aliyun.endpoint (an http or https URL)",
				"kaidian.notification.sms.aliyun.templates (at least one template id mapped to an Aliyun template code)",
				"kaidian.notification.sms.aliyun.read-timeout (a positive duration)");
	}

	/**
	 * The shipped application.yml, with {@code overrides} on top as the environment
	 * would.
	 */
	private static AliyunSmsProperties bind(Map<String, Object> overrides) throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new MapPropertySource("overrides", overrides));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(sources::addLast);
		Binder binder = new Binder(ConfigurationPropertySources.from(sources),
				new PropertySourcesPlaceholdersResolver(sources));
		return binder.bindOrCreate("kaidian.notification.sms.aliyun", AliyunSmsProperties.class);
	}

}
