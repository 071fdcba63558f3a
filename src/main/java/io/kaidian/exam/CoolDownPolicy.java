package io.kaidian.exam;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When a failed seller may retake the exam (R-EXAM-2): after {@code cool-down} the first
 * time, each further failure multiplying the wait by {@code cool-down-growth}, never more
 * than {@code cool-down-max}.
 */
@Component
class CoolDownPolicy {

	private final ExamProperties properties;

	CoolDownPolicy(ExamProperties properties) {
		this.properties = properties;
	}

	/** The wait after the given number of failures, this one included (1 or more). */
	Duration after(int failures) {
		double factor = Math.pow(this.properties.coolDownGrowth(), Math.max(0, failures - 1));
		double seconds = this.properties.coolDown().toSeconds() * factor;
		long max = this.properties.coolDownMax().toSeconds();
		return Duration.ofSeconds(seconds >= max ? max : (long) seconds);
	}

	/** When a seller who failed at {@code failedAt} may retake. */
	Instant retakeAfter(Instant failedAt, int failures) {
		return failedAt.plus(after(failures));
	}

}
