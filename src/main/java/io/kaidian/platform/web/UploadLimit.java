package io.kaidian.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.kaidian.platform.limits.Limit;
import io.kaidian.platform.limits.RateLimits;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.KaidianUserDetails;

/**
 * At most {@code kaidian.web.uploads-per-hour} (60) multipart uploads per signed-in
 * account per hour, on every route that takes one (identity and settlement documents, API
 * and pages alike); the next answers {@code 429 UPLOAD_RATE_LIMITED} with
 * {@code Retry-After}. Every upload counts, accepted or not: each costs a decode. An
 * anonymous upload is left to the route, which refuses it.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit implements HandlerInterceptor, WebMvcConfigurer {

	static final String CODE = "UPLOAD_RATE_LIMITED";

	private final RateLimits limits;

	private final Limit limit;

	UploadLimit(RateLimits limits, WebProperties properties) {
		this.limits = limits;
		this.limit = new Limit("uploads-per-account", properties.uploadsPerHour(), Duration.ofHours(1));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		KaidianUser caller = KaidianUserDetails.of(SecurityContextHolder.getContext().getAuthentication());
		if (caller == null || !isUpload(request)) {
			return true;
		}
		Optional<Duration> wait = this.limits.tryTake(this.limit, caller.accountId().toString());
		if (wait.isPresent()) {
			throw new RateLimitedException(CODE, wait.get(), List.of(Violation.of("file", CODE)));
		}
		return true;
	}

	private static boolean isUpload(HttpServletRequest request) {
		String contentType = request.getContentType();
		String method = request.getMethod();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
				&& (HttpMethod.POST.matches(method) || HttpMethod.PUT.matches(method));
	}

}
