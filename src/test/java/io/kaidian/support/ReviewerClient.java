package io.kaidian.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer over the API (API.md, "Review"): claims the case of one seller from a queue
 * shared with other tests, and decides it.
 */
public final class ReviewerClient {

	private final Api api;

	private final String token;

	/**
	 * @param api the client
	 * @param token a bearer token of a staff account with role {@code REVIEWER}
	 */
	public ReviewerClient(Api api, String token) {
		this.api = api;
		this.token = token;
	}

	/**
	 * Claims cases of the queue until it holds this seller's, and gives back every other
	 * case it claimed on the way.
	 */
	public JsonNode claimCaseOf(String queue, String memberId) {
		List<String> others = new ArrayList<>();
		try {
			for (int i = 0; i < 500; i++) {
				Api.Reply claimed = this.api.post("/api/v1/review/cases/claim?queue=" + queue, "")
					.token(this.token)
					.send();
				assertThat(claimed.status()).as("the seller's " + queue + " case is on the queue: " + claimed)
					.isEqualTo(200);
				if (claimed.json().get("memberId").asString().equals(memberId)) {
					return claimed.json();
				}
				others.add(claimed.json().get("caseId").asString());
			}
			throw new AssertionError("no " + queue + " case of " + memberId);
		}
		finally {
			for (String other : others) {
				this.api.post("/api/v1/review/cases/" + other + "/release", "").token(this.token).send();
			}
		}
	}

	/** Approves a claimed case as a whole. */
	public void approve(JsonNode claimed) {
		decide(claimed, Map.of("outcome", "APPROVE", "reasons", List.of(), "version", claimed.get("version").asLong()));
	}

	/**
	 * Decides every item of a claimed application case: refs → reason code, approving the
	 * items not named.
	 */
	public void decideItems(JsonNode claimed, Map<String, String> rejections) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (JsonNode ref : claimed.get("items")) {
			String code = rejections.get(ref.asString());
			Map<String, Object> item = new HashMap<>();
			item.put("ref", ref.asString());
			item.put("outcome", code == null ? "APPROVE" : "REJECT");
			item.put("reasons", code == null ? List.of()
					: List.of(Map.of("field", ref.asString(), "code", code, "message", "see the certificate")));
			items.add(item);
		}
		decide(claimed, Map.of("items", items, "version", claimed.get("version").asLong()));
	}

	/**
	 * Decides only the named items of a claimed application case and leaves the rest for
	 * later (R-APP-5): refs → reason code, or {@code null} to approve (a map that allows
	 * null values, in the order to decide).
	 * @return the case after the decision, with its new version
	 */
	public JsonNode decideSome(JsonNode claimed, Map<String, String> decisions) {
		List<Map<String, Object>> items = new ArrayList<>();
		decisions.forEach((ref, code) -> items.add(item(ref, code)));
		return decide(claimed, Map.of("items", items, "version", claimed.get("version").asLong()));
	}

	/**
	 * Decides every item of an application case still undecided (after
	 * {@link #decideSome}): refs → reason code, approving the items not named.
	 */
	public void decideRest(JsonNode current, Map<String, String> rejections) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (JsonNode state : current.get("itemStates")) {
			if (state.get("outcome").isNull()) {
				String ref = state.get("ref").asString();
				items.add(item(ref, rejections.get(ref)));
			}
		}
		decide(current, Map.of("items", items, "version", current.get("version").asLong()));
	}

	private static Map<String, Object> item(String ref, String code) {
		Map<String, Object> item = new HashMap<>();
		item.put("ref", ref);
		item.put("outcome", code == null ? "APPROVE" : "REJECT");
		item.put("reasons", code == null ? List.of()
				: List.of(Map.of("field", ref, "code", code, "message", "see the certificate")));
		return item;
	}

	private JsonNode decide(JsonNode claimed, Map<String, Object> decision) {
		Api.Reply decided = this.api
			.post("/api/v1/review/cases/" + claimed.get("caseId").asString() + "/decision", decision)
			.token(this.token)
			.send();
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		return decided.json();
	}

}
