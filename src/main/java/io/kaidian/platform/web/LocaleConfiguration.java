package io.kaidian.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import io.kaidian.platform.i18n.Languages;

/**
 * English and Simplified Chinese throughout (PRODUCT.md §5). The API follows
 * {@code Accept-Language}; pages follow the language switch ({@code ?lang=zh-CN}, kept in
 * a cookie) and fall back to {@code Accept-Language}. Any Chinese variant means
 * Simplified Chinese; anything else means English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	private static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("kaidian-lang");
			setCookieMaxAge(Duration.ofDays(365));
			// a cookie that is not a language tag is ignored (the default language
			// applies), never an error: the cookie is the client's to send
			setRejectInvalidCookies(false);
			setDefaultLocaleFunction((request) -> Languages.supported(request.getLocale()));
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			String path = request.getRequestURI();
			if (path.startsWith(request.getContextPath() + "/api/")) {
				// the API follows Accept-Language only, never a page's cookie
				return Languages.supported(request.getHeader("Accept-Language") != null ? request.getLocale() : null);
			}
			return Languages.supported(super.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			super.setLocale(request, response, locale != null ? Languages.supported(locale) : null);
		}

	}

}
