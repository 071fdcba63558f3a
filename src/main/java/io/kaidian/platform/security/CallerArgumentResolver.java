package io.kaidian.platform.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.kaidian.platform.rules.UnauthenticatedException;

/**
 * A handler parameter of type {@link KaidianUser} (without
 * {@code @AuthenticationPrincipal}) is the caller, whichever way it signed in: a bearer
 * token's principal is a {@code KaidianUser}, a page session's a
 * {@link KaidianUserDetails}. An anonymous caller gets {@code 401 UNAUTHENTICATED}.
 * ({@code @AuthenticationPrincipal KaidianUser} sees only the token's kind and is
 * {@code null} for a session.)
 */
@Configuration(proxyBeanMethods = false)
class CallerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == KaidianUser.class
				&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class);
	}

	@Override
	public KaidianUser resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		KaidianUser caller = KaidianUserDetails.of(SecurityContextHolder.getContext().getAuthentication());
		if (caller == null) {
			throw new UnauthenticatedException("UNAUTHENTICATED");
		}
		return caller;
	}

}
