package io.kaidian.platform.web;

import java.io.IOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * The API's JSON converter (ADR 0020): the service's {@link JsonMapper}, made strict for
 * what clients send. A scalar of the wrong JSON type is refused ({@code 400}) instead of
 * converted: {@code "companyName": 123}, a password sent as {@code 1e40},
 * {@code "productLimit": "5"}, {@code 1.5} for a whole number, a number for an enum.
 * Every string read is checked against the text policy ({@link PolicedStrings}); a body
 * with text the policy refuses answers {@code 422} with every such field.
 */
class PolicedJsonConverter extends JacksonJsonHttpMessageConverter {

	private static final ThreadLocal<PolicedStrings.Findings> FINDINGS = new ThreadLocal<>();

	PolicedJsonConverter(JsonMapper mapper) {
		super(strict(mapper));
	}

	static JsonMapper strict(JsonMapper mapper) {
		return mapper.rebuild()
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(PolicedStrings.module())
			.build();
	}

	@Override
	public Object read(ResolvableType type, HttpInputMessage input, @Nullable Map<String, Object> hints)
			throws IOException {
		PolicedStrings.Findings findings = new PolicedStrings.Findings();
		FINDINGS.set(findings);
		Object value;
		try {
			value = super.read(type, input, hints);
		}
		finally {
			FINDINGS.remove();
		}
		findings.refuseIfAny();
		return value;
	}

	@Override
	protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
		PolicedStrings.Findings findings = FINDINGS.get();
		ObjectReader customized = super.customizeReader(reader, javaType);
		return findings != null ? customized.withAttribute(PolicedStrings.Findings.class, findings) : customized;
	}

}
