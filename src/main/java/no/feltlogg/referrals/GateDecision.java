package no.feltlogg.referrals;

import java.util.List;

/**
 * What the consent gate decided: allowed, or refused with what is missing, one message per problem, each tied to the
 * form field it concerns ({@code consentId}, {@code legalBasis}, {@code justification}).
 */
public record GateDecision(List<Refusal> refusals) {

	public GateDecision {
		refusals = List.copyOf(refusals);
	}

	public boolean allowed() {
		return refusals.isEmpty();
	}

	/** One thing missing: the field, a message key in {@code messages.properties} and its arguments. */
	public record Refusal(String field, String messageKey, List<Object> args) {

		public Refusal {
			args = List.copyOf(args);
		}

	}

}
