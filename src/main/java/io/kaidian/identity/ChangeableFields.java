package io.kaidian.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.review.Reason;

/**
 * Which data fields a seller may change: all of them in a first attempt or after an
 * expiry or a refused Alipay step; after a reviewer's rejection only those its reasons
 * named. {@code null} means all.
 */
@Component
class ChangeableFields {

	private final IdentityCases cases;

	ChangeableFields(IdentityCases cases) {
		this.cases = cases;
	}

	/** The fields the draft {@code current} may change. */
	@Nullable Set<String> ofDraft(IdentityCase current) {
		if (current.previousCaseId() == null) {
			return null;
		}
		IdentityCase previous = this.cases.attempts(current.sellerId())
			.stream()
			.filter((c) -> c.id().equals(current.previousCaseId()))
			.findFirst()
			.orElse(null);
		if (previous == null || previous.status() != CaseStatus.REJECTED || previous.reviewCaseId() == null) {
			return null;
		}
		return rejectedFields(previous);
	}

	/** The fields the next save after the latest case {@code c} may change. */
	@Nullable Set<String> ofNextSave(IdentityCase c) {
		return switch (c.status()) {
			case DRAFT -> ofDraft(c);
			case REJECTED -> (c.reviewCaseId() != null) ? rejectedFields(c) : null;
			case EXPIRED -> null;
			default -> Set.of();
		};
	}

	private static Set<String> rejectedFields(IdentityCase rejected) {
		return rejected.reasons().stream().map(Reason::field).collect(Collectors.toSet());
	}

}
