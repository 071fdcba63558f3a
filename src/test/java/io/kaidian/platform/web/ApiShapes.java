package io.kaidian.platform.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import io.kaidian.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as its OpenAPI document ({@code /v3/api-docs}) describes it: every operation,
 * its parameters, and a body of the right shape with every text field's path, so a test
 * can reach every field without a hand-kept list.
 */
final class ApiShapes {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private final JsonNode document;

	private ApiShapes(JsonNode document) {
		this.document = document;
	}

	static ApiShapes read(Api api) {
		Api.Reply reply = api.get("/v3/api-docs").send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return new ApiShapes(reply.json());
	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = entry.getValue();
				List<Parameter> parameters = new ArrayList<>();
				if (operation.has("parameters")) {
					for (JsonNode parameter : operation.get("parameters")) {
						if (!parameter.get("in").asString().equals("header")) {
							parameters.add(new Parameter(parameter.get("name").asString(),
									parameter.get("in").asString(), resolve(parameter.get("schema"))));
						}
					}
				}
				JsonNode content = operation.path("requestBody").path("content");
				JsonNode json = content.has("application/json") ? resolve(content.get("application/json").get("schema"))
						: null;
				operations.add(new Operation(entry.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
						parameters, json, content.has("multipart/form-data")));
			}
		}
		return operations;
	}

	/** A value of the schema's shape: every property, one item per array. */
	Object sample(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0).asString();
		}
		String type = resolved.path("type").asString("object");
		return switch (type) {
			case "string" -> switch (resolved.path("format").asString("")) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date" -> "2031-01-02";
				case "date-time" -> "2031-01-02T03:04:05Z";
				default -> "x";
			};
			case "integer", "number" -> 1;
			case "boolean" -> true;
			case "array" -> new ArrayList<>(List.of(sample(resolved.get("items"))));
			default -> object(resolved);
		};
	}

	private Map<String, Object> object(JsonNode schema) {
		Map<String, Object> object = new LinkedHashMap<>();
		if (schema.has("properties")) {
			for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
				object.put(property.getKey(), sample(property.getValue()));
			}
		}
		else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
			object.put("KEY", sample(schema.get("additionalProperties")));
		}
		return object;
	}

	/**
	 * The JSON paths of the free text fields in a sample of this schema (strings with no
	 * enum and no format), as the API names them in errors: {@code brands[0].name}.
	 */
	List<String> textFields(JsonNode schema) {
		List<String> fields = new ArrayList<>();
		collect(resolve(schema), "", fields);
		return fields;
	}

	private void collect(JsonNode schema, String path, List<String> fields) {
		JsonNode resolved = resolve(schema);
		String type = resolved.path("type").asString("object");
		if (type.equals("string")) {
			if (!resolved.has("enum") && !resolved.has("format")) {
				fields.add(path);
			}
		}
		else if (type.equals("array")) {
			collect(resolved.get("items"), path + "[0]", fields);
		}
		else if (type.equals("object")) {
			if (resolved.has("properties")) {
				for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
					collect(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
							fields);
				}
			}
			else if (resolved.has("additionalProperties") && resolved.get("additionalProperties").isObject()) {
				collect(resolved.get("additionalProperties"), path.isEmpty() ? "KEY" : path + ".KEY", fields);
			}
		}
	}

	/** The sample with the value at a path ({@code a.b[0].c}) replaced. */
	@SuppressWarnings("unchecked")
	static Object replace(Object sample, String path, Object value) {
		Iterator<String> steps = List.of(path.replace("[", ".[").split("\\.")).iterator();
		Object root = sample;
		Object current = root;
		String step = steps.next();
		while (steps.hasNext()) {
			current = step.startsWith("[") ? ((List<Object>) current).get(0)
					: ((Map<String, Object>) current).get(step);
			step = steps.next();
		}
		if (step.startsWith("[")) {
			((List<Object>) current).set(0, value);
		}
		else {
			((Map<String, Object>) current).put(step, value);
		}
		return root;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			String name = resolved.get("$ref").asString().substring("#/components/schemas/".length());
			resolved = this.document.get("components").get("schemas").get(name);
		}
		return resolved;
	}

	/**
	 * One operation of the API.
	 *
	 * @param method the HTTP method
	 * @param path the path template, e.g. {@code /api/v1/review/cases/{caseId}}
	 * @param parameters its path and query parameters
	 * @param jsonBody the schema of its JSON body, if it takes one
	 * @param multipart whether it takes a file upload
	 */
	record Operation(String method, String path, List<Parameter> parameters, JsonNode jsonBody, boolean multipart) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * A path or query parameter.
	 *
	 * @param name its name
	 * @param in {@code path} or {@code query}
	 * @param schema its schema
	 */
	record Parameter(String name, String in, JsonNode schema) {

		boolean inPath() {
			return this.in.equals("path");
		}

	}

}
