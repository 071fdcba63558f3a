package io.kaidian.grading.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.grading.Grade;
import io.kaidian.grading.GradeReports;
import io.kaidian.grading.Grades;
import io.kaidian.grading.GradingRun;
import io.kaidian.grading.GradingRuns;
import io.kaidian.grading.IntegrationCredentials;
import io.kaidian.grading.RuleVersion;
import io.kaidian.grading.RuleVersions;
import io.kaidian.grading.ServiceOutlook;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;

/**
 * Grades for the merchant and runs, rules and credentials for operators (API.md,
 * "Grading").
 */
@RestController
@Tag(name = "Grading", description = "R-GRADE: order facts, levels, service levels, exposure weights")
class GradingApi {

	private final GradingRuns runs;

	private final GradeReports reports;

	private final Grades grades;

	private final RuleVersions rules;

	private final IntegrationCredentials credentials;

	GradingApi(GradingRuns runs, GradeReports reports, Grades grades, RuleVersions rules,
			IntegrationCredentials credentials) {
		this.runs = runs;
		this.reports = reports;
		this.grades = grades;
		this.rules = rules;
		this.credentials = credentials;
	}

	@PostMapping("/api/v1/admin/grading/runs")
	@Operation(summary = "Grade a month",
			description = "201 RUNNING, executed at once by the scheduler; 409 MONTH_NOT_OVER, MONTH_ALREADY_GRADED "
					+ "(unless rerun), RUN_IN_PROGRESS; 422 MONTH_INVALID, RULE_VERSION_UNKNOWN")
	ResponseEntity<RunJson> start(@RequestBody @Nullable RunRequest request,
			@AuthenticationPrincipal KaidianUser operator) {
		YearMonth month = month(request != null ? request.month() : null, "month");
		GradingRun run = this.runs.start(month, request != null && Boolean.TRUE.equals(request.rerun()),
				request != null ? request.ruleVersion() : null, operator.email());
		return ResponseEntity.created(URI.create("/api/v1/admin/grading/runs/" + run.runId())).body(RunJson.of(run));
	}

	@GetMapping("/api/v1/admin/grading/runs/{runId}")
	@Operation(summary = "A run's state")
	RunJson run(@PathVariable UUID runId) {
		return this.runs.find(runId).map(RunJson::of).orElseThrow(() -> new NotFoundException("RUN_NOT_FOUND"));
	}

	@GetMapping("/api/v1/admin/grading/runs")
	@Operation(summary = "The latest runs, newest first")
	List<RunJson> runs() {
		return this.runs.recent(50).stream().map(RunJson::of).toList();
	}

	@GetMapping("/api/v1/admin/sellers/{memberId}/grade")
	@Operation(summary = "A merchant's grade", description = "As GET /api/v1/me/grade shows it; 404 GRADE_NOT_FOUND")
	GradeJson sellerGrade(@PathVariable String memberId, @RequestParam(required = false) @Nullable String month) {
		YearMonth wanted = month == null ? null : month(month, "month");
		UUID seller = this.grades.sellerOf(memberId).orElseThrow(() -> new NotFoundException("GRADE_NOT_FOUND"));
		return this.reports.of(seller, wanted)
			.map(GradeJson::of)
			.orElseThrow(() -> new NotFoundException("GRADE_NOT_FOUND"));
	}

	@GetMapping("/api/v1/me/grade")
	@Operation(summary = "My grade", description = "The latest month graded; 404 GRADE_NOT_FOUND before the first")
	GradeJson myGrade(@AuthenticationPrincipal KaidianUser seller) {
		return this.reports.of(seller.accountId(), null)
			.map(GradeJson::of)
			.orElseThrow(() -> new NotFoundException("GRADE_NOT_FOUND"));
	}

	@GetMapping("/api/v1/admin/grading/rules")
	@Operation(summary = "Every version of the grading rules, newest first")
	List<RuleVersion> ruleVersions() {
		return this.rules.all();
	}

