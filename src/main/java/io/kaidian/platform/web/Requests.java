package io.kaidian.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Tells API calls (answered with problem details) from page views (answered with HTML
 * pages).
 */
public final class Requests {

	private Requests() {
	}

	/** Whether a browser is asking for a page, so an error should be an HTML page. */
	public static boolean wantsPage(HttpServletRequest request, String path) {
		if (path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		return MediaType.parseMediaTypes(accept)
			.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

	public static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

}
