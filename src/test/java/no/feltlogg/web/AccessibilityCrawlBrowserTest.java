package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.groups.Groups;
import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.YouthRecords;

/**
 * Every page a role can reach by following links (issue 16, item 5; ADR 0049): signed in
 * as a worker, a leader, an SLT coordinator and an administrator of a municipality
 * holding one record of every kind ({@link MatrixWorld}), the crawl follows every
 * same-origin link (GET only) from the home page and runs axe-core on each page found, at
 * desktop width and on a 390 × 844 phone, failing on any WCAG 2.0/2.1 A or AA violation
 * of any impact; on the phone the page must not be wider than the screen. Sign-out,
 * exports, the API, the other language and external links are not followed; a path that
 * differs only by an id or the values of its query is visited at most
 * {@value #PER_PATTERN} times, and a shape one role has checked is followed but not
 * checked again by the next. What was found is also written to
 * {@code target/axe-crawl-<role>.txt}.
 */
@IntegrationTest
class AccessibilityCrawlBrowserTest {

	/**
	 * How many pages of one shape ({@code /youth/{id}}, {@code /statistics/annual?year=})
	 * are visited.
	 */
	static final int PER_PATTERN = 2;

	/**
	 * A bound on one role's crawl, far above what a role can reach today, so a link loop
	 * cannot run away.
	 */
	static final int PER_ROLE = 150;

	private static final Pattern UUID_SEGMENT = Pattern
		.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

	private static final Pattern NUMBER_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

	private static final Pattern EXPORT = Pattern.compile("(?i).*\\.(pdf|csv|xlsx|xls|json|zip|png|svg)$");

	static Browser desktop;

	static Browser phone;

	static MatrixWorld world;

