package no.feltlogg.youth;

import java.util.UUID;

/**
 * A record whose processing is restricted (the youth objects, GDPR art. 18) was opened by someone other than the
 * team's leader. The web layer answers 403 with a page that says the record is restricted, and nothing more.
 */
public class ProcessingRestricted extends RuntimeException {

	private final UUID youthId;

	public ProcessingRestricted(UUID youthId) {
		super("The processing of record " + youthId + " is restricted");
		this.youthId = youthId;
	}

	public UUID youthId() {
		return youthId;
	}

}
