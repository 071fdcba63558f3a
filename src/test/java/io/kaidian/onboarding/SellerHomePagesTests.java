package io.kaidian.onboarding;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller's home over real HTTP: only for signed-in sellers, who see their checklist.
 */
class SellerHomePagesTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	private Pages pages;

	private SellerFixtures.Registered seller;

	@BeforeEach
	void registerSeller() {
		this.pages = new Pages(baseUrl());
		this.seller = new SellerFixtures(this.api, mail, this.outbox).register();
	}

	@Test
	void anAnonymousVisitorIsSentToTheSellersSignIn() {
		Pages.Page page = this.pages.get("/seller");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/sign-in");
		assertThat(this.pages.get("/sign-in").body()).contains("id=\"seller-sign-in\"", "href=\"/register\"");
	}

	@Test
	void aSellerSignsInAndSeesItsMemberIdAndChecklist() {
		this.pages.get("/sign-in", "Accept-Language", "en");
		Pages.Page signedIn = this.pages.post("/sign-in",
				Map.of("email", this.seller.email(), "password", this.seller.password()));
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
		assertThat(signedIn.location()).endsWith("/seller");

		Pages.Page home = this.pages.get("/seller", "Accept-Language", "en");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<strong id=\"member-id\">" + this.seller.memberId() + "</strong>")
			.contains("id=\"requirement-ACCOUNT\" data-state=\"DONE\"")
			.contains("id=\"requirement-IDENTITY\" data-state=\"DUE\"")
			.contains("id=\"requirement-PRODUCTS\" data-state=\"BLOCKED\"")
			.contains("My store setup");
	}

	@Test
	void aWrongPasswordGoesBackToTheSellersFormWithAnError() {
		this.pages.get("/sign-in");
		Pages.Page failed = this.pages.post("/sign-in",
				Map.of("email", this.seller.email(), "password", "not-the-password"));
		assertThat(failed.location()).endsWith("/sign-in?error");

		assertThat(this.pages.get("/sign-in?error", "Accept-Language", "en").body())
			.contains("Wrong email or password.");
	}

}
