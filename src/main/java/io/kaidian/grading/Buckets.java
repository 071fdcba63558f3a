package io.kaidian.grading;

/**
 * The sixteen buckets facts and grades are split into by a hash of the merchant: the
 * partitions of {@code order_fact} and the unit of work of a run (one bucket, one
 * transaction). Fixed by the schema (V24).
 */
final class Buckets {

	static final int COUNT = 16;

	/** The bucket of {@code merchant_id} in SQL, as the schema's partitions expect. */
	static final String OF_MERCHANT = "(hashtext(merchant_id::text) & 15)::smallint";

	private Buckets() {
	}

}
