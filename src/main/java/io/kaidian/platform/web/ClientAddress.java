package io.kaidian.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request comes from, which limits per client count against.
 * It is the peer of the connection, unless the peer is one of
 * {@code kaidian.web.trusted-proxies}: then {@code X-Forwarded-For} is read from the
 * right (the hop the nearest proxy added) past every trusted proxy, and the first address
 * that is not one is the client. Entries to the left of it were written by the client and
 * are never believed. With no trusted proxies (the default) the header is ignored, and
 * loopback is no different from any other peer.
 */
@Component
public class ClientAddress {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	/** IPv4 and IPv6 literals: checked before parsing, so a name is never looked up. */
	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<IpAddressMatcher> trusted;

	public ClientAddress(WebProperties properties) {
		this.trusted = properties.trustedProxies().stream().map(String::strip).map(IpAddressMatcher::new).toList();
	}

	/** The client's address, in canonical form ({@code 2001:db8:0:0:0:0:0:1}). */
	public String of(HttpServletRequest request) {
		String peer = canonical(request.getRemoteAddr()).orElse(request.getRemoteAddr());
		if (!isTrusted(peer)) {
			return peer;
		}
		List<String> hops = forwardedFor(request);
		String nearest = peer;
		for (String hop : hops) {
			Optional<String> address = canonical(hop);
			if (address.isEmpty()) {
				// not an address: written by whoever sent it, so the last trusted hop is
				// all we know
				return nearest;
			}
			if (!isTrusted(address.get())) {
				return address.get();
			}
			nearest = address.get();
		}
		return nearest;
	}

	private boolean isTrusted(String address) {
		return this.trusted.stream().anyMatch((matcher) -> matcher.matches(address));
	}

	/** The header's hops, nearest first: the last entry of the last header first. */
	private static List<String> forwardedFor(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		Collections.reverse(hops);
		return hops;
	}

	private static Optional<String> canonical(String text) {
		String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
		if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(literal).getHostAddress());
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
