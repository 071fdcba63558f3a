package io.kaidian.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.ValidNumbers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-ID-3: the ID card's sides and the photo holding it are checked by their pixels (blur,
 * resolution), so they are accepted as images only; the licences may still be PDFs.
 * Through the identity step's own upload route.
 */
class PhotoKindsAcceptImagesOnlyTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	private String token;

	@BeforeEach
	void individualBusinessDraft() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).unverified();
		this.token = seller.token();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("subjectType", "INDIVIDUAL_BUSINESS");
		body.put("method", "PERSONAL_ALIPAY");
		body.put("companyName", "杭州小明茶叶店");
		body.put("personName", "王小明");
		body.put("personIdNumber", ValidNumbers.idNumber(System.nanoTime()));
		Api.Reply saved = this.api.put("/api/v1/me/identity", body).token(this.token).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
	}

	private Api.Reply upload(String kind, String name, String declaredType, byte[] content) {
		return Multipart.put(baseUrl() + "/api/v1/me/identity/documents/" + kind, this.token, name, declaredType,
				content);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO" })
	void rIdThreePhotoKindsRefuseAPdfNamingTheKind(String kind) {
		Api.Reply reply = upload(kind, kind + ".pdf", "application/pdf", Samples.pdf());

		assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("code").asString()).isEqualTo("IMAGE_REQUIRED");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(kind);
		assertThat(reply.json().get("errors").get(0).get("code").asString()).isEqualTo("IMAGE_REQUIRED");
		// nothing stored for it
		assertThat(this.api.get("/api/v1/me/identity")
			.token(this.token)
			.send()
			.json()
			.get("documents")
			.findValuesAsString("kind")).doesNotContain(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ID_FRONT", "HOLDING_ID_PHOTO" })
	void rIdThreePhotoKindsAcceptAJpeg(String kind) {
		Api.Reply reply = upload(kind, kind + ".jpg", "image/jpeg", Samples.jpeg(1000, 700));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/me/identity")
			.token(this.token)
			.send()
			.json()
			.get("documents")
			.findValuesAsString("kind")).contains(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "BUSINESS_LICENSE" })
	void rIdThreeTheLicenceMayStillBeAPdf(String kind) {
		Api.Reply reply = upload(kind, "licence.pdf", "application/pdf", PdfSamples.pages(1));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

}
