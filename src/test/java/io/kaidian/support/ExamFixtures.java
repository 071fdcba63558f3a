package io.kaidian.support;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.exam.ExamPassed;

/**
 * Makes a seller pass the rules exam by publishing a real {@link ExamPassed} in a
 * transaction, as the exam module does, until the journey tests take the exam through its
 * API.
 */
@Component
public class ExamFixtures {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	ExamFixtures(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** The seller of that member ID passes the exam now, with full marks. */
	public void pass(String memberId, Instant at) {
		UUID sellerId = sellerId(memberId);
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new ExamPassed(sellerId, UUID.randomUUID(), 100, at)));
	}

	/**
	 * The account id of a member ID (test set-up only; the service never reads it so).
	 */
	public UUID sellerId(String memberId) {
		return this.jdbc.sql("SELECT id FROM seller_account WHERE member_id = :member")
			.param("member", memberId)
			.query(UUID.class)
			.single();
	}

}
