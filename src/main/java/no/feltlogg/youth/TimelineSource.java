package no.feltlogg.youth;

import java.util.List;
import java.util.UUID;

/**
 * Something that has happened with a registered youth and belongs on the youth's page:
 * journal entries, encounters, group attendance, referrals. Each module that records such
 * things implements this as a bean; the youth page collects them all. Called only after
 * the youth module has checked and logged the reader's access, so an implementation
 * neither checks access nor writes to the access log.
 */
public interface TimelineSource {

	List<TimelineItem> timeline(UUID teamId, UUID youthId);

}
