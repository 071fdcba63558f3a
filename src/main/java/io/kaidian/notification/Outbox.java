package io.kaidian.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages the built-in {@code log} providers kept instead of sending them: what a
 * demo or a test reads back. Never holds messages that real providers delivered.
 */
@Repository
public class Outbox {

	private static final int LIMIT = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void keep(Channel channel, String recipient, @Nullable String subject, String body) {
		this.jdbc
			.sql("INSERT INTO outbox_message (id, channel, recipient, subject, body, created_at) "
					+ "VALUES (:id, :channel, :recipient, :subject, :body, :createdAt)")
			.param("id", UUID.randomUUID())
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("createdAt", OffsetDateTime.now(this.clock))
			.update();
	}

	/** Newest first; all recipients when {@code recipient} is {@code null}. */
	public List<Entry> find(@Nullable String recipient) {
		String where = recipient != null ? "WHERE lower(recipient) = lower(:recipient) " : "";
		var statement = this.jdbc.sql("SELECT channel, recipient, subject, body, created_at FROM outbox_message "
				+ where + "ORDER BY created_at DESC, id LIMIT " + LIMIT);
		if (recipient != null) {
			statement = statement.param("recipient", recipient);
		}
		return statement
			.query((rs, row) -> new Entry(Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"),
					rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)))
			.list();
	}

	/**
	 * One kept message as {@code GET /api/v1/admin/outbox} shows it.
	 *
	 * @param channel email or SMS
	 * @param to the recipient
	 * @param subject the email's subject; {@code null} for SMS
	 * @param body the text
	 * @param createdAt when it was kept
	 */
	public record Entry(Channel channel, String to, @Nullable String subject, String body, OffsetDateTime createdAt) {
	}

}
