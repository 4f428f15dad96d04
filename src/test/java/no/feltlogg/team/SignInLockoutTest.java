package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class SignInLockoutTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	@Test
	void fiftyParallelWrongPasswordsAreAllCountedAndTheRightOneWaits() throws Exception {
		var username = municipality.account(Role.WORKER);
		var address = freshAddress();
		var start = new CountDownLatch(1);
		var responses = new ArrayList<Future<MockHttpServletResponse>>();
		try (var pool = Executors.newFixedThreadPool(50)) {
			for (int i = 0; i < 50; i++) {
				var password = "wrong-password-" + i;
				responses.add(pool.submit(() -> {
					start.await();
					return mvc.perform(login(username, password, address)).andReturn().getResponse();
				}));
			}
			start.countDown();
			for (var response : responses) {
				assertThat(response.get().getStatus()).as("no 500 in the burst").isEqualTo(302);
				assertThat(response.get().getRedirectedUrl()).isEqualTo("/login?error");
			}
		}
		assertThat(jdbc.queryForObject("select failed_logins from account where username = ?", Integer.class, username))
			.as("every wrong password counted")
			.isEqualTo(50);

		var right = mvc.perform(login(username, TestStaff.PASSWORD, freshAddress()))
			.andExpect(unauthenticated())
			.andReturn();
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(loginPageAfter(right)).contains("kan du prøve igjen kl.");
	}

	@Test
	void duringADelayTheRightAndAWrongPasswordGetTheSameAnswer() throws Exception {
		var username = municipality.account(Role.LEADER);
		var address = freshAddress();
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(username, "wrong-password-" + i, address));
		}
		var wrong = mvc.perform(login(username, "another-wrong-one", address)).andExpect(unauthenticated()).andReturn();
		var right = mvc.perform(login(username, TestStaff.PASSWORD, address)).andExpect(unauthenticated()).andReturn();
		assertThat(messageOf(loginPageAfter(right))).isEqualTo(messageOf(loginPageAfter(wrong)))
			.contains("kan du prøve igjen kl.");
	}

	@Test
	void theDelayDoublesFromTheFifthFailureAndNeverPassesAQuarterOfAnHour() {
		var username = municipality.account(Role.WORKER);
		var at = Instant.parse("2026-03-02T08:00:00Z");
		for (int i = 1; i <= 4; i++) {
			assertThat(throttle.accountFailed(username, at).orElseThrow().lockedUntil()).as("failure " + i).isNull();
			at = at.plusSeconds(1);
		}
		var expectedDelays = new long[] { 30, 60, 120, 240, 480, 900, 900 };
		for (var expected : expectedDelays) {
			var lockedUntil = throttle.accountFailed(username, at).orElseThrow().lockedUntil();
			assertThat(Duration.between(at, lockedUntil)).isEqualTo(Duration.ofSeconds(expected));
			at = lockedUntil.plusSeconds(1);
		}
	}

	@Test
	void attemptsDuringADelayAreCountedButDoNotLengthenIt() {
		var username = municipality.account(Role.WORKER);
		var at = Instant.parse("2026-03-02T08:00:00Z");
		for (int i = 1; i <= 5; i++) {
			throttle.accountFailed(username, at);
		}
		var lockedUntil = at.plus(Duration.ofSeconds(30));
		for (int i = 0; i < 20; i++) {
			var state = throttle.accountFailed(username, at.plusSeconds(1)).orElseThrow();
			assertThat(state.lockedUntil()).isEqualTo(lockedUntil);
			assertThat(state.failures()).isEqualTo(6 + i);
		}
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		var username = municipality.account(Role.WORKER);
		var address = freshAddress();
		for (int i = 0; i < 4; i++) {
			mvc.perform(login(username, "wrong-password-" + i, address));
		}
		mvc.perform(login(username, TestStaff.PASSWORD, address)).andExpect(authenticated());
		assertThat(jdbc.queryForObject("select failed_logins from account where username = ?", Integer.class, username))
			.isZero();
	}

	@Test
	void anAddressThatUsedUpItsFailuresIsRefusedWithoutTouchingTheAccountItNames() throws Exception {
		var username = municipality.account(Role.WORKER);
		var stranger = freshAddress();
		for (int i = 0; i < 99; i++) {
			throttle.addressFailed(stranger, throttle.now());
		}
		mvc.perform(login("nobody." + i(), "guess-number-100", stranger)).andExpect(unauthenticated());

		var refused = mvc.perform(login(username, TestStaff.PASSWORD, stranger))
			.andExpect(unauthenticated())
			.andReturn();
		assertThat(loginPageAfter(refused)).contains("kan du prøve igjen kl.");
		assertThat(jdbc.queryForObject("select failed_logins from account where username = ?", Integer.class, username))
			.as("a blocked address does not count against the account it names")
			.isZero();

		mvc.perform(login(username, TestStaff.PASSWORD, freshAddress())).andExpect(authenticated());
	}

	@Test
	void anAddressWindowEndsAfterAQuarterOfAnHour() {
		var address = freshAddress();
		var at = Instant.parse("2026-03-02T08:00:00Z");
		assertThat(throttle.addressFailed(address, at)).isEqualTo(1);
		assertThat(throttle.addressFailed(address, at.plus(Duration.ofMinutes(14)))).isEqualTo(2);
		assertThat(throttle.addressFailed(address, at.plus(Duration.ofMinutes(15)))).isEqualTo(1);
	}

	private String loginPageAfter(MvcResult login) throws Exception {
		var session = login.getResponse().getCookie(SessionCookie.NAME);
		assertThat(session).as("the failed sign-in's session, which carries its message").isNotNull();
		return mvc.perform(get("/login").param("error", "").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A sign-in from the login form, sent from a client address. */
	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	/** The login page's error message. */
	private static String messageOf(String page) {
		var matcher = Pattern.compile("id=\"login-error\">([^<]*)<").matcher(page);
		assertThat(matcher.find()).as("an error message on the login page").isTrue();
		return matcher.group(1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String freshAddress() {
		var random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static String i() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

}
