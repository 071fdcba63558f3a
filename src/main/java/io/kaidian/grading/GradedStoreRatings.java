package io.kaidian.grading;

import java.util.UUID;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import io.kaidian.store.StoreRatings;

/**
 * The storefront's level and service level from the latest published grade (R-GRADE-2,
 * -3): level {@code L0}…{@code L10}, the service level's name; a merchant never graded is
 * "not yet rated".
 */
@Primary
@Component
class GradedStoreRatings implements StoreRatings {

	private final Grades grades;

	GradedStoreRatings(Grades grades) {
		this.grades = grades;
	}

	@Override
	public Rating of(UUID sellerId) {
		return this.grades.latest(sellerId)
			.map((grade) -> new Rating("L" + grade.level(), grade.serviceLevel().name()))
			.orElseGet(() -> new Rating(Rating.NOT_RATED, Rating.NOT_RATED));
	}

}
