package io.kaidian.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import io.kaidian.notification.Outbox;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.PageRoutes;
import io.kaidian.support.Pages;
import io.kaidian.support.ReviewerClient;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.UntranslatedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page a visitor, a seller, a reviewer and an operator opens ({@link PageRoutes}),
 * at each stage of the journey, and every email and SMS, in English and in Chinese, shows
 * no missing message ({@code ??}), no enum constant of the code and no rule or
 * specification reference (PRODUCT.md §5: English and Simplified Chinese throughout). The
 * journey: an identity in review and rejected; an application in draft, in review,
 * rejected item by item, resubmitted and approved.
 */
class TranslationTests extends IntegrationTest {

	private static final List<String[]> LANGUAGES = List.of(new String[] { "Accept-Language", "en" },
			new String[] { "Accept-Language", "zh-CN" });

	@Autowired
	private Outbox outbox;

	@Autowired
	private MessageSource messages;

	@Autowired
	private ReasonCatalogue catalogue;

	private final List<String> problems = new ArrayList<>();

	private int pagesRead;

	@Test
	void PRODUCT_5_everyPageAndEveryMessageIsInTheReadersLanguage() throws IOException, MessagingException {
		ApprovedSellers sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		StaffFixtures staff = new StaffFixtures(this.api);
		StaffFixtures.Credentials reviewerLogin = staff.create("REVIEWER");
		String reviewerToken = staff.signIn(reviewerLogin.email(), reviewerLogin.password());
		ReviewerClient reviewer = new ReviewerClient(this.api, reviewerToken);
		Pages reviewerPages = staffPages(reviewerLogin);
		Map<String, String> cases = new LinkedHashMap<>();

		read("visitor", new Pages(baseUrl()), PageRoutes.PUBLIC);
		ApprovedSellers.Seller newcomer = sellers.unverified();
		read("new seller", sellerPages(newcomer), PageRoutes.SELLER);

		// an identity in review, then rejected with a reason on one document
		ApprovedSellers.Seller identity = sellers.identityInReview("ENTERPRISE");
		read("seller, identity in review", sellerPages(identity), PageRoutes.SELLER);
		JsonNode identityCase = claim(reviewer, "IDENTITY", identity);
		cases.put("identityCase", identityCase.get("caseId").asString());
		read("reviewer, identity claimed", reviewerPages, PageRoutes.resolve(PageRoutes.REVIEWER, cases));
		decideIdentity(reviewerToken, identityCase);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mailsTo(identity.email()).stream().anyMatch((text) -> text.contains("hand over chin")));
		read("seller, identity rejected", sellerPages(identity), PageRoutes.SELLER);

