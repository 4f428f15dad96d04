package no.feltlogg.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The theme chooser in the menu (issue 15, ADR 0033): light, dark, or follow the phone
 * ({@code prefers-color-scheme}, the default). Remembered in a cookie on the device, not
 * in the account: the phone at night and the office screen may want different ones, and
 * the choice holds nothing personal. The layout puts it on {@code <html data-theme>}.
 */
@Controller
@ControllerAdvice
class ThemeChoice {

	static final String COOKIE = "feltlogg-theme";

	@ModelAttribute("theme")
	String theme(@CookieValue(name = COOKIE, required = false) @Nullable String chosen) {
		return valid(chosen);
	}

	@PostMapping("/theme")
	String choose(@RequestParam(name = "theme", required = false) @Nullable String theme,
			@RequestParam(name = FormPage.PARAMETER, required = false) @Nullable String formPage,
			HttpServletRequest request, HttpServletResponse response) {
		var chosen = valid(theme);
		var cookie = ResponseCookie.from(COOKIE, chosen)
			.path("/")
			.maxAge("auto".equals(chosen) ? Duration.ZERO : Duration.ofDays(365))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		var back = FormPage.safe(formPage);
		return "redirect:" + (back == null ? "/" : back);
	}

	private static String valid(@Nullable String theme) {
		return "light".equals(theme) || "dark".equals(theme) ? theme : "auto";
	}

}
