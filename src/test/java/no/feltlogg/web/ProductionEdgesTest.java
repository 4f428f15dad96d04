package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * What an operator running Feltlogg behind an HTTPS proxy, and an attacker sending large
 * bodies, would notice: the real server on its port, spoken to as a proxy or a client
 * would.
 */
@IntegrationTest
class ProductionEdgesTest {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	TestStaff.Municipality municipality;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	@Test
	void behindAnHttpsProxyTheCookieIsSecureHstsIsSentAndRedirectsStayOnHttps() throws Exception {
		var signIn = get("/youth", true);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValue("https://feltlogg.example.no/login");
		assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent()
			.get()
			.asString()
			.contains("max-age=");

		var loginPage = get("/login", true);
		assertThat(sessionCookie(loginPage)).contains("Secure").contains("HttpOnly");
		var token = csrfToken(loginPage);
		var username = municipality.account(Role.WORKER);
		var login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "feltlogg.example.no")
			.header("Cookie", sessionCookie(loginPage).split(";")[0])
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=" + TestStaff.PASSWORD + "&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValue("https://feltlogg.example.no/");
		assertThat(sessionCookie(login)).as("the new session after sign-in").contains("Secure").contains("HttpOnly");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void withoutAProxyNothingClaimsHttps() throws Exception {
		var loginPage = get("/login", false);
		assertThat(sessionCookie(loginPage)).doesNotContain("Secure");
		assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(get("/youth", false).headers().firstValue("Location"))
			.hasValue("http://localhost:" + port + "/login");
	}

	@Test
	void aHugeUploadBeforeSignInIsRefusedBeforeItIsRead() throws Exception {
		for (var path : List.of("/team/import", "/api/v1/import/encounters", "/fieldwork/encounters/new", "/login")) {
			// 512 MB announced, 64 kB sent: an answer proves that the rest was never
			// waited for
			var answer = sendThePartOfAHugeBody(path, null, 512L << 20);
			assertThat(answer).as(path).startsWith("HTTP/1.1 413").contains("Fila er for stor");
		}
	}

	@Test
	void aHugeUploadToTheImportFromAWorkerIsRefusedToo() throws Exception {
		var cookie = signIn(municipality.account(Role.WORKER));
		assertThat(sendThePartOfAHugeBody("/team/import", cookie, 512L << 20)).startsWith("HTTP/1.1 413");
	}

	@Test
	void aSignedInFormBodyOverOneMegabyteIsRefusedWithAClearPageNotAnError() throws Exception {
		var cookie = signIn(municipality.account(Role.WORKER));
		var answer = sendThePartOfAHugeBody("/fieldwork/encounters/new", cookie, 1_100_000);
		assertThat(answer).startsWith("HTTP/1.1 413")
			.contains("Fila er for stor")
			.contains("Det du sendte er større enn det denne siden tar imot (1 MB).");

		var worker = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("date=2025-03-14&time=21:00&arena=street&note=" + "x".repeat(1_100_000))
			.with(user(worker))
			.with(csrf())).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void aLeaderStillImportsAFileOfSeveralMegabytes() {
		var leader = municipality.user(municipality.account(Role.LEADER));
		var csv = new StringBuilder("date,time,arena,area,place,gender,age,count,themes,source_id\n");
		for (int i = 0; csv.length() < 3_000_000; i++) {
			csv.append("2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,BIG-").append(i).append('\n');
		}
		var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(mvc.post()
			.uri("/api/v1/import/encounters?dryRun=true")
			.contentType("text/csv")
			.content(bytes)
			.with(user(leader))
			.with(csrf())).hasStatusOk();
		assertThat(mvc.post()
			.multipart()
			.uri("/team/import")
			.file(new MockMultipartFile("file", "stor.csv", "text/csv", bytes))
			.with(user(leader))
			.with(csrf())).hasStatusOk().bodyText().doesNotContain("Fila er for stor");
	}

	@Test
	void aBodyOfUnknownLengthIsRefused() throws Exception {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port));
			socket.setSoTimeout(30_000);
			var out = socket.getOutputStream();
			out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n10000\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[0x10000]);
			out.flush();
			assertThat(answer(socket.getInputStream())).startsWith("HTTP/1.1 411");
		}
	}

	/**
	 * Sends the head of a multipart POST that announces {@code length} bytes and 64 kB of
	 * its body, and reads the answer (up to the end of its page).
	 */
	private String sendThePartOfAHugeBody(String path, String cookie, long length) throws IOException {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port));
			socket.setSoTimeout(30_000);
			var out = socket.getOutputStream();
			var head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + length + "\r\n"
					+ (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "\r\n"
					+ "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[64 * 1024]);
			out.flush();
			return answer(socket.getInputStream());
		}
	}

	/**
	 * The answer read until its page or body ends or the connection does; what came when
	 * nothing more came for 30 s (a server that waits for the rest of the body answers
	 * nothing).
	 */
	private static String answer(InputStream in) throws IOException {
		var read = new ByteArrayOutputStream();
		var buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				read.write(buffer, 0, n);
				var text = read.toString(StandardCharsets.UTF_8);
				if (text.contains("</html>") || text.endsWith("\r\n0\r\n\r\n")) {
					break;
				}
			}
		}
		catch (SocketTimeoutException | SocketException stopped) {
			read.writeBytes(("\n[" + stopped + "]").getBytes(StandardCharsets.UTF_8));
		}
		return read.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Signs in through the real login page and returns the session cookie
	 * ({@code JSESSIONID=...}).
	 */
	private String signIn(String username) throws Exception {
		var loginPage = get("/login", false);
		var cookie = sessionCookie(loginPage).split(";")[0];
		var login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + username + "&password=" + TestStaff.PASSWORD + "&_csrf=" + csrfToken(loginPage)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/");
		return sessionCookie(login).split(";")[0];
	}

	private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
		var request = HttpRequest.newBuilder(uri(path));
		if (viaHttpsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "feltlogg.example.no");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String csrfToken(HttpResponse<String> page) {
		var matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
