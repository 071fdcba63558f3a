package io.kaidian.platform.security;

/** The two kinds of account that sign in; a staff account is never a seller. */
public enum AccountKind {

	/** a reviewer or operator of the platform */
	STAFF,

	/** a seller (applicant, then merchant) */
	SELLER

}
