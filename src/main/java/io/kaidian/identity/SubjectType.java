package io.kaidian.identity;

import java.util.List;
import java.util.Set;

/**
 * The two kinds of subject (R-ID-1), the methods they may use (R-ID-2) and their
 * documents (R-ID-3).
 */
public enum SubjectType {

	/** a company, keyed by its Unified Social Credit Code */
	ENTERPRISE(Set.of(Method.CORPORATE_ALIPAY, Method.LEGAL_REP_ALIPAY),
			List.of(DocumentKind.BUSINESS_LICENSE, DocumentKind.BANK_ACCOUNT_LICENSE, DocumentKind.ID_FRONT,
					DocumentKind.ID_BACK, DocumentKind.HOLDING_ID_PHOTO)),

	/** an individual business (个体工商户), keyed by its operator's resident ID number */
	INDIVIDUAL_BUSINESS(Set.of(Method.PERSONAL_ALIPAY), List.of(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_FRONT,
			DocumentKind.ID_BACK, DocumentKind.HOLDING_ID_PHOTO));

	private final Set<Method> methods;

	private final List<DocumentKind> documents;

	SubjectType(Set<Method> methods, List<DocumentKind> documents) {
		this.methods = methods;
		this.documents = documents;
	}

	/** R-ID-2 */
	public boolean allows(Method method) {
		return this.methods.contains(method);
	}

	/** R-ID-3: the documents this subject type must upload. */
	public List<DocumentKind> requiredDocuments() {
		return this.documents;
	}

	/** How the Alipay side authenticates the subject (R-ID-2). */
	public enum Method {

		/** the company's own Alipay account */
		CORPORATE_ALIPAY,

		/** the legal representative's personal Alipay account */
		LEGAL_REP_ALIPAY,

		/** the individual business operator's personal Alipay account */
		PERSONAL_ALIPAY

	}

	/** The documents of R-ID-3. */
	public enum DocumentKind {

		/** 营业执照 */
		BUSINESS_LICENSE,

		/** 开户许可证 (enterprises) */
		BANK_ACCOUNT_LICENSE,

		/** the ID card's front (photo side) */
		ID_FRONT,

		/** the ID card's back (validity side) */
		ID_BACK,

		/** the person holding the ID card, face and four corners visible */
		HOLDING_ID_PHOTO;

		/**
		 * Whether it is a photo, checked by its pixels (blur, resolution): a JPEG or PNG,
		 * never a PDF.
		 */
		public boolean isPhoto() {
			return this == ID_FRONT || this == ID_BACK || this == HOLDING_ID_PHOTO;
		}

	}

}
