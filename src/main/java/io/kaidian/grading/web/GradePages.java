package io.kaidian.grading.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.kaidian.grading.Grade;
import io.kaidian.grading.GradeReports;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.platform.security.KaidianUser;

/**
 * The merchant's grade page (docs/guide/grading.md): level, points and the path to the
 * next level, each indicator against its threshold, what would change the service level,
 * and twelve months of history as a chart drawn on the server (R-GRADE-5).
 */
@Controller
class GradePages {

	static final String VIEW = "grading/grade";

	private final GradeReports reports;

	private final MessageSource messages;

	GradePages(GradeReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/seller/grade")
	String grade(KaidianUser seller, Locale locale, Model model) {
		this.reports.of(seller.accountId(), null).ifPresent((report) -> {
			model.addAttribute("report", report);
			model.addAttribute("chart", history(report.history(), locale));
			model.addAttribute("month", ReaderTime.month(report.grade().month(), locale));
			model.addAttribute("rate", GradingFormats.percent(report.grade().badOrderRate(), locale));
			model.addAttribute("excellent", GradingFormats.percent(report.excellentBelow(), locale));
			model.addAttribute("good", GradingFormats.percent(report.goodBelow(), locale));
			model.addAttribute("passing", GradingFormats.percent(report.passingBelow(), locale));
			model.addAttribute("graceFrom",
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(locale)
						.format(report.grade().graceFrom().atZone(java.time.ZoneOffset.UTC)));
		});
		return VIEW;
	}

	private BarChart history(List<Grade> history, Locale locale) {
		return BarChart.of(history.stream().map((g) -> GradingFormats.shortMonth(g.month(), locale)).toList(),
				history.stream().map((g) -> (long) g.level()).toList(),
				history.stream()
					.map((g) -> this.messages.getMessage("grade.level", new Object[] { g.level() }, locale))
					.toList(),
				history.stream().map((g) -> "service-" + g.serviceLevel().name().toLowerCase(Locale.ROOT)).toList(),
				10);
	}

}
