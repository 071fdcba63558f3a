package io.kaidian.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which address limits per client count against (ADR 0016): {@code X-Forwarded-For} is
 * believed only as far as trusted proxies wrote it.
 */
class ClientAddressTests {

	private static final ClientAddress NO_PROXIES = new ClientAddress(new WebProperties(List.of(), 60));

	private static final ClientAddress BEHIND_PROXIES = new ClientAddress(
			new WebProperties(List.of("10.0.0.0/8", " 192.0.2.7 ", "2001:db8::/32"), 60));

	@Test
	void withNoTrustedProxiesTheHeaderIsIgnoredEvenFromLoopback() {
		assertThat(NO_PROXIES.of(request("127.0.0.1", "203.0.113.9"))).isEqualTo("127.0.0.1");
		assertThat(NO_PROXIES.of(request("198.51.100.4", "203.0.113.9"))).isEqualTo("198.51.100.4");
	}

	@Test
	void aSpoofedHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
		assertThat(BEHIND_PROXIES.of(request("198.51.100.4", "203.0.113.9"))).isEqualTo("198.51.100.4");
		assertThat(BEHIND_PROXIES.of(request("127.0.0.1", "203.0.113.9"))).isEqualTo("127.0.0.1");
	}

	@Test
	void behindATrustedProxyTheClientIsTheNearestHopThatIsNoProxy() {
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "203.0.113.9"))).isEqualTo("203.0.113.9");
		// the client wrote the left entries itself: only what the proxies appended counts
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "1.1.1.1, 203.0.113.9, 192.0.2.7"))).isEqualTo("203.0.113.9");
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "1.1.1.1, 203.0.113.9", "10.9.9.9"))).isEqualTo("203.0.113.9");
	}

	@Test
	void whenEveryHopIsAProxyOrTheHeaderIsMissingTheFarthestProxyIsTheClient() {
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3"))).isEqualTo("10.1.2.3");
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "10.4.4.4, 192.0.2.7"))).isEqualTo("10.4.4.4");
	}

	@Test
	void aHopThatIsNoAddressIsNeverTakenNorLookedUp() {
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "evil.example, 10.4.4.4"))).isEqualTo("10.4.4.4");
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "1.2.3.999"))).isEqualTo("10.1.2.3");
		assertThat(BEHIND_PROXIES.of(request("10.1.2.3", "unknown"))).isEqualTo("10.1.2.3");
	}

	@Test
	void ipv6AddressesAreCanonical() {
		assertThat(BEHIND_PROXIES.of(request("2001:db8::1", "[2001:DB8:0::abcd]")))
			.isEqualTo("2001:db8:0:0:0:0:0:abcd");
		assertThat(BEHIND_PROXIES.of(request("2001:db8::1", "2400:cb00::9"))).isEqualTo("2400:cb00:0:0:0:0:0:9");
		assertThat(NO_PROXIES.of(request("::1", "203.0.113.9"))).isEqualTo("0:0:0:0:0:0:0:1");
	}

	@Test
	void aTrustedProxyThatIsNoCidrStopsTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientAddress(new WebProperties(List.of("proxy.internal"), 60)));
	}

	private static MockHttpServletRequest request(String peer, String... forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/sessions");
		request.setRemoteAddr(peer);
		for (String header : forwardedFor) {
			request.addHeader("X-Forwarded-For", header);
		}
		return request;
	}

}
