package no.feltlogg.team;

import java.util.Comparator;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A person's signed-in sessions, found in the session store (Spring Session JDBC, so on
 * every instance) by the principal name index: at most
 * {@code feltlogg.session.max-per-person} (default 3) at once, the oldest ended when a
 * new sign-in would make one too many; and all the others ended when her password or
 * second factor changes (ADR 0032).
 */
@Service
public class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final int maxPerPerson;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions,
			@Value("${feltlogg.session.max-per-person:3}") int maxPerPerson) {
		if (maxPerPerson < 1) {
			throw new IllegalArgumentException("feltlogg.session.max-per-person must be at least 1");
		}
		this.sessions = sessions;
		this.maxPerPerson = maxPerPerson;
	}

	/**
	 * Ends every session of the person except the one given (the one she is using), if
	 * any.
	 */
	public void endOthers(String username, @Nullable String keepSessionId) {
		sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !Objects.equals(id, keepSessionId))
			.toList()
			.forEach(sessions::deleteById);
	}

	/**
	 * Ends every session of the person (an administrator removed her second factor, say).
	 */
	public void endAll(String username) {
		endOthers(username, null);
	}

	/**
	 * A new sign-in in the given session: ends her oldest other sessions so that, with
	 * this one, she has at most the allowed number. The new sign-in is never refused: a
	 * worker who lost her phone gets in on another device.
	 */
	void limit(String username, String currentSessionId) {
		var others = sessions.findByPrincipalName(username)
			.values()
			.stream()
			.filter(session -> !session.getId().equals(currentSessionId))
			.sorted(Comparator.comparing(Session::getCreationTime))
			.map(Session::getId)
			.toList();
		var tooMany = others.size() - (maxPerPerson - 1);
		for (int i = 0; i < tooMany; i++) {
			sessions.deleteById(others.get(i));
		}
	}

	int maxPerPerson() {
		return maxPerPerson;
	}

}
