package io.kaidian.grading;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.account.SellerDirectory;

/**
 * The merchants grading knows, in {@code grading_merchant}: a member ID resolved once
 * through the account module, then kept here so that a run and the pages join on
 * grading's own table (keyed by merchant, co-located with the facts).
 */
@Repository
class Merchants {

	private final JdbcClient jdbc;

	private final SellerDirectory sellers;

	private final Clock clock;

	Merchants(JdbcClient jdbc, SellerDirectory sellers, Clock clock) {
		this.jdbc = jdbc;
		this.sellers = sellers;
		this.clock = clock;
	}

	/** The seller accounts of these member IDs; an unknown member ID is absent. */
	Map<String, UUID> resolve(Collection<String> memberIds) {
		Map<String, UUID> known = new HashMap<>();
		if (memberIds.isEmpty()) {
			return known;
		}
		this.jdbc.sql("SELECT member_id, merchant_id FROM grading_merchant WHERE member_id = ANY(:ids)")
			.param("ids", memberIds.toArray(String[]::new))
			.query((rs) -> {
				known.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		Set<String> missing = new HashSet<>(memberIds);
		missing.removeAll(known.keySet());
		Map<String, UUID> found = this.sellers.sellerIds(missing);
		found.forEach((memberId, sellerId) -> this.jdbc
			.sql("INSERT INTO grading_merchant (merchant_id, member_id, first_seen) VALUES (:id, :member, :at) "
					+ "ON CONFLICT DO NOTHING")
			.param("id", sellerId)
			.param("member", memberId)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update());
		known.putAll(found);
		return known;
	}

	Optional<UUID> merchantOf(String memberId) {
		Map<String, UUID> resolved = resolve(Set.of(memberId));
		return Optional.ofNullable(resolved.get(memberId));
	}

	Optional<String> memberIdOf(UUID merchantId) {
		return this.jdbc.sql("SELECT member_id FROM grading_merchant WHERE merchant_id = :id")
			.param("id", merchantId)
			.query(String.class)
			.optional();
	}

}
