package io.kaidian.grading;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A merchant's grade as {@code GET /api/v1/me/grade} and the pages show it: the month's
 * grade, the path to the next level, each indicator against its threshold, what would
 * change the service level, and the history (R-GRADE-5).
 */
@Service
public class GradeReports {

	private final Grades grades;

	private final RuleVersions rules;

	private final GradingProperties properties;

	GradeReports(Grades grades, RuleVersions rules, GradingProperties properties) {
		this.grades = grades;
		this.rules = rules;
		this.properties = properties;
	}

	/** The merchant's report of the month, or of its latest graded month. */
	public Optional<Report> of(UUID sellerId, @Nullable YearMonth month) {
		Optional<Grade> grade = month != null ? this.grades.of(sellerId, month) : this.grades.latest(sellerId);
		return grade.map(this::report);
	}

	private Report report(Grade grade) {
		RuleVersion version = this.rules.find(grade.ruleVersion()).orElseThrow();
		Integer next = grade.nextLevelAt(version);
		return new Report(grade, next, next != null ? Math.max(0, next - grade.creditPoints()) : null,
				version.minAssessedOrders(), version.excellentBelow(), version.goodBelow(), version.passingBelow(),
				ServiceOutlook.of(grade, version),
				this.grades.history(grade.sellerId(), grade.month(), this.properties.historyMonths()));
	}

	/**
	 * A merchant's report.
	 *
	 * @param grade the month's grade
	 * @param nextLevelAt the points at which the next level begins, {@code null} at L10
	 * @param pointsToNextLevel points still missing
	 * @param minAssessedOrders the minimum for a service level
	 * @param excellentBelow the thresholds of the bad-order rate
	 * @param goodBelow …
	 * @param passingBelow …
	 * @param outlook what would change the service level
	 * @param history the months up to this one, oldest first
	 */
	public record Report(Grade grade, @Nullable Integer nextLevelAt, @Nullable Long pointsToNextLevel,
			int minAssessedOrders, BigDecimal excellentBelow, BigDecimal goodBelow, BigDecimal passingBelow,
			ServiceOutlook outlook, List<Grade> history) {
	}

}
