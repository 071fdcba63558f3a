package io.kaidian.exam;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.ConflictException;

/**
 * Starts an attempt at the exam (R-EXAM-1, R-EXAM-2; docs/guide/exam.md): only once the
 * fees are paid, never after a pass nor before the cool-down of the last failure is over;
 * a seller with an open attempt gets that one back. The questions are drawn by
 * {@link QuestionDraw}, the options of each shuffled for this attempt under ids of this
 * attempt only.
 */
@Service
public class AttemptStarting {

	private static final Logger log = LoggerFactory.getLogger(AttemptStarting.class);

	/** The retake time in a refusal is in the marketplace's time, Beijing time. */
	private final Attempts attempts;

	private final Questions questions;

	private final AttemptSheets sheets;

	private final AttemptExpiry expiry;

	private final ExamProperties properties;

	private final Clock clock;

	private final RandomGenerator random = new SecureRandom();

	AttemptStarting(Attempts attempts, Questions questions, AttemptSheets sheets, AttemptExpiry expiry,
			ExamProperties properties, Clock clock) {
		this.attempts = attempts;
		this.questions = questions;
		this.sheets = sheets;
		this.expiry = expiry;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The seller's open attempt, or a new one.
	 * @throws ConflictException {@code EXAM_NOT_DUE} before the fees are paid,
	 * {@code EXAM_PASSED} once passed, {@code EXAM_RETAKE_NOT_YET} during a cool-down
	 * (with the time it ends), {@code EXAM_BANK_EMPTY} with no question to draw
	 */
	@Transactional
	public Started start(UUID sellerId) {
		if (!this.attempts.lockEligible(sellerId)) {
			throw new ConflictException("EXAM_NOT_DUE");
		}
		if (this.attempts.passed(sellerId).isPresent()) {
			throw new ConflictException("EXAM_PASSED");
		}
		Instant now = this.clock.instant();
		var open = this.attempts.open(sellerId);
		if (open.isPresent() && open.get().answerable(now)) {
			return new Started(this.sheets.sheet(open.get()), false);
		}
		open.ifPresent(this.expiry::close);
		var last = this.attempts.lastClosed(sellerId);
		if (last.isPresent() && last.get().retakeAfter() != null && now.isBefore(last.get().retakeAfter())) {
			throw new ConflictException("EXAM_RETAKE_NOT_YET", last.get().retakeAfter());
		}
		List<Question> drawn = QuestionDraw.draw(this.properties.questions(), this.properties.topicWeights(),
				this.questions.current(), this.random);
		if (drawn.isEmpty()) {
			throw new ConflictException("EXAM_BANK_EMPTY");
		}
		if (drawn.size() < this.properties.questions()) {
			log.warn("R-EXAM-2: the bank has too few questions of the weighted topics: an attempt of {} instead of {}",
					drawn.size(), this.properties.questions());
		}
		Attempt attempt = new Attempt(UUID.randomUUID(), sellerId, now, now.plus(this.properties.duration()), null,
				null, null, null);
		this.attempts.insert(attempt, shuffled(drawn));
		log.info("R-EXAM-2: attempt {} of seller {} with {} questions, open until {}", attempt.id(), sellerId,
				drawn.size(), attempt.expiresAt());
		return new Started(this.sheets.sheet(attempt), true);
	}

	/** Each question with its options in a new order, under new ids. */
	private List<AttemptQuestion> shuffled(List<Question> drawn) {
		List<AttemptQuestion> questions = new ArrayList<>();
		for (int i = 0; i < drawn.size(); i++) {
			Question question = drawn.get(i);
			List<AttemptQuestion.Shown> options = new ArrayList<>(question.options()
				.stream()
				.map((option) -> new AttemptQuestion.Shown(UUID.randomUUID(), option.id()))
				.toList());
			QuestionDraw.shuffle(options, this.random);
			questions.add(new AttemptQuestion(i, question.id(), question.version(), options, null, null));
		}
		return questions;
	}

	/**
	 * An attempt handed to the seller.
	 *
	 * @param sheet what the seller sees of it
	 * @param created whether it was started now (else it was already open)
	 */
	public record Started(AttemptSheet sheet, boolean created) {
	}

}
