package io.kaidian.store.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.kaidian.documents.Upload;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.store.SellingScope;
import io.kaidian.store.StoreImage;
import io.kaidian.store.StoreImageUpload;
import io.kaidian.store.StoreLookup;

/**
 * The store's logo and banner (R-STORE-1; docs/guide/store.md "Images"): multipart, one
 * part {@code file}, JPEG or PNG by its bytes.
 */
@RestController
@Tag(name = "Store")
class StoreImagesApi {

	private static final String REFUSALS = "404 STORE_NOT_FOUND before the profile is saved; 413 FILE_TOO_LARGE; "
			+ "415 IMAGE_REQUIRED (a PDF) or FILE_TYPE_NOT_ACCEPTED; 422 IMAGE_TOO_LARGE, FILE_UNREADABLE, FILE_EMPTY";

	private final StoreImageUpload upload;

	private final StoreLookup stores;

	private final ChangeReasons reasons;

	StoreImagesApi(StoreImageUpload upload, StoreLookup stores, ChangeReasons reasons) {
		this.upload = upload;
		this.stores = stores;
		this.reasons = reasons;
	}

	@PutMapping(path = "/api/v1/me/store/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the store's logo, replacing the one before", description = REFUSALS)
	StoreApi.StoreJson logo(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KaidianUser seller,
			Locale locale) {
		return json(StoreImage.LOGO, file, seller, locale);
	}

	@PutMapping(path = "/api/v1/me/store/banner", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the store's banner, replacing the one before", description = REFUSALS)
	StoreApi.StoreJson banner(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KaidianUser seller,
			Locale locale) {
		return json(StoreImage.BANNER, file, seller, locale);
	}

	private StoreApi.StoreJson json(StoreImage kind, MultipartFile file, KaidianUser seller, Locale locale) {
		var store = this.upload.upload(seller.accountId(), kind, Upload.of(file));
		Integer limit = this.stores.scope(seller.accountId()).map(SellingScope::productLimit).orElse(null);
		StoreApi.ChangeJson change = this.stores.latestChange(seller.accountId())
			.map((c) -> StoreApi.ChangeJson.of(c, this.reasons.explain(c.reasons(), locale)))
			.orElse(null);
		return StoreApi.StoreJson.of(store, limit, change);
	}

}
