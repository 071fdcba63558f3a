package io.kaidian.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The security headers of every response ({@code kaidian.security.headers.*}, ADR 0021).
 *
 * @param contentSecurityPolicy the {@code Content-Security-Policy}: scripts and styles
 * only from the service's own files, none inline
 * @param swaggerUiContentSecurityPolicy the policy of Swagger UI's pages, whose bundle
 * injects a style element: inline style allowed there, script still from files only
 * @param permissionsPolicy the {@code Permissions-Policy}: no camera, microphone,
 * location...
 * @param referrerPolicy the {@code Referrer-Policy}, e.g.
 * {@code strict-origin-when-cross-origin}
 * @param hstsOnEveryResponse {@code Strict-Transport-Security} on every response (behind
 * a proxy that ends TLS), not only on requests that came over TLS
 * @param hstsMaxAge how long browsers keep to HTTPS
 */
@ConfigurationProperties("kaidian.security.headers")
record HeaderProperties(String contentSecurityPolicy, String swaggerUiContentSecurityPolicy, String permissionsPolicy,
		String referrerPolicy, boolean hstsOnEveryResponse, Duration hstsMaxAge) {
}
