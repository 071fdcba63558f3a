package io.kaidian.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a bulk of order facts from the marketplace's order system (API.md, "Grading"):
 * the body is streamed, a chunk of facts at a time is checked, its member IDs resolved in
 * one query and the chunk copied into a staging table with PostgreSQL {@code COPY}; the
 * staging table is then merged into {@code order_fact} in two statements. Idempotent by
 * order: the same fact again changes nothing, a changed fact keeps its earlier version in
 * {@code order_fact_history}. A refused fact is named in the answer; the rest is taken.
 */
@Service
public class OrderFactIngestion {

	private static final Logger log = LoggerFactory.getLogger(OrderFactIngestion.class);

	private static final String FACT_COLUMNS = "merchant_id, order_id, buyer_id, completed_at, feedback, dispute, "
			+ "shipped_late, cancelled";

	private static final String DIFFERS = "(f.buyer_id, f.completed_at, f.feedback, f.dispute, f.shipped_late, "
			+ "f.cancelled) IS DISTINCT FROM (s.buyer_id, s.completed_at, s.feedback, s.dispute, s.shipped_late, "
			+ "s.cancelled)";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Merchants merchants;

	private final JsonMapper json;

	private final Clock clock;

	private final GradingProperties properties;

	OrderFactIngestion(JdbcClient jdbc, DataSource dataSource, Merchants merchants, JsonMapper json, Clock clock,
			GradingProperties properties) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.merchants = merchants;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Reads a JSON array of facts from the stream and takes every good one.
	 * @throws UnreadableFactsException when the body is not a JSON array of objects
	 */
	@Transactional
	public Result ingest(InputStream body) throws IOException {
		this.jdbc.sql("CREATE TEMP TABLE order_fact_incoming (seq INT, " + "merchant_id UUID, order_id TEXT, "
				+ "buyer_id TEXT, completed_at TIMESTAMPTZ, feedback SMALLINT, dispute BOOLEAN, shipped_late BOOLEAN, "
				+ "cancelled BOOLEAN) ON COMMIT DROP")
			.update();
		Tally tally = new Tally(this.properties.maxRejectionsListed());
		// one element at a time: the rest of the array follows each one
		ObjectReader nodes = this.json.readerFor(JsonNode.class)
			.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		try (JsonParser parser = this.json.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new UnreadableFactsException("the body is not a JSON array");
			}
			List<IncomingFact> chunk = new ArrayList<>(this.properties.chunkSize());
			int index = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				JsonNode node = nodes.readValue(parser);
				switch (IncomingFact.read(index++, node, this.clock, this.properties.futureTolerance())) {
					case IncomingFact.Good good -> chunk.add(good.fact());
					case IncomingFact.Refused refused -> tally.refuse(refused.rejections());
				}
				if (chunk.size() == this.properties.chunkSize()) {
					stage(chunk, tally);
					chunk.clear();
				}
			}
			stage(chunk, tally);
		}
		catch (JacksonException ex) {
			log.debug("Order facts not readable", ex);
			throw new UnreadableFactsException(ex.getOriginalMessage());
		}
		return merge(tally);
	}

	/** Resolves the chunk's merchants and copies its facts of known merchants. */
	private void stage(List<IncomingFact> chunk, Tally tally) {
		if (chunk.isEmpty()) {
			return;
		}
		Set<String> memberIds = chunk.stream().map(IncomingFact::memberId).collect(Collectors.toSet());
		Map<String, UUID> known = this.merchants.resolve(memberIds);
		StringBuilder rows = new StringBuilder(chunk.size() * 120);
		for (IncomingFact fact : chunk) {
			UUID merchant = known.get(fact.memberId());
			if (merchant == null) {
				tally.refuse(List.of(new Rejection(fact.index(), fact.orderId(), "memberId", "MERCHANT_UNKNOWN")));
				continue;
			}
			tally.staged++;
			rows.append(fact.index())
				.append(',')
				.append(merchant)
				.append(',')
				.append(quoted(fact.orderId()))
				.append(',')
				.append(quoted(fact.buyerId()))
				.append(',')
				.append(fact.completedAt())
				.append(',')
				.append(fact.feedback() == null ? "" : fact.feedback())
				.append(',')
				.append(fact.dispute())
				.append(',')
				.append(fact.shippedLate())
				.append(',')
				.append(fact.cancelledBySeller())
				.append('\n');
		}
		copy(rows.toString());
	}

	private void copy(String rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY order_fact_incoming FROM STDIN (FORMAT csv)", new StringReader(rows));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY of order facts failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * The last report of an order in the request wins; then history, then upsert. The
	 * history looks each staged fact up by its key (a lateral subquery the planner keeps
	 * as a nested loop, pruned to the fact's partition at run time): a join let the
	 * planner hash the whole of {@code order_fact} on every request.
	 */
	private Result merge(Tally tally) {
		this.jdbc
			.sql("CREATE TEMP TABLE order_fact_latest ON COMMIT DROP AS SELECT DISTINCT ON (merchant_id, "
					+ "order_id) " + Buckets.OF_MERCHANT + " AS bucket, " + FACT_COLUMNS
					+ " FROM order_fact_incoming ORDER BY merchant_id, order_id, seq DESC")
			.update();
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int changed = this.jdbc.sql("INSERT INTO order_fact_history (" + FACT_COLUMNS + ", revision, received_at, "
				+ "replaced_at) SELECT f.merchant_id, f.order_id, f.buyer_id, f.completed_at, f.feedback, f.dispute, "
				+ "f.shipped_late, f.cancelled, f.revision, f.received_at, :now FROM order_fact_latest s "
				+ "CROSS JOIN LATERAL (SELECT * FROM order_fact f WHERE f.bucket = s.bucket AND f.merchant_id = "
				+ "s.merchant_id AND f.order_id = s.order_id LIMIT 1) f WHERE " + DIFFERS)
			.param("now", now)
			.update();
		int written = this.jdbc
			.sql("INSERT INTO order_fact AS f (bucket, " + FACT_COLUMNS + ", received_at) " + "SELECT bucket, "
					+ FACT_COLUMNS + ", :now FROM order_fact_latest ON CONFLICT (bucket, merchant_id, "
					+ "order_id) DO UPDATE SET buyer_id = EXCLUDED.buyer_id, completed_at = EXCLUDED.completed_at, "
					+ "feedback = EXCLUDED.feedback, dispute = EXCLUDED.dispute, shipped_late = EXCLUDED.shipped_late, "
					+ "cancelled = EXCLUDED.cancelled, revision = f.revision + 1, received_at = EXCLUDED.received_at "
					+ "WHERE " + DIFFERS.replace("s.", "EXCLUDED."))
			.param("now", now)
			.update();
		return new Result(written, tally.staged - written, tally.refused, List.copyOf(tally.listed), changed);
	}

	/** A CSV field: quoted, with its quotes doubled. */
	private static String quoted(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/**
	 * What an ingestion took.
	 *
	 * @param accepted facts new or changed
	 * @param duplicates facts that changed nothing (sent before, or twice in the request)
	 * @param rejected facts refused
	 * @param rejections the first refused facts, each field at fault
	 * @param updated of the accepted, the facts that changed an earlier report
	 */
	public record Result(int accepted, int duplicates, int rejected, List<Rejection> rejections, int updated) {
	}

	/**
	 * A fact refused.
	 *
	 * @param index its position in the request, from 0
	 * @param orderId its order, when it had one
	 * @param field the field at fault
	 * @param code why: {@code REQUIRED}, {@code TOO_LONG}, {@code MERCHANT_UNKNOWN},
	 * {@code DATE_IMPOSSIBLE}, {@code FEEDBACK_INVALID}, {@code FLAG_INVALID},
	 * {@code FACT_INVALID}
	 */
	public record Rejection(int index, @Nullable String orderId, String field, String code) {
	}

	/** The body cannot be read as a JSON array of facts. */
	public static class UnreadableFactsException extends RuntimeException {

		UnreadableFactsException(@Nullable String message) {
			super(message);
		}

	}

	private static final class Tally {

		private final int listLimit;

		private final List<Rejection> listed = new ArrayList<>();

		private int refused;

		private int staged;

		Tally(int listLimit) {
			this.listLimit = listLimit;
		}

		void refuse(List<Rejection> rejections) {
			this.refused++;
			for (Rejection rejection : rejections) {
				if (this.listed.size() < this.listLimit) {
					this.listed.add(rejection);
				}
			}
		}

	}

}
