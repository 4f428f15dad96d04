package no.feltlogg.referrals;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import no.feltlogg.shared.FormErrors;

/**
 * What the consent gate decided: allowed, or refused with what is missing, one message
 * per problem, each tied to the form field it concerns ({@code consentId},
 * {@code legalBasis}, {@code justification}).
 */
public record GateDecision(List<Refusal> refusals) {

	public GateDecision {
		refusals = List.copyOf(refusals);
	}

	public boolean allowed() {
		return refusals.isEmpty();
	}

	/**
	 * The refusals at their fields of a form, or all at one field when the form has only
	 * that one.
	 */
	void rejectIn(BindingResult result, @Nullable String field) {
		for (var refusal : refusals) {
			FormErrors.reject(result, field == null ? refusal.field() : field, refusal.messageKey(),
					refusal.args().toArray(), null);
		}
	}

	/**
	 * One thing missing: the field, a message key in {@code messages.properties} and its
	 * arguments.
	 */
	public record Refusal(String field, String messageKey, List<Object> args) {

		public Refusal {
			args = List.copyOf(args);
		}

	}

}
