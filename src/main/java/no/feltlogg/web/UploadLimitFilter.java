package no.feltlogg.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body that is too large before anything reads it. Placed in the
 * security filter chain after the session's sign-in is known and before the CSRF check,
 * whose look for the token among the form fields would make the servlet container read
 * (and write to disk) a whole multipart upload: a body of more than 1 MB is answered 413
 * from its {@code Content-Length} alone, unless it goes to one of the import endpoints
 * and comes from a signed-in leader, who may send up to the import's own limit. A body of
 * unknown length (chunked) is answered 411: every browser and {@code curl} send the
 * length of a form or a file. See ADR 0027.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	/**
	 * Where a leader sends the files of the encounter import: the page's upload and the
	 * API.
	 */
	static final Set<String> IMPORT_PATHS = Set.of("/team/import", "/api/v1/import/encounters");

	private final long formLimit;

	private final long importLimit;

	UploadLimitFilter(long formLimit, long importLimit) {
		this.formLimit = formLimit;
		this.importLimit = importLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			refuse(response, HttpStatus.LENGTH_REQUIRED);
			return;
		}
		if (length > formLimit && (length > importLimit || !importBySignedInLeader(request))) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean importBySignedInLeader(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"POST".equals(request.getMethod()) || !IMPORT_PATHS.contains(path)) {
			return false;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> "ROLE_LEADER".equals(authority.getAuthority()));
	}

	/**
	 * Answers without reading the body. The container then reads and drops at most 2 MB
	 * of what is left (Tomcat's {@code maxSwallowSize}) and closes the connection when
	 * more is announced; nothing is written to disk.
	 */
	private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
		response.sendError(status.value());
	}

}
