package io.kaidian.review;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * The service's one {@link WorkingCalendar}, reading its exceptions from the database.
 */
@Configuration(proxyBeanMethods = false)
class ReviewCalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarDays days, ReviewCalendarProperties properties, Clock clock) {
		return new WorkingCalendar(days, properties.zone(), properties.refreshInterval(), clock);
	}

	/** Reads the calendar at start-up rather than at the first deadline. */
	@EventListener(ApplicationReadyEvent.class)
	void loadCalendar(ApplicationReadyEvent ready) {
		ready.getApplicationContext().getBean(WorkingCalendar.class).reload();
	}

	@Bean
	@ConfigurationPropertiesBinding
	static ReviewTargetConverter reviewTargetConverter() {
		return new ReviewTargetConverter();
	}

	/**
	 * {@code kaidian.review.targets.*}: a plain number is working days ({@code 10}),
	 * anything else a duration of working time ({@code 48h}, {@code PT48H}).
	 */
	static final class ReviewTargetConverter implements GenericConverter {

		private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(String.class, ReviewTarget.class),
					new ConvertiblePair(Integer.class, ReviewTarget.class),
					new ConvertiblePair(Long.class, ReviewTarget.class));
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return (source != null) ? parse(source.toString()) : null;
		}

		static ReviewTarget parse(String text) {
			String value = text.strip();
			if (WHOLE_NUMBER.matcher(value).matches()) {
				return ReviewTarget.workingDays(Integer.parseInt(value));
			}
			return new ReviewTarget.WorkingTime(DurationStyle.detectAndParse(value));
		}

	}

}
