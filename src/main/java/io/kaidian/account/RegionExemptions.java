package io.kaidian.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * The operator's allow-list of non-mainland applicants agreed to in advance (R-REG-6): an
 * email and the region it may register from.
 */
@Service
public class RegionExemptions {

	private final JdbcClient jdbc;

	private final Clock clock;

	RegionExemptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Exemption add(String rawEmail, String rawRegion, @Nullable String note, UUID operator) {
		EmailAddress email = EmailAddress.parse(rawEmail)
			.orElseThrow(() -> RuleViolationException.of("email", "EMAIL_INVALID"));
		String region = Regions.nonMainland(rawRegion)
			.orElseThrow(() -> RuleViolationException.of("region", "REGION_INVALID"));
		Exemption exemption = new Exemption(UUID.randomUUID(), email.value(), region, note, operator,
				OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		int inserted = this.jdbc
			.sql("INSERT INTO region_exemption (id, email_normalized, region, note, approved_by, approved_at) "
					+ "VALUES (:id, :email, :region, :note, :by, :at) ON CONFLICT DO NOTHING")
			.param("id", exemption.id())
			.param("email", exemption.email())
			.param("region", exemption.region())
			.param("note", note)
			.param("by", operator)
			.param("at", exemption.approvedAt())
			.update();
		if (inserted == 0) {
			throw new io.kaidian.platform.rules.ConflictException("EXEMPTION_EXISTS");
		}
		return exemption;
	}

	public List<Exemption> list() {
		return this.jdbc
			.sql("SELECT id, email_normalized, region, note, approved_by, approved_at FROM region_exemption "
					+ "ORDER BY approved_at DESC, id")
			.query((rs, row) -> new Exemption(rs.getObject("id", UUID.class), rs.getString("email_normalized"),
					rs.getString("region"), rs.getString("note"), rs.getObject("approved_by", UUID.class),
					rs.getObject("approved_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)))
			.list();
	}

	@Transactional
	public void remove(UUID id) {
		if (this.jdbc.sql("DELETE FROM region_exemption WHERE id = :id").param("id", id).update() == 0) {
			throw new NotFoundException();
		}
	}

	boolean allows(EmailAddress email, String region) {
		return this.jdbc
			.sql("SELECT count(*) FROM region_exemption WHERE email_normalized = :email AND region = :region")
			.param("email", email.value())
			.param("region", region.toUpperCase(Locale.ROOT))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @param id the exemption
	 * @param email the applicant's normalised email
	 * @param region the ISO 3166 code it may register from
	 * @param note why
	 * @param approvedBy the operator
	 * @param approvedAt when
	 */
	public record Exemption(UUID id, String email, String region, @Nullable String note, UUID approvedBy,
			OffsetDateTime approvedAt) {
	}

}
