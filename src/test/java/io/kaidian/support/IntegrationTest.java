package io.kaidian.support;

import java.time.Instant;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.threeten.extra.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every integration test: the whole service on a random port, one fresh
 * embedded PostgreSQL and one GreenMail SMTP server per test JVM, and a clock the test
 * moves. Every subclass shares the one cached Spring context: add nothing to it per
 * class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, FlakyListenerConfiguration.class, PublishedEventLog.class, ExamFixtures.class,
		StatementCounter.class })
public abstract class IntegrationTest {

	/** The SMTP server the service sends mail to, for the life of the test JVM. */
	protected static final GreenMail mail = Mail.SERVER;

	@Autowired
	protected MutableClock clock;

	@Value("${local.server.port}")
	private int port;

	protected Api api;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> Mail.SERVER.getSmtp().getPort());
		TestAlipay.configure(registry);
	}

	@BeforeEach
	void resetClockAndClient() {
		this.clock.setInstant(TestClockConfiguration.START);
		this.api = new Api("http://localhost:" + this.port);
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	protected Instant now() {
		return this.clock.instant();
	}

	private static final class Mail {

		static final GreenMail SERVER = start();

		private static GreenMail start() {
			GreenMail server = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
			return server;
		}

	}

}
