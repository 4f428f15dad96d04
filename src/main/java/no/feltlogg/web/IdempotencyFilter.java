package no.feltlogg.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import no.feltlogg.shared.CurrentUser;

/**
 * Exactly once, for every form (ADR 0031). A posted form that carries {@value #PARAMETER}
 * (put into every POST form by {@link IdempotencyKeyField}, or made by the offline queue)
 * is done once per signed-in account: the first request claims the key and, when it
 * answers with a redirect, keeps that redirect; a repeat of the key is answered with the
 * same redirect and a note that it was already saved, and nothing is stored twice. A
 * repeat that arrives while the first is still working waits for its answer. Runs after
 * the security filter chain, so only a signed-in request with a valid CSRF token gets
 * here.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String PARAMETER = "idempotencyKey";

	static final String REPEATED_MESSAGE = "idempotency.repeated";

	private static final Duration POLL = Duration.ofMillis(100);

	private final ObjectProvider<IdempotencyKeys> keysProvider;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	/**
	 * The store is looked up on first use: filters are made when the server starts,
	 * before the data source.
	 */
	IdempotencyFilter(ObjectProvider<IdempotencyKeys> keys) {
		this.keysProvider = keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getParameter(PARAMETER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = parse(request.getParameter(PARAMETER));
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (key == null || authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			chain.doFilter(request, response);
			return;
		}
		var keys = keysProvider.getObject();
		var kind = request.getRequestURI().substring(request.getContextPath().length());
		while (!keys.claim(user.accountId(), user.teamId(), key, kind)) {
			var earlier = keys.find(user.accountId(), key);
			if (earlier.isEmpty()) {
				continue; // released in the meantime: claim it again
			}
			if (!earlier.get().kind().equals(kind)) {
				chain.doFilter(request, response); // the same key on another form: not a
													// repeat of this one
				return;
			}
			var resultUrl = earlier.get().resultUrl();
			if (resultUrl != null) {
				answerRepeat(request, response, resultUrl);
				return;
			}
			if (!keys.releaseAbandoned(user.accountId(), key)) {
				pause();
			}
		}
		boolean completed = false;
		try {
			chain.doFilter(request, response);
			var location = response.getHeader("Location");
			if (response.getStatus() / 100 == 3 && location != null && !location.isBlank()) {
				keys.complete(user.accountId(), key, local(location, request));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				keys.release(user.accountId(), key);
			}
		}
	}

	private void answerRepeat(HttpServletRequest request, HttpServletResponse response, String resultUrl)
			throws IOException {
		var flash = new FlashMap();
		flash.put("message", REPEATED_MESSAGE);
		flash.setTargetRequestPath(URI.create(resultUrl).getRawPath());
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(resultUrl);
	}

	/**
	 * The redirect as a path on this server (Tomcat makes a redirect absolute), so that
	 * the repeat's note shows.
	 */
	private static String local(String location, HttpServletRequest request) {
		try {
			var uri = URI.create(location);
			if (uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
					&& uri.getRawPath() != null) {
				return uri.getRawPath().isEmpty() ? "/"
						: uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			}
			return location;
		}
		catch (IllegalArgumentException notAUri) {
			return location;
		}
	}

	private static @Nullable UUID parse(@Nullable String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAKey) {
			return null;
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(POLL);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for the first request with the same idempotency key",
					interrupted);
		}
	}

}
