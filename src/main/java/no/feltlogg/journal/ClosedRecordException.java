package no.feltlogg.journal;

import java.util.UUID;

/**
 * A youth's record takes no new entries: it is closed, or the consent to registration is
 * withdrawn or expired.
 */
class ClosedRecordException extends RuntimeException {

	private final UUID youthId;

	ClosedRecordException(UUID youthId) {
		super("Youth " + youthId + " takes no new journal entries");
		this.youthId = youthId;
	}

	UUID youthId() {
		return youthId;
	}

}
