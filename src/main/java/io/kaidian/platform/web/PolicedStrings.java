package io.kaidian.platform.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.text.TextFields;
import io.kaidian.platform.text.TextPolicy;

/**
 * Every JSON string of a request body, checked against the {@link TextPolicy} as it is
 * read (ADR 0020). Only the API's body reader installs this: strings the service reads
 * back from its own database or events are not policed again. Each string breaking the
 * policy is noted with its JSON path; the reader refuses the body once it is read, with
 * every such field.
 */
final class PolicedStrings {

	private PolicedStrings() {
	}

	/** The module that replaces Jackson's {@code String} deserializer. */
	static SimpleModule module() {
		return new SimpleModule("kaidian-text-policy").addDeserializer(String.class, new Deserializer());
	}

	/** The strings of one body that broke the policy, field by field. */
	static final class Findings {

		private final List<Violation> violations = new ArrayList<>();

		void add(String field, String code) {
			this.violations.add(Violation.of(field, code));
		}

		/** Refuses the body with {@code 422} if any string broke the policy. */
		void refuseIfAny() {
			if (!this.violations.isEmpty()) {
				throw new RuleViolationException("VALIDATION_FAILED", this.violations);
			}
		}

	}

	/**
	 * Reads a string like Jackson does, but only from a JSON string (a number or a
	 * boolean where text is expected is a wrong type, {@code 400}), and checks it when
	 * the read carries {@link Findings}.
	 */
	private static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
					|| token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String value = super.deserialize(parser, context);
			if (value != null && context.getAttribute(Findings.class) instanceof Findings findings) {
				TextPolicy.check(value, TextFields.kindOf(path(parser.streamReadContext())))
					.ifPresent((code) -> findings.add(path(parser.streamReadContext()), code));
			}
			return value;
		}

		@Override
		public boolean isCachable() {
			return true;
		}

		/** The dotted JSON path of the current value: {@code brands[0].name}. */
		static String path(TokenStreamContext context) {
			Deque<String> segments = new ArrayDeque<>();
			for (TokenStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
				if (level.inArray()) {
					segments.addFirst("[" + level.getCurrentIndex() + "]");
				}
				else if (level.inObject() && level.currentName() != null) {
					segments.addFirst("." + level.currentName());
				}
			}
			String path = String.join("", segments);
			return path.startsWith(".") ? path.substring(1) : path;
		}

	}

}
