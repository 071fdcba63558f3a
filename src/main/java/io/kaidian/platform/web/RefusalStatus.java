package io.kaidian.platform.web;

import org.springframework.http.HttpStatus;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.TooLargeException;
import io.kaidian.platform.rules.UnauthenticatedException;
import io.kaidian.platform.rules.UnsupportedContentException;

/**
 * The HTTP status of each kind of domain refusal (API.md, "Conventions"): the one place
 * where a refusal meets HTTP.
 */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal refusal) {
		return switch (refusal) {
			case RuleViolationException ignored -> HttpStatus.UNPROCESSABLE_CONTENT;
			case ConflictException ignored -> HttpStatus.CONFLICT;
			case NotFoundException ignored -> HttpStatus.NOT_FOUND;
			case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
			case UnauthenticatedException ignored -> HttpStatus.UNAUTHORIZED;
			case RateLimitedException ignored -> HttpStatus.TOO_MANY_REQUESTS;
			case TooLargeException ignored -> HttpStatus.CONTENT_TOO_LARGE;
			case UnsupportedContentException ignored -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

}
