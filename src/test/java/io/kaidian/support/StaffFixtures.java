package io.kaidian.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff accounts for tests, created through the API as an operator would. */
public final class StaffFixtures {

	public static final String ROOT_EMAIL = "root@kaidian.test";

	public static final String ROOT_PASSWORD = "Bootstrap-pass-1";

	private final Api api;

	public StaffFixtures(Api api) {
		this.api = api;
	}

	/** A token of the bootstrap operator (application-test.yml). */
	public String operatorToken() {
		return signIn(ROOT_EMAIL, ROOT_PASSWORD);
	}

	public String signIn(String email, String password) {
		Api.Reply reply = this.api.post("/api/v1/sessions", Map.of("email", email, "password", password)).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().get("token").asString();
	}

	/** Creates a staff account with the given roles and returns its login. */
	public Credentials create(String... roles) {
		String email = "staff-" + UUID.randomUUID() + "@kaidian.test";
		String password = "Long-enough-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Reply reply = this.api
			.post("/api/v1/admin/staff",
					Map.of("email", email, "password", password, "name", "Test Staff", "roles", List.of(roles)))
			.token(operatorToken())
			.send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return new Credentials(email, password);
	}

	public String tokenFor(String... roles) {
		Credentials credentials = create(roles);
		return signIn(credentials.email(), credentials.password());
	}

	/** A new member of staff with these roles, signed in. */
	public Signed signedIn(String... roles) {
		Credentials credentials = create(roles);
		Api.Reply reply = this.api
			.post("/api/v1/sessions", Map.of("email", credentials.email(), "password", credentials.password()))
			.send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return new Signed(UUID.fromString(reply.json().get("staffId").asString()),
				reply.json().get("token").asString());
	}

	public record Credentials(String email, String password) {
	}

	public record Signed(UUID staffId, String token) {
	}

}
