package io.kaidian.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;
import io.kaidian.store.StoreClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store's logo and banner and its products' images (R-STORE-1, R-OPEN-1): uploaded
 * through documents, images only, at most six a product, shown publicly re-encoded once
 * the store is open and never before, and only by their seller.
 */
class StoreImagesTests extends IntegrationTest {

	private static final String MARKER = "kaidian-uploaded-metadata";

	@Autowired
	Outbox outbox;

	@Autowired
	ExamFixtures exams;

	private ApprovedSellers sellers;

	private StoreClient stores;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.stores = new StoreClient(this.api, baseUrl());
	}

	@Test
	void R_STORE_1_logoBannerAndProductImagesShowOnTheStorefrontOnlyOnceItOpens() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		String domain = withStore(seller);
		byte[] png = Samples.withTextChunk(Samples.png(320, 320), "Comment", MARKER);

		String logo = upload(seller, "/api/v1/me/store/logo", png).json().get("logoId").asString();
		String banner = upload(seller, "/api/v1/me/store/banner", Samples.jpeg(1200, 300)).json()
			.get("bannerId")
			.asString();
		this.stores.bankAccountSet(seller);
		List<String> products = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			products.add(this.stores.createdProduct(seller, "图片商品 " + i));
		}
		Api.Reply added = post(seller, products.get(0), png);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String image = added.json().get("imageIds").get(0).asString();
		for (String product : products.subList(0, 9)) {
			assertThat(this.stores.publish(seller, product).status()).isEqualTo(200);
		}

		// nothing of a store being set up is public, its images neither
		for (String id : List.of(logo, banner, image)) {
			assertThat(this.api.get("/stores/" + domain + "/images/" + id).send().status()).isEqualTo(404);
		}

		assertThat(this.stores.publish(seller, products.get(9)).status()).isEqualTo(200);
		assertThat(this.stores.myStore(seller).get("status").asString()).isEqualTo("OPEN");
		String page = this.api.get("/stores/" + domain).language("en").send().text();
		for (String id : List.of(logo, banner, image)) {
			String path = "/stores/" + domain + "/images/" + id;
			assertThat(page).contains("src=\"" + path + "\"");
			Api.Reply served = this.api.get(path).send();
			assertThat(served.status()).as(served.toString()).isEqualTo(200);
			assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(served.header("Cache-Control")).contains("max-age=3600", "public");
			assertThat(served.header("Content-Type")).isIn("image/png", "image/jpeg");
			// re-encoded: what the seller's file carried besides the pixels is gone
			assertThat(served.text()).doesNotContain(MARKER);
		}

		// an image of a draft product, or any other id, is not shown
		Api.Reply draftImage = post(seller, products.get(1), Samples.png(64, 64));
		assertThat(draftImage.status()).isEqualTo(201);
		assertThat(this.stores.publish(seller, products.get(1)).status()).isEqualTo(200);
		String second = draftImage.json().get("imageIds").get(0).asString();
		assertThat(this.api.get("/stores/" + domain + "/images/" + second).send().status()).isEqualTo(200);
		Api.Reply deleted = this.api.delete("/api/v1/me/products/" + products.get(1) + "/images/" + second)
			.token(seller.token())
			.send();
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
		assertThat(this.api.get("/stores/" + domain + "/images/" + second).send().status()).isEqualTo(404);
	}

	@Test
	void R_STORE_1_onlyImagesAreTakenAtMostSixAProductAndOnlyFromTheirSeller() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		withStore(seller);
		String product = this.stores.createdProduct(seller, "六图商品");

		Api.Reply pdf = post(seller, product, Samples.pdf());
		assertThat(pdf.status()).as(pdf.toString()).isEqualTo(415);
		assertThat(pdf.json().get("code").asString()).isEqualTo("IMAGE_REQUIRED");
		Api.Reply text = Multipart.put(baseUrl() + "/api/v1/me/store/logo", seller.token(), "logo.png", "image/png",
				"<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(text.status()).as(text.toString()).isEqualTo(415);
		assertThat(text.json().get("code").asString()).isEqualTo("FILE_TYPE_NOT_ACCEPTED");
		assertThat(this.stores.myStore(seller).get("logoId").isNull()).isTrue();

		for (int i = 1; i <= 6; i++) {
			assertThat(post(seller, product, Samples.png(32, 32)).status()).isEqualTo(201);
		}
		Api.Reply seventh = post(seller, product, Samples.png(32, 32));
		assertThat(seventh.status()).as(seventh.toString()).isEqualTo(409);
		assertThat(seventh.json().get("code").asString()).isEqualTo("PRODUCT_IMAGE_LIMIT_REACHED");
		JsonNode images = this.api.get("/api/v1/me/products/" + product + "/images")
			.token(seller.token())
			.send()
			.json()
			.get("imageIds");
		assertThat(images.size()).isEqualTo(6);

		// another seller can neither add to nor remove from this product
		ApprovedSellers.Seller other = this.sellers.enterprise();
		assertThat(post(other, product, Samples.png(32, 32)).status()).isEqualTo(404);
		String first = images.get(0).asString();
		assertThat(this.api.delete("/api/v1/me/products/" + product + "/images/" + first)
			.token(other.token())
			.send()
			.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/me/products/" + product + "/images")
			.token(seller.token())
			.send()
			.json()
			.get("imageIds")
			.size()).isEqualTo(6);
	}

	@Test
	void R_STORE_1_theSellerUploadsTheLogoOnTheStorePageAndSeesItWhileSettingUp() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		withStore(seller);
		Pages pages = signedIn(seller);
		pages.get("/seller/store", "Accept-Language", "zh-CN");
		Pages.Page uploaded = pages.upload("/seller/store/logo", "logo.png", "image/png", Samples.png(200, 200),
				"Accept-Language", "zh-CN");
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
		Pages.Page page = pages.get("/seller/store", "Accept-Language", "zh-CN");
		assertThat(page.body()).contains("店铺标志和横幅", "图片已保存");
		String logo = this.stores.myStore(seller).get("logoId").asString();
		assertThat(page.body()).contains("src=\"/seller/images/" + logo + "\"");
		Pages.Page image = pages.get("/seller/images/" + logo);
		assertThat(image.status()).as(image.toString()).isEqualTo(200);
		assertThat(image.header("Content-Type")).isEqualTo("image/png");

		// a PDF is refused at the field, in the reader's language
		pages.get("/seller/store", "Accept-Language", "en");
		pages.upload("/seller/store/banner", "banner.png", "image/png", Samples.pdf(), "Accept-Language", "en");
		assertThat(pages.get("/seller/store", "Accept-Language", "en").body()).contains("Upload a photo (JPEG or PNG)");
		assertThat(this.stores.myStore(seller).get("bannerId").isNull()).isTrue();

		// another seller's session does not open it
		ApprovedSellers.Seller other = this.sellers.enterprise();
		assertThat(signedIn(other).get("/seller/images/" + logo).status()).isEqualTo(404);
	}

	private Pages signedIn(ApprovedSellers.Seller seller) {
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in");
		Pages.Page signedIn = pages.post("/sign-in",
				java.util.Map.of("email", seller.email(), "password", seller.password()));
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
		return pages;
	}

	private String withStore(ApprovedSellers.Seller seller) {
		this.stores.readyForStore(seller, this.exams);
		String domain = "pics-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		this.stores.savedStore(seller, "图片店 " + domain, domain);
		return domain;
	}

	private Api.Reply upload(ApprovedSellers.Seller seller, String path, byte[] content) {
		Api.Reply reply = Multipart.put(baseUrl() + path, seller.token(), "picture.png", "image/png", content);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply;
	}

	private Api.Reply post(ApprovedSellers.Seller seller, String product, byte[] content) {
		return Multipart.post(baseUrl() + "/api/v1/me/products/" + product + "/images", seller.token(), "item.png",
				"image/png", content);
	}

}
