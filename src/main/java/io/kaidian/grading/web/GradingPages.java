package io.kaidian.grading.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.grading.GradeReports;
import io.kaidian.grading.Grades;
import io.kaidian.grading.GradingRun;
import io.kaidian.grading.GradingRuns;
import io.kaidian.grading.GradingStatistics;
import io.kaidian.grading.IntegrationCredentials;
import io.kaidian.grading.RuleVersions;
import io.kaidian.grading.ServiceLevel;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.security.KaidianUser;

/**
 * The operators' grading page (docs/guide/grading.md): runs with their status, duration
 * and rules, a month's merchants per level and per service level as charts, one
 * merchant's computation explained, and the integration credentials.
 */
@Controller
class GradingPages {

	static final String PATH = "/staff/operations/grading";

	private final GradingRuns runs;

	private final GradingStatistics statistics;

	private final GradeReports reports;

	private final Grades grades;

	private final RuleVersions rules;

	private final IntegrationCredentials credentials;

	private final MessageSource messages;

	private final Clock clock;

	GradingPages(GradingRuns runs, GradingStatistics statistics, GradeReports reports, Grades grades,
			RuleVersions rules, IntegrationCredentials credentials, MessageSource messages, Clock clock) {
		this.runs = runs;
		this.statistics = statistics;
		this.reports = reports;
		this.grades = grades;
		this.rules = rules;
		this.credentials = credentials;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String grading(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String memberId, Locale locale, Model model) {
		List<GradingRun> recent = this.runs.recent(20);
		YearMonth shown = shownMonth(month, recent);
		model.addAttribute("runs", recent.stream().map((run) -> RunRow.of(run, this.clock, locale)).toList());
		model.addAttribute("month", shown.toString());
		model.addAttribute("monthName", ReaderTime.month(shown, locale));
		model.addAttribute("levels", levels(shown, locale));
		model.addAttribute("services", services(shown, locale));
		model.addAttribute("rules", this.rules.current());
		model.addAttribute("credentials", this.credentials.all());
		if (memberId != null && !memberId.isBlank()) {
			model.addAttribute("memberId", memberId);
			this.grades.sellerOf(memberId.strip())
				.flatMap((seller) -> this.reports.of(seller, shown))
				.ifPresentOrElse((report) -> {
					model.addAttribute("report", report);
					model.addAttribute("explanation", this.statistics.explain(report.grade().sellerId(), shown,
							this.rules.find(report.grade().ruleVersion()).orElseThrow()));
				}, () -> model.addAttribute("notGraded", true));
		}
		return "grading/operations";
	}

	@PostMapping(PATH + "/runs")
	String start(@RequestParam String month, @RequestParam(defaultValue = "false") boolean rerun, KaidianUser operator,
			RedirectAttributes flash) {
		try {
			this.runs.start(GradingApi.month(month, "month"), rerun, null, operator.email());
			flash.addFlashAttribute("flash", "grading.ops.run-started");
		}
		catch (Refusal refusal) {
			flash.addFlashAttribute("refused", "grading.ops.refused." + refusal.code());
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/credentials")
	String issue(@RequestParam String name, KaidianUser operator, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("issued", this.credentials.issue(name, operator.email()));
		}
		catch (Refusal refusal) {
			flash.addFlashAttribute("refused", "grading.ops.refused.NAME_INVALID");
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/credentials/{credentialId}/revoke")
	String revoke(@PathVariable UUID credentialId, KaidianUser operator, RedirectAttributes flash) {
		this.credentials.revoke(credentialId, operator.email());
		flash.addFlashAttribute("flash", "grading.ops.revoked");
		return "redirect:" + PATH;
	}

	private YearMonth shownMonth(@Nullable String month, List<GradingRun> recent) {
		if (month != null && !month.isBlank()) {
			return GradingApi.month(month, "month");
		}
		return recent.stream()
			.filter((run) -> run.status() == GradingRun.Status.DONE)
			.map(GradingRun::month)
			.findFirst()
			.orElse(YearMonth.now(this.clock).minusMonths(1));
	}

	private BarChart levels(YearMonth month, Locale locale) {
		Map<Integer, Long> counts = this.statistics.perLevel(month);
		List<String> labels = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		counts.keySet().forEach((level) -> {
			labels.add(this.messages.getMessage("grade.level", new Object[] { level }, locale));
			kinds.add("level");
		});
		List<Long> values = List.copyOf(counts.values());
		return BarChart.of(labels, values, values.stream().map((v) -> number(v, locale)).toList(), kinds, 1);
	}

	private BarChart services(YearMonth month, Locale locale) {
		Map<ServiceLevel, Long> counts = this.statistics.perServiceLevel(month);
		List<String> labels = counts.keySet()
			.stream()
			.map((level) -> this.messages.getMessage("service-level." + level.name(), null, locale))
			.toList();
		List<String> kinds = counts.keySet()
			.stream()
			.map((level) -> "service-" + level.name().toLowerCase(Locale.ROOT))
			.toList();
		List<Long> values = List.copyOf(counts.values());
		return BarChart.of(labels, values, values.stream().map((v) -> number(v, locale)).toList(), kinds, 1);
	}

	private static String number(long value, Locale locale) {
		return java.text.NumberFormat.getIntegerInstance(locale).format(value);
	}

	/**
	 * A run as the page lists it.
	 *
	 * @param month the month, for the reader
	 * @param status the status key
	 * @param seconds its duration in seconds
	 * @param run the run
	 */
	record RunRow(String month, String status, long seconds, GradingRun run) {

		static RunRow of(GradingRun run, Clock clock, Locale locale) {
			return new RunRow(ReaderTime.month(run.month(), locale), "grading.run-status." + run.status().name(),
					run.duration(clock.instant()).toSeconds(), run);
		}

	}

}
