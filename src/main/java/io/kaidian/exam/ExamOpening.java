package io.kaidian.exam;

import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.billing.FeesPaid;

/**
 * Opens the exam to a seller whose fees are paid (R-EXAM-1): the module keeps its own
 * eligibility, learnt from billing's event, and reads no other module's tables. The event
 * delivered twice opens it once.
 */
@Component
class ExamOpening {

	private static final Logger log = LoggerFactory.getLogger(ExamOpening.class);

	private final JdbcClient jdbc;

	ExamOpening(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(FeesPaid paid) {
		int opened = this.jdbc
			.sql("INSERT INTO exam_eligibility (seller_id, fees_paid_at) VALUES (:seller, :at) "
					+ "ON CONFLICT (seller_id) DO NOTHING")
			.param("seller", paid.sellerId())
			.param("at", paid.paidAt().atOffset(ZoneOffset.UTC))
			.update();
		if (opened == 1) {
			log.info("R-EXAM-1: the exam is open to {} (fees paid)", paid.memberId());
		}
	}

}