	/**
	 * The page shapes already checked with axe at both widths, by any role. Another
	 * role's crawl still visits such a page to follow its links but does not check it
	 * again: the pages are the same but for the menu, which every page checked shows. The
	 * home page differs by role and is always checked.
	 */
	static final Set<String> CHECKED = new java.util.HashSet<>();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Groups groups;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowsers(@LocalServerPort int port) {
		desktop = Browser.open(port);
		phone = Browser.phone(port);
		// Chromium keeps a window at least 500 px wide: emulate the phone's 390 × 844
		// viewport exactly
		((ChromiumDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stopBrowsers() {
		desktop.close();
		phone.close();
	}

	private MatrixWorld world() {
		if (world == null) {
			world = new MatrixWorld(mvc, staff, records, groups, jdbc);
		}
		return world;
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyPageARoleReachesPassesAxeOnAPhoneAndOnADesktopAndFitsThePhone(Role role) throws IOException {
		// -Dfeltlogg.crawl.roles=LEADER,SLT crawls only those (to look into one role's
		// pages); by default all four
		Assumptions.assumeTrue(List.of(System.getProperty("feltlogg.crawl.roles", "WORKER,LEADER,SLT,ADMIN").split(","))
			.contains(role.name()), "role not asked for");
		var username = world().actors.get(role.name()).getUsername();
		signIn(desktop, username);
		signIn(phone, username);

		var report = Path.of("target", "axe-crawl-" + role.name().toLowerCase() + ".txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, "");
		var problems = new ArrayList<String>();
		var pages = crawl(found -> {
			problems.add(found);
			append(report, found);
		});
		pages.forEach(page -> CHECKED.add(pattern(page)));
		append(report, "\npages (" + pages.size() + "):\n" + String.join("\n", pages));

		assertThat(pages).as("the crawl reached the role's pages").hasSizeGreaterThan(3);
		assertThat(problems)
			.as(() -> role + " crawled " + pages.size() + " pages; found:\n" + String.join("\n", problems))
			.isEmpty();
	}

	/**
	 * A refused form (GOV.UK pattern): a box "Det er et problem" at the top lists each
	 * field's error as a link to the field, focus is on it when the page has loaded, and
	 * a link moves focus to its field.
	 */
	@Test
	void aRefusedFormOpensWithAnErrorSummaryThatTakesFocusAndLeadsToEachField() {
		var username = world().actors.get("WORKER").getUsername();
		signIn(phone, username);
		phone.go("/account/password");
		phone.click("form[action='/account/password'] button[type=submit]");

		var summary = phone.find("#error-summary");
		assertThat(phone.text("#error-summary h2")).isEqualTo("Det er et problem");
		assertThat(script(phone, "return document.activeElement && document.activeElement.id;"))
			.as("focus is on the summary")
			.isEqualTo("error-summary");
		var links = phone.all("#error-summary a");
		assertThat(links).as("one link per field in error").isNotEmpty();
		var fieldErrors = phone.all(".field-error");
		assertThat(links).hasSameSizeAs(fieldErrors);
		for (int i = 0; i < links.size(); i++) {
			assertThat(links.get(i).getText()).isEqualTo(fieldErrors.get(i).getText());
		}
		assertThat(summary.getText()).doesNotContain("??", "${", "#{");
		phone.assertStrictlyAccessible();

		var first = links.get(0).getAttribute("href");
		links.get(0).click();
		assertThat(script(phone, "return document.activeElement && document.activeElement.id;"))
			.as("the link leads to its field")
			.isEqualTo(first.substring(first.indexOf('#') + 1));

		// and in English, from the same place
		phone.go("/account/password?lang=en");
		phone.click("form[action='/account/password'] button[type=submit]");
		assertThat(phone.text("#error-summary h2")).isEqualTo("There is a problem");
		phone.go("/account/password?lang=nb");
	}

	/**
	 * Follows links from the home page; checks each page at desktop width and on the
	 * phone as it goes (so that what is found is written at once); returns the pages in
	 * the order visited.
	 */
	private List<String> crawl(java.util.function.Consumer<String> problems) {
		var visited = new LinkedHashSet<String>();
		var perPattern = new HashMap<String, Integer>();
		var queue = new ArrayDeque<String>(List.of("/"));
		var queued = new java.util.HashSet<String>(queue);
		while (!queue.isEmpty() && visited.size() < PER_ROLE) {
			var page = queue.removeFirst();
			desktop.go(page);
			if (desktop.path().startsWith("/login")) {
				problems.accept("desktop " + page + ": leads to the sign-in page");
				continue;
			}
			visited.add(page);
			@SuppressWarnings("unchecked")
			var links = (List<String>) script(desktop, LINKS);
			if (checkNow(page)) {
				desktop.violations().forEach(v -> problems.accept("desktop " + v));
				phone.go(page);
				phone.violations().forEach(v -> problems.accept("phone " + v));
				long width = ((Number) script(phone, "return document.documentElement.scrollWidth;")).longValue();
				long screen = ((Number) script(phone, "return window.innerWidth;")).longValue();
				if (width > screen) {
					problems.accept("phone " + page + ": the page is " + width + " px wide on a " + screen
							+ " px screen (wider: " + script(phone, WIDER) + ")");
				}
			}
			for (var link : new TreeSet<>(links)) {
				var next = follow(link);
				if (next == null || queued.contains(next)) {
					continue;
				}
				var pattern = pattern(next);
				int seen = perPattern.getOrDefault(pattern, 0);
				if (seen >= PER_PATTERN) {
					continue;
				}
				perPattern.put(pattern, seen + 1);
				queued.add(next);
				queue.addLast(next);
			}
		}
		return new ArrayList<>(visited);
	}

	private static void append(Path file, String line) {
		try {
			Files.writeString(file, line + "\n", java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * Whether this role checks the page: the home page always, another page when no role
	 * has checked its shape.
	 */
	private static boolean checkNow(String page) {
		return page.equals("/") || !CHECKED.contains(pattern(page));
	}

	/**
	 * The path and query to visit for a link, or null when the crawl does not follow it.
	 */
	private static String follow(String href) {
		URI uri;
		try {
			uri = URI.create(href);
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
		if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost())) {
			return null; // another site, a mailto: or tel: link
		}
		var path = uri.getRawPath();
		var query = uri.getRawQuery();
		if (path == null || path.isEmpty()) {
			return null;
		}
		if (path.equals("/logout") || path.startsWith("/login") || path.startsWith("/api/")
				|| path.startsWith("/actuator") || path.contains("/export") || EXPORT.matcher(path).matches()) {
			return null;
		}
		if (query != null && (query.contains("lang=") || query.contains("format="))) {
			return null;
		}
		return query == null ? path : path + "?" + query;
	}

	/** A page's shape: ids and numbers in the path replaced, query values dropped. */
	static String pattern(String page) {
		int q = page.indexOf('?');
		var path = q < 0 ? page : page.substring(0, q);
		path = NUMBER_SEGMENT.matcher(UUID_SEGMENT.matcher(path).replaceAll("/{id}")).replaceAll("/{n}");
		if (q < 0) {
			return path;
		}
		var names = new TreeSet<String>();
		for (var pair : page.substring(q + 1).split("&")) {
			names.add(pair.split("=", 2)[0]);
		}
		return path + "?" + String.join("&", names);
	}

	private static void signIn(Browser browser, String username) {
		browser.go("/");
		browser.driver().manage().deleteAllCookies();
		browser.login(username, TestStaff.PASSWORD);
		assertThat(browser.path()).doesNotStartWith("/login");
	}

	private static Object script(Browser browser, String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
	}

	/**
	 * Every link's resolved address, but not downloads nor links opened in another
	 * window.
	 */
	private static final String LINKS = """
			return Array.from(document.querySelectorAll('a[href]'))
			  .filter(function (a) { return !a.hasAttribute('download') && !a.target; })
			  .map(function (a) { return a.href.split('#')[0]; });
			""";

	/**
	 * The elements that stick out past the right edge of the screen, to say where the
	 * overflow comes from.
	 */
	private static final String WIDER = """
			var w = window.innerWidth, found = [];
			document.querySelectorAll('body *').forEach(function (e) {
			  var r = e.getBoundingClientRect();
			  if (r.right > w + 1 && found.length < 5 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1)) {
			    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
			  }
			});
			return found.join(', ');
			""";

}
