package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import no.feltlogg.support.IntegrationTest;

/**
 * The session store in PostgreSQL, as two requests of one session use it at the same
 * moment.
 */
@IntegrationTest
class SessionStoreTest {

	@Autowired
	SessionRepository<? extends Session> store;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsOfOneSessionMayAddTheSameNewAttributeAndTheLaterWins() {
		var sessions = (SessionRepository<Session>) store;
		Session session = sessions.createSession();
		sessions.save(session);
		// each request reads the session at its start, before the other has written
		// anything
		Session first = sessions.findById(session.getId());
		Session second = sessions.findById(session.getId());

		first.setAttribute("flash", "Treffet er lagret");
		second.setAttribute("flash", "Observasjonen er lagret");
		sessions.save(first);
		sessions.save(second); // a plain insert of the same attribute failed here on its
								// key (500 to the person)

		assertThat(sessions.findById(session.getId()).<String>getAttribute("flash"))
			.isEqualTo("Observasjonen er lagret");
		sessions.deleteById(session.getId());
	}

}