		// an application: draft, in review, rejected, resubmitted, approved
		ApprovedSellers.Seller seller = sellers.enterprise();
		ApplicationClient applications = new ApplicationClient(this.api, baseUrl());
		draftApplication(applications, seller);
		read("seller, application draft", sellerPages(seller), PageRoutes.SELLER);
		applications.submitted(seller);
		read("seller, application in review", sellerPages(seller), PageRoutes.SELLER);
		JsonNode applicationCase = claim(reviewer, "APPLICATION", seller);
		cases.put("applicationCase", applicationCase.get("caseId").asString());
		read("reviewer, application claimed", reviewerPages, PageRoutes.resolve(PageRoutes.REVIEWER, cases));
		reviewer.decideItems(applicationCase, Map.of("category:childrens-clothing", "QUALIFICATION_MISSING", "brand:1",
				"AUTHORIZATION_CHAIN_INCOMPLETE"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> applications.current(seller).get("status").asString().equals("REJECTED"));
		read("seller, application rejected", sellerPages(seller), PageRoutes.SELLER);
		applications.uploaded(applications.uploadCategory(seller, "childrens-clothing", "CATEGORY_QUALIFICATION"));
		applications.uploaded(applications.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));
		applications.submitted(seller);
		// the reviewer who rejected an attempt is passed over for the next one while
		// others
		// work the queue, as other tests' reviewers do: a second reviewer takes it
		StaffFixtures.Credentials secondLogin = staff.create("REVIEWER");
		ReviewerClient second = new ReviewerClient(this.api, staff.signIn(secondLogin.email(), secondLogin.password()));
		JsonNode again = claim(second, "APPLICATION", seller);
		cases.put("applicationCase", again.get("caseId").asString());
		read("reviewer, application resubmitted", staffPages(secondLogin),
				PageRoutes.resolve(PageRoutes.REVIEWER, cases));
		second.decideItems(again, Map.of());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> applications.current(seller).get("status").asString().equals("APPROVED"));
		read("seller, application approved", sellerPages(seller), PageRoutes.SELLER);

		read("operator", staffPages(staff.create("OPERATOR")), PageRoutes.OPERATOR);

		for (ApprovedSellers.Seller someone : List.of(newcomer, identity, seller)) {
			for (String sent : mailsTo(someone.email())) {
				check("email to " + someone.email(), sent);
			}
			for (Outbox.Entry sent : this.outbox.find(someone.phone())) {
				check("SMS to " + sent.to(), sent.body());
			}
		}
		everyMailAndSmsTemplate();

		assertThat(this.pagesRead).as("pages read").isGreaterThan(60);
		assertThat(this.problems).as("untranslated texts").isEmpty();
	}

	/**
	 * Every {@code mail.*} and {@code sms.*} message in both languages, with the details
	 * that the events put in them: rejection reasons of documents, categories and brands.
	 */
	private void everyMailAndSmsTemplate() throws IOException {
		Properties keys = new Properties();
		try (InputStreamReader reader = new InputStreamReader(
				new ClassPathResource("messages.properties").getInputStream(), StandardCharsets.UTF_8)) {
			keys.load(reader);
		}
		List<Reason> reasons = List.of(new Reason("HOLDING_ID_PHOTO", "FACE_NOT_VISIBLE", "hand over chin"),
				new Reason("brand:1", "AUTHORIZATION_CHAIN_INCOMPLETE", null),
				new Reason("category:childrens-clothing", "QUALIFICATION_MISSING", null),
				new Reason("brand:0.TRADEMARK_CERTIFICATE", "PHOTO_BLURRED", null));
		for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
			String detail = this.catalogue.explain(reasons, locale);
			for (String key : keys.stringPropertyNames()) {
				if (key.startsWith("mail.") || key.startsWith("sms.")) {
					check(key + " [" + locale + "]", this.messages.getMessage(key,
							new Object[] { "Xiaoming Wang", detail, "- Moonfield", "- Hilltop Weave", 1, 2 }, locale));
				}
			}
		}
	}

	/** The subject and the text of every mail this address received. */
	private static List<String> mailsTo(String email) throws IOException {
		List<String> texts = new ArrayList<>();
		try {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
					Object content = message.getContent();
					texts.add(message.getSubject() + "\n"
							+ (content instanceof String text ? text : GreenMailUtil.getBody(message)));
				}
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return texts;
	}

	private void read(String who, Pages pages, List<String> paths) {
		for (String[] language : LANGUAGES) {
			for (String path : paths) {
				Pages.Page page = pages.get(path, language);
				assertThat(page.status()).as(who + ": " + path).isIn(200, 302, 303);
				if (page.status() == 200) {
					this.pagesRead++;
					check(who + ": " + path + " [" + language[1] + "]", UntranslatedText.readable(page.body()));
				}
			}
		}
	}

	private void check(String where, String text) {
		UntranslatedText.problems(text).forEach((problem) -> this.problems.add(where + ": " + problem));
	}

	/**
	 * The seller's case, once it is on the queue (a submission reaches it by an event).
	 */
	private static JsonNode claim(ReviewerClient reviewer, String queue, ApprovedSellers.Seller seller) {
		return await().atMost(Duration.ofSeconds(20))
			.ignoreExceptionsMatching((thrown) -> true)
			.until(() -> reviewer.claimCaseOf(queue, seller.memberId()), Objects::nonNull);
	}

	private void decideIdentity(String reviewerToken, JsonNode claimed) {
		Api.Reply decided = this.api
			.post("/api/v1/review/cases/" + claimed.get("caseId").asString() + "/decision",
					Map.of("outcome", "REJECT", "reasons",
							List.of(Map.of("field", "HOLDING_ID_PHOTO", "code", "FACE_NOT_VISIBLE", "message",
									"hand over chin")),
							"version", claimed.get("version").asLong()))
			.token(reviewerToken)
			.send();
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
	}

	private static void draftApplication(ApplicationClient client, ApprovedSellers.Seller seller) {
		client
			.saved(seller,
					ApplicationClient
						.application("STANDARD", "EXCLUSIVE", "APPAREL",
								List.of("womens-clothing", "childrens-clothing"),
								List.of(ApplicationClient.brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
										ApplicationClient.brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED")),
								false));
		client.uploaded(client.uploadCategory(seller, "childrens-clothing", "CATEGORY_QUALIFICATION"));
		client.uploaded(client.uploadCategory(seller, "childrens-clothing", "PRODUCT_CHECKLIST"));
		client.uploaded(client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		client.uploaded(client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
		client.uploaded(client.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));
	}

	private Pages sellerPages(ApprovedSellers.Seller seller) {
		return Pages.seller(baseUrl(), seller.email(), seller.password());
	}

	private Pages staffPages(StaffFixtures.Credentials login) {
		return Pages.staff(baseUrl(), login.email(), login.password());
	}

}
