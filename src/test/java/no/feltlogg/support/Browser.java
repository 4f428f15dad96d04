package no.feltlogg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, for browser journeys against the application on
 * its random port. Uses the system's Chromium and ChromeDriver (Debian packages
 * {@code chromium} and {@code chromium-driver}), never a download. Every page a journey
 * visits can be checked with axe-core for serious or critical WCAG 2.1 AA violations.
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = System.getProperty("feltlogg.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("feltlogg.chromedriver", "/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/** A desktop-sized browser. */
	public static Browser open(int port) {
		return open(port, new Dimension(1280, 900));
	}

	/** A phone-sized browser (a 390 × 844 viewport, as an iPhone 12-15). */
	public static Browser phone(int port) {
		return open(port, new Dimension(390, 844));
	}

	private static Browser open(int port, Dimension size) {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			throw new IllegalStateException("Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and "
					+ CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--disable-extensions", "--lang=nb-NO",
				"--window-size=" + size.getWidth() + "," + size.getHeight());
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public Browser login(String username, String password) {
		go("/login");
		type("username", username);
		type("password", password);
		return click("form[action='/login'] button[type=submit]");
	}

	public Browser logout() {
		return click("form[action='/logout'] button");
	}

	/** Clears a field found by id and types into it. */
	public Browser type(String id, String text) {
		var field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public WebElement find(String css) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/**
	 * Clicks an element. When the click loads a new page (a link, or a submit button of a
	 * form the browser will send), waits until the old page is gone and the new one has
	 * loaded, so that what the journey reads next is the new page and never the one it
	 * left. Loaded means complete, not merely parsed ({@code interactive}): the pages'
	 * scripts are deferred and hook their buttons up on {@code DOMContentLoaded}, after
	 * {@code interactive}; a button clicked in between (a passkey sign-in straight after
	 * the password) would do nothing at all.
	 */
	public Browser click(String css) {
		var script = (JavascriptExecutor) driver;
		script.executeScript(OPEN_MENU, css); // on a phone a link of the navigation is
												// behind "Meny": tap it first
		var element = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		script.executeScript("arguments[0].scrollIntoView({block: 'center'});", element); // as
																							// a
																							// thumb
																							// scrolls
																							// it
																							// up
		boolean loadsPage = Boolean.TRUE.equals(script.executeScript(LOADS_PAGE, element));
		if (loadsPage) {
			// a mark on this page's window; the page loaded next has a new window without
			// it
			script.executeScript("window.feltloggLeft = true;");
		}
		element.click();
		if (loadsPage) {
			waitFor(d -> {
				try {
					return Boolean.TRUE.equals(
							script.executeScript("return !window.feltloggLeft && document.readyState === 'complete';"));
				}
				catch (WebDriverException betweenPages) {
					return false;
				}
			});
		}
		return this;
	}

	private static final String OPEN_MENU = """
			var e = document.querySelector(arguments[0]);
			var menu = e && e.closest('details.navmenu');
			if (menu && !menu.open && e.tagName !== 'SUMMARY') {
			  menu.querySelector('summary').click();
			}
			""";

	private static final String LOADS_PAGE = """
			var e = arguments[0];
			var link = e.closest('a[href]');
			if (link) {
			  var href = link.getAttribute('href');
			  return !href.startsWith('#') && !link.hasAttribute('download') && !link.target;
			}
			var submit = e.closest('button, input[type=submit], input[type=image]');
			if (!submit || !submit.form || (submit.tagName === 'BUTTON' && submit.type !== 'submit')) {
			  return false;
			}
			return submit.form.noValidate || submit.formNoValidate || submit.form.checkValidity();
			""";

	public String text(String css) {
		return find(css).getText();
	}

	public String heading() {
		return text("h1");
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * Waits up to ten seconds for the condition to hold (a non-null, non-false value). A
	 * condition that reads an element of a page the browser has just left (a sign-in that
	 * navigates on success, say) meets a stale element: that is "not yet", and the
	 * condition is asked again, on the page now shown, at the next poll. Conditions
	 * should find their elements anew on each call rather than hold on to ones found
	 * before.
	 */
	public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
		return waitFor(Duration.ofSeconds(10), condition);
	}

	/**
	 * As {@link #waitFor(java.util.function.Function)}, for a journey of several round
	 * trips that needs longer.
	 */
	public <T> T waitFor(Duration timeout, java.util.function.Function<? super WebDriver, T> condition) {
		return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Runs axe-core on the current page and fails on any serious or critical WCAG 2.1
	 * A/AA violation.
	 */
	public Browser assertAccessible() {
		var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		List<Rule> severe = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.toList();
		assertThat(severe).as(() -> "axe violations on " + path() + ": " + severe.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "))).isEmpty();
		return this;
	}

	/** The WCAG 2.0 and 2.1 A and AA tags the strict check runs. */
	public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Every WCAG 2.0/2.1 A or AA violation axe-core finds on the current page, whatever
	 * its impact (minor and moderate too), one line per rule with the elements it found,
	 * prefixed by the page's path. Empty when there is none.
	 */
	public List<String> violations() {
		var results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
		var page = path();
		return results.getViolations()
			.stream()
			.map(v -> page + ": " + v.getId() + " (" + v.getImpact() + "): "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.toList();
	}

	/**
	 * Runs axe-core on the current page and fails on any WCAG 2.0/2.1 A/AA violation of
	 * any impact.
	 */
	public Browser assertStrictlyAccessible() {
		var found = violations();
		assertThat(found).as(() -> "axe violations: " + String.join("; ", found)).isEmpty();
		return this;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
