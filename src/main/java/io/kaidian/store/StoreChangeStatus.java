package io.kaidian.store;

/** Where a name or domain change of an open store stands (R-STORE-1). */
public enum StoreChangeStatus {

	/** on the review desk; the new name and domain are reserved for the store */
	PENDING,

	/** applied: the new name and domain are live, the old domain redirects */
	APPROVED,

	/** refused: nothing changed, the reservation is released */
	REJECTED

}
