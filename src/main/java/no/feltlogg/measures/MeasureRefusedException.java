package no.feltlogg.measures;

import java.util.List;

/**
 * A measure, a follow-up or a report refused because the youth's consent does not allow
 * it.
 */
public class MeasureRefusedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	MeasureRefusedException(ConsentRefusal refusal) {
		super(refusal.messageKey());
		this.messageKey = refusal.messageKey();
		this.args = refusal.args();
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}

}
