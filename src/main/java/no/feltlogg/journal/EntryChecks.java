package no.feltlogg.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;

/**
 * What the journal's forms check beyond their fields' constraints: the day lies not after
 * today in Oslo, the themes are the team's, and a contact with guardians has the youth's
 * consent or a written legal basis (ADR 0038).
 */
@Component
class EntryChecks {

	private final Journal journal;

	private final Catalog catalog;

	private final Clock clock;

	EntryChecks(Journal journal, Catalog catalog, Clock clock) {
		this.journal = journal;
		this.catalog = catalog;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The entry as typed, or null when the form has errors (then shown at their fields).
	 */
	@Nullable EntryContent content(CurrentUser user, EntryForm form, BindingResult result) {
		checkDay(form.occurredOn(), result);
		var themes = themes(user, form.themes());
		if (result.hasErrors()) {
			return null;
		}
		// a basis without its grounds is answered at the field (checkGuardianContact),
		// never stored
		boolean basis = form.type() == EntryType.GUARDIANS && form.legalBasis() != null && form.legalBasisNote() != null
				&& !form.legalBasisNote().isBlank();
		return new EntryContent(form.type(), form.occurredOn(), form.durationMinutes(), themes, form.text(),
				basis ? form.legalBasis() : null, basis ? form.legalBasisNote() : null);
	}

	/**
	 * A day after today is refused at the field; an empty or mistyped one already has its
	 * error.
	 */
	void checkDay(@Nullable LocalDate day, BindingResult result) {
		if (!result.hasFieldErrors("occurredOn") && (day == null || day.isAfter(today()))) {
			FormErrors.reject(result, "occurredOn", "journal.date.invalid");
		}
	}

	/**
	 * A contact with the youth's guardians needs her consent to it (GUARDIAN_CONTACT, in
	 * force on the day) or a written legal basis, the duty to inform or to avert harm;
	 * otherwise it is refused, with the reason at the field.
	 */
	void checkGuardianContact(CurrentUser user, UUID youthId, EntryForm form, @Nullable EntryContent content,
			BindingResult result) {
		if (form.type() != EntryType.GUARDIANS) {
			return;
		}
		if (form.legalBasis() != null) {
			if (form.legalBasisNote() == null || form.legalBasisNote().isBlank()) {
				FormErrors.reject(result, "legalBasisNote", "journal.guardians.groundsRequired");
			}
			return;
		}
		if (content != null && !journal.guardianContactConsented(user, youthId, content.occurredOn())) {
			FormErrors.reject(result, "type", "journal.guardians.refused");
		}
	}

	/** The themes chosen, limited to the team's theme codes. */
	List<String> themes(CurrentUser user, @Nullable List<String> chosen) {
		return catalog.known(user.requireTeamId(), CodeKind.THEME, chosen);
	}

}