	@PostMapping("/api/v1/admin/grading/rules")
	@Operation(summary = "Add a version of the grading rules",
			description = "201; 422 THRESHOLDS_INVALID, WINDOW_INVALID, RATES_INVALID, WEIGHTS_INVALID")
	ResponseEntity<RuleVersion> addRules(@RequestBody RuleVersions.NewRules body,
			@AuthenticationPrincipal KaidianUser operator) {
		RuleVersion added = this.rules.add(body, operator.email());
		return ResponseEntity.created(URI.create("/api/v1/admin/grading/rules/" + added.version())).body(added);
	}

	@GetMapping("/api/v1/admin/integration-credentials")
	@Operation(summary = "Integration credentials (never their tokens)")
	List<IntegrationCredentials.Credential> credentials() {
		return this.credentials.all();
	}

	@PostMapping("/api/v1/admin/integration-credentials")
	@Operation(summary = "Issue an integration credential",
			description = "201 with the token, shown once; it may call the grading integration endpoints")
	ResponseEntity<IntegrationCredentials.Issued> issue(@RequestBody CredentialRequest body,
			@AuthenticationPrincipal KaidianUser operator) {
		IntegrationCredentials.Issued issued = this.credentials.issue(body.name() == null ? "" : body.name(),
				operator.email());
		return ResponseEntity.created(URI.create("/api/v1/admin/integration-credentials/" + issued.credentialId()))
			.body(issued);
	}

	@DeleteMapping("/api/v1/admin/integration-credentials/{credentialId}")
	@Operation(summary = "Revoke an integration credential", description = "204; 404 CREDENTIAL_NOT_FOUND")
	ResponseEntity<Void> revoke(@PathVariable UUID credentialId, @AuthenticationPrincipal KaidianUser operator) {
		this.credentials.revoke(credentialId, operator.email());
		return ResponseEntity.noContent().build();
	}

	static YearMonth month(@Nullable String text, String field) {
		try {
			if (text != null) {
				return YearMonth.parse(text);
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		throw RuleViolationException.of(field, "MONTH_INVALID");
	}

	/**
	 * @param month {@code yyyy-MM}
	 * @param rerun replace a published month
	 * @param ruleVersion the rules to apply, by default the current (or the month's own
	 * for a rerun)
	 */
	record RunRequest(@Nullable String month, @Nullable Boolean rerun, @Nullable Integer ruleVersion) {
	}

	/**
	 * @param name what the credential is for
	 */
	record CredentialRequest(@Nullable String name) {
	}

	/** A run as API.md shows it. */
	record RunJson(UUID runId, String month, String status, long merchants, int ruleVersion, boolean rerun) {

		static RunJson of(GradingRun run) {
			return new RunJson(run.runId(), run.month().toString(), run.status().name(), run.merchants(),
					run.ruleVersion(), run.rerun());
		}

	}

	/** A grade as API.md shows it. */
	record GradeJson(String month, long creditPoints, int level, @Nullable Integer nextLevelAt, String serviceLevel,
			Indicators indicators, BigDecimal exposureWeight, int ruleVersion, ServiceOutlook outlook,
			List<HistoryJson> history) {

		static GradeJson of(GradeReports.Report report) {
			Grade grade = report.grade();
			return new GradeJson(grade.month().toString(), grade.creditPoints(), grade.level(), report.nextLevelAt(),
					grade.serviceLevel().name(),
					new Indicators(grade.assessedOrders(), grade.badOrders(), grade.badOrderRate(),
							report.minAssessedOrders(), report.excellentBelow(), report.goodBelow(),
							report.passingBelow(), grade.inGrace()),
					grade.exposureWeight(), grade.ruleVersion(), report.outlook(),
					report.history().stream().map(HistoryJson::of).toList());
		}

	}

	/** The service indicators against their thresholds. */
	record Indicators(long assessedOrders, long badOrders, BigDecimal badOrderRate, int minAssessedOrders,
			BigDecimal excellentBelow, BigDecimal goodBelow, BigDecimal passingBelow, boolean gracePeriod) {
	}

	/** One month of history. */
	record HistoryJson(String month, long creditPoints, int level, String serviceLevel, BigDecimal exposureWeight) {

		static HistoryJson of(Grade grade) {
			return new HistoryJson(grade.month().toString(), grade.creditPoints(), grade.level(),
					grade.serviceLevel().name(), grade.exposureWeight());
		}

	}

}
