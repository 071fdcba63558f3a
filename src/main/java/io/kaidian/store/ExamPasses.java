package io.kaidian.store;

import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.exam.ExamPassed;

/**
 * The sellers who passed the rules exam (R-EXAM-1), learnt from {@link ExamPassed}: the
 * store profile opens for them (R-STORE-1).
 */
@Component
class ExamPasses {

	private final JdbcClient jdbc;

	ExamPasses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ExamPassed passed) {
		this.jdbc
			.sql("INSERT INTO store_exam_pass (seller_id, passed_at) VALUES (:seller, :at) "
					+ "ON CONFLICT (seller_id) DO NOTHING")
			.param("seller", passed.sellerId())
			.param("at", passed.passedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	boolean passed(UUID sellerId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM store_exam_pass WHERE seller_id = :seller)")
			.param("seller", sellerId)
			.query(Boolean.class)
			.single();
	}

}
