package io.kaidian.platform.web;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

/**
 * A bearer token for each area of the API the hostile-input tests walk: {@code admin} (an
 * operator), {@code review} (a reviewer) and {@code me} (a newly registered seller).
 */
final class AreaCallers {

	private AreaCallers() {
	}

	static Map<String, String> tokens(Api api, GreenMail mail, Outbox outbox) {
		StaffFixtures staff = new StaffFixtures(api);
		SellerFixtures sellers = new SellerFixtures(api, mail, outbox);
		return Map.of("admin", staff.operatorToken(), "review", staff.tokenFor("REVIEWER"), "me",
				sellers.signIn(sellers.register()));
	}

}
