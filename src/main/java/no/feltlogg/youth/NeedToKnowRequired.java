package no.feltlogg.youth;

import java.util.UUID;

/**
 * A restricted record was opened by someone who is neither a contact worker nor the
 * leader, without a reason given first. The web layer asks for the reason.
 */
public class NeedToKnowRequired extends RuntimeException {

	private final UUID youthId;

	public NeedToKnowRequired(UUID youthId) {
		super("A reason is needed to open restricted record " + youthId);
		this.youthId = youthId;
	}

	public UUID youthId() {
		return youthId;
	}

}
