package io.kaidian.support;

import java.util.List;
import java.util.Map;

/**
 * Every page a visitor, a seller, a reviewer and an operator can open with a GET, in one
 * place: the translation test ({@code TranslationTests}) renders each of them in both
 * languages at every stage of the journey. A new page is added here, to its role's list;
 * a {@code {name}} in a path is filled from the test's fixtures ({@link #resolve}).
 */
public final class PageRoutes {

	/** Anyone, signed in or not. */
	public static final List<String> PUBLIC = List.of("/", "/sign-in", "/register", "/password-reset",
			"/staff/sign-in");

	/**
	 * A seller's pages; a page that is not open yet at a stage of the journey redirects
	 * and is skipped at that stage.
	 */
	public static final List<String> SELLER = List.of("/seller", "/seller/identity", "/seller/application",
			"/seller/application/plan", "/seller/application/store-type", "/seller/application/scope",
			"/seller/application/categories", "/seller/application/brands", "/seller/application/documents",
			"/seller/application/review", "/seller/fees", "/seller/exam", "/seller/exam/rules", "/seller/store",
			"/seller/collection-account", "/seller/products", "/seller/grade");

	/**
	 * A reviewer's pages; {@code {identityCase}} and {@code {applicationCase}} are case
	 * ids.
	 */
	public static final List<String> REVIEWER = List.of("/staff", "/staff/review/IDENTITY", "/staff/review/APPLICATION",
			"/staff/review/STORE_CHANGE", "/staff/review/IDENTITY?escalated=true", "/staff/review/cases/{identityCase}",
			"/staff/review/cases/{applicationCase}");

	/** An operator's pages. */
	public static final List<String> OPERATOR = List.of("/staff", "/staff/operations/event-publications",
			"/staff/operations/exam", "/staff/operations/exam/questions/new", "/staff/operations/payments",
			"/staff/operations/grading");

	private PageRoutes() {
	}

	/**
	 * The paths with their {@code {name}}s filled; a path naming an unknown one is left
	 * out.
	 */
	public static List<String> resolve(List<String> paths, Map<String, String> values) {
		return paths.stream().map((path) -> {
			String resolved = path;
			for (Map.Entry<String, String> value : values.entrySet()) {
				resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
			}
			return resolved;
		}).filter((path) -> !path.contains("{")).toList();
	}

}
