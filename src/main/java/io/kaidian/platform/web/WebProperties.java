package io.kaidian.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kaidian.web.*}: what the web edge needs to know about the network in front of
 * it, and the limits it applies itself.
 *
 * @param trustedProxies CIDRs ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or single
 * addresses of the reverse proxies whose {@code X-Forwarded-For} is believed; empty: the
 * header is ignored and the peer is the client
 * @param uploadsPerHour multipart uploads one account may send per hour
 */
@ConfigurationProperties("kaidian.web")
public record WebProperties(List<String> trustedProxies, int uploadsPerHour) {

	public WebProperties {
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
	}

}
