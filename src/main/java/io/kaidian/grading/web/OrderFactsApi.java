package io.kaidian.grading.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.grading.ExposureWeights;
import io.kaidian.grading.OrderFactIngestion;
import io.kaidian.platform.web.ParameterInvalidException;

/**
 * The marketplace's side of grading (API.md, "Grading"): order facts in, exposure weights
 * out, for an operator or an integration credential.
 */
@RestController
@Tag(name = "Grading", description = "R-GRADE: order facts, levels, service levels, exposure weights")
class OrderFactsApi {

	private final OrderFactIngestion ingestion;

	private final ExposureWeights weights;

	private final JsonMapper json;

	OrderFactsApi(OrderFactIngestion ingestion, ExposureWeights weights, JsonMapper json) {
		this.ingestion = ingestion;
		this.weights = weights;
		this.json = json;
	}

	@PostMapping(path = "/api/v1/integration/order-facts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Report completed orders in bulk",
			description = "A JSON array of order facts, streamed: 202 {accepted, duplicates, rejected, rejections}. "
					+ "The same orderId twice counts once; a changed fact replaces the earlier one, which is kept "
					+ "as history. An unknown memberId or an impossible completedAt is listed in rejections "
					+ "and the rest is taken.")
	ResponseEntity<OrderFactIngestion.Result> ingest(HttpServletRequest request) throws IOException {
		try {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.ingestion.ingest(request.getInputStream()));
		}
		catch (OrderFactIngestion.UnreadableFactsException ex) {
			throw new HttpMessageNotReadableException(String.valueOf(ex.getMessage()), ex,
					new ServletServerHttpRequest(request));
		}
	}

	@GetMapping(path = "/api/v1/integration/exposure-weights", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Exposure weights changed since a time",
			description = "A JSON array, streamed, oldest first: [{memberId, month, exposureWeight, serviceLevel, "
					+ "publishedAt}]; pass the last publishedAt as the next since")
	void exposureWeights(@RequestParam(required = false) @Nullable String since, HttpServletResponse response)
			throws IOException {
		Instant from = parse(since);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		OutputStream out = response.getOutputStream();
		{
			try (JsonGenerator generator = this.json.createGenerator(out)) {
				generator.writeStartArray();
				this.weights.changedSince(from, (change) -> {
					generator.writeStartObject();
					generator.writeStringProperty("memberId", change.memberId());
					generator.writeStringProperty("month", change.month().toString());
					generator.writeNumberProperty("exposureWeight", change.exposureWeight());
					generator.writeStringProperty("serviceLevel", change.serviceLevel().name());
					generator.writeStringProperty("publishedAt", change.publishedAt().toString());
					generator.writeEndObject();
				});
				generator.writeEndArray();
			}
		}
	}

	private static Instant parse(@Nullable String since) {
		if (since == null || since.isBlank()) {
			return Instant.EPOCH;
		}
		try {
			return java.time.OffsetDateTime.parse(since).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new ParameterInvalidException("since");
		}
	}

}
