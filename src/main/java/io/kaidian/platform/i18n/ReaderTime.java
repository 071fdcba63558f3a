package io.kaidian.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times as a seller reads them on a page: in the marketplace's zone
 * ({@code kaidian.i18n.reader-zone}, Beijing time) and written the way the reader's
 * language writes them ("2026年12月7日 18:00", "Dec 7, 2026, 6:00 PM"), never as an ISO
 * string. Staff pages use {@link #sortable}.
 */
@Component
public class ReaderTime {

	private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	ReaderTime(@Value("${kaidian.i18n.reader-zone}") ZoneId zone) {
		this.zone = zone;
	}

	/** The zone the pages show times in. */
	public ZoneId zone() {
		return this.zone;
	}

	/** A moment as a date and a time of day; {@code null} for none. */
	public @Nullable String dateTime(@Nullable Instant instant, Locale locale) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(this.zone)) : null;
	}

	/**
	 * A moment as staff pages show it, sortable and to the second ({@code 2026-12-07
	 * 10:00:00}), in the same zone; empty for none.
	 */
	public String sortable(@Nullable Instant instant) {
		return (instant != null) ? SORTABLE.format(instant.atZone(this.zone)) : "";
	}

	/** A moment's date in the marketplace's zone. */
	public String date(Instant instant, Locale locale) {
		return date(instant.atZone(this.zone).toLocalDate(), locale);
	}

	/**
	 * A message's arguments with every moment ({@link Instant}) written as a date and
	 * time: domain code hands refusals the moment, the reader's language writes it.
	 */
	public Object[] arguments(Object[] arguments, Locale locale) {
		Object[] written = arguments.clone();
		for (int i = 0; i < written.length; i++) {
			if (written[i] instanceof Instant instant) {
				written[i] = dateTime(instant, locale);
			}
		}
		return written;
	}

	/** A calendar month: "2026年10月", "October 2026". */
	public static String month(YearMonth month, Locale locale) {
		return DateTimeFormatter
			.ofPattern(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "y年M月" : "MMMM yyyy", locale)
			.format(month);
	}

	/** A calendar date. */
	public String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

}
