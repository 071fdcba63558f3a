package io.kaidian.notification;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the Aliyun SMS provider ({@code kaidian.notification.sms.aliyun.*}), used
 * when {@code kaidian.notification.sms.provider} is {@code aliyun}. Bound whatever the
 * provider, so they may be incomplete; {@link #missing()} says what the provider lacks.
 *
 * @param endpoint where {@code SendSms} is posted
 * ({@code https://dysmsapi.aliyuncs.com/})
 * @param accessKeyId the AccessKey ID of a RAM user allowed to send SMS
 * @param accessKeySecret the AccessKey secret that signs every request
 * @param signName the approved signature name the text starts with ({@code 【凯店】})
 * @param regionId the region of the request ({@code cn-hangzhou})
 * @param templates our template ids ({@code verification-code}) mapped to approved Aliyun
 * template codes ({@code SMS_123456789})
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for the answer once the request is sent
 */
@ConfigurationProperties("kaidian.notification.sms.aliyun")
record AliyunSmsProperties(@Nullable URI endpoint, @Nullable String accessKeyId, @Nullable String accessKeySecret,
		@Nullable String signName, @Nullable String regionId, @DefaultValue Map<String, String> templates,
		@Nullable Duration connectTimeout, @Nullable Duration readTimeout) {

	static final String PREFIX = "kaidian.notification.sms.aliyun.";

	AliyunSmsProperties {
		templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
	}

	/**
	 * The settings the provider cannot work without, by their full names; empty when
	 * complete.
	 */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.endpoint == null || !this.endpoint.isAbsolute()
				|| !List.of("http", "https").contains(this.endpoint.getScheme())) {
			missing.add(PREFIX + "endpoint (an http or https URL)");
		}
		require(this.accessKeyId, "access-key-id", missing);
		require(this.accessKeySecret, "access-key-secret", missing);
		require(this.signName, "sign-name", missing);
		require(this.regionId, "region-id", missing);
		if (this.templates.isEmpty()) {
			missing.add(PREFIX + "templates (at least one template id mapped to an Aliyun template code)");
		}
		this.templates.forEach((template, code) -> require(code, "templates." + template, missing));
		if (this.connectTimeout == null || this.connectTimeout.isNegative() || this.connectTimeout.isZero()) {
			missing.add(PREFIX + "connect-timeout (a positive duration)");
		}
		if (this.readTimeout == null || this.readTimeout.isNegative() || this.readTimeout.isZero()) {
			missing.add(PREFIX + "read-timeout (a positive duration)");
		}
		return missing;
	}

	private static void require(@Nullable String value, String name, List<String> missing) {
		if (!StringUtils.hasText(value)) {
			missing.add(PREFIX + name);
		}
	}

	/** Never shows the secret. */
	@Override
	public String toString() {
		return "AliyunSmsProperties[endpoint=" + this.endpoint + ", accessKeyId=" + this.accessKeyId
				+ ", accessKeySecret=" + (StringUtils.hasText(this.accessKeySecret) ? "******" : "") + ", signName="
				+ this.signName + ", regionId=" + this.regionId + ", templates=" + this.templates + ", connectTimeout="
				+ this.connectTimeout + ", readTimeout=" + this.readTimeout + "]";
	}

}
