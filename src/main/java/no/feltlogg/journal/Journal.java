package no.feltlogg.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * The follow-up journal: drafts, signing, corrections, anonymous conversations. Access to
 * a youth's entries goes through the youth module, which checks the team and need to know
 * and writes the access log.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Journal {

	private final JournalEntryRepository entries;

	private final Youths youths;

	private final AccessLog accessLog;

	private final Clock clock;

	Journal(JournalEntryRepository entries, Youths youths, AccessLog accessLog, Clock clock) {
		this.clock = clock;
		this.entries = entries;
		this.youths = youths;
		this.accessLog = accessLog;
	}

	/** The youth a new entry is for, when the record takes new entries. */
	public YouthSummary youthForNewEntry(CurrentUser user, UUID youthId) {
		var youth = youths.summary(user, youthId);
		if (!youths.isOpenForEntries(user.requireTeamId(), youthId)) {
			throw new ClosedRecordException(youthId);
		}
		return youth;
	}

	/** Writes a new draft about a youth; signs it at once when asked. */
	/**
	 * Whether the youth's own consent to contact with her guardians is in force on a day
	 * (ADR 0038): one given by the guardians alone is not hers.
	 */
	@Transactional(readOnly = true)
	public boolean guardianContactConsented(CurrentUser user, UUID youthId, java.time.LocalDate day) {
		return youths
			.consentsValidOn(user.requireTeamId(), youthId, no.feltlogg.youth.ConsentScope.GUARDIAN_CONTACT, null, day)
			.stream()
			.anyMatch(c -> c.givenBy() != no.feltlogg.youth.ConsentGiver.GUARDIAN);
	}

	public UUID write(CurrentUser user, UUID youthId, EntryContent content, boolean sign) {
		youthForNewEntry(user, youthId);
		youths.open(user, youthId, Access.CHANGE, sign ? Subjects.SIGNED.code() : Subjects.DRAFTED.code(),
				describe(content));
		var entry = JournalEntry.draft(user.requireTeamId(), youthId, content, user.accountId(), clock.instant());
		if (sign) {
			entry.sign(user.accountId(), clock.instant());
		}
		return entries.save(entry).getId();
	}

	/**
	 * An entry with what it corrects and its corrections, shown together; reading it is
	 * logged.
	 */
	@Transactional(readOnly = true)
	public EntryPage entry(CurrentUser user, UUID entryId) {
		var entry = entryFor(user, entryId, Access.READ, Subjects.ENTRY.code());
		YouthSummary youth = null;
		if (!entry.isAnonymous()) {
			youth = youths.open(user, entry.getYouthId(), Access.READ, Subjects.ENTRY.code(),
					describe(entry.content()));
		}
		var corrected = entry.getCorrectsId() == null ? null : entries.findById(entry.getCorrectsId()).orElse(null);
		return new EntryPage(entry, youth, corrected, entries.findByCorrectsIdOrderByCreatedAt(entry.getId()));
	}

	/**
	 * A draft for its author to edit; anything else is refused. {@code toRead} when the
	 * draft's text is shown (the edit form), which is logged as a read; a check before a
	 * change is not.
	 */
	@Transactional(readOnly = true)
	public DraftForEditing draft(CurrentUser user, UUID entryId, boolean toRead) {
		var entry = entryFor(user, entryId, Access.CHANGE, Subjects.REVISED.code());
		if (!entry.isDraftOf(user.accountId())) {
			throw new NotYourDraftException(entryId);
		}
		return new DraftForEditing(entry, toRead ? read(user, entry) : youths.summary(user, youthOf(entry)));
	}

	public void revise(CurrentUser user, UUID entryId, long version, EntryContent content, boolean sign) {
		var entry = entryFor(user, entryId, Access.CHANGE, Subjects.REVISED.code());
		checkVersion(entry, version);
		youths.open(user, youthOf(entry), Access.CHANGE, sign ? Subjects.SIGNED.code() : Subjects.REVISED.code(),
				describe(content));
		entry.revise(content, user.accountId());
		if (sign) {
			entry.sign(user.accountId(), clock.instant());
		}
	}

	public void sign(CurrentUser user, UUID entryId) {
		var entry = entryFor(user, entryId, Access.CHANGE, Subjects.SIGNED.code());
		youths.open(user, youthOf(entry), Access.CHANGE, Subjects.SIGNED.code(), describe(entry.content()));
		entry.sign(user.accountId(), clock.instant());
	}

	/**
	 * Deletes a draft; only its author may, and a signed entry never. Returns the youth
	 * it was about.
	 */
	public UUID deleteDraft(CurrentUser user, UUID entryId) {
		var entry = entryFor(user, entryId, Access.CHANGE, Subjects.DRAFT_DELETED.code());
		entry.requireDraftOf(user.accountId());
		var youthId = youthOf(entry);
		youths.open(user, youthId, Access.CHANGE, Subjects.DRAFT_DELETED.code(), describe(entry.content()));
		entries.delete(entry);
		return youthId;
	}

	/**
	 * The signed entry a correction is written for; {@code toRead} when its text is
	 * shown, which is logged.
	 */
	@Transactional(readOnly = true)
	public JournalEntryView toCorrect(CurrentUser user, UUID entryId, boolean toRead) {
		var entry = entryFor(user, entryId, Access.CHANGE, Subjects.CORRECTED.code());
		if (!entry.isSigned() || entry.isAnonymous()) {
			throw new NotFoundException("Signed journal entry");
		}
		if (toRead) {
			read(user, entry);
		}
		else {
			youths.summary(user, youthOf(entry));
		}
		return view(entry);
	}

	/** Logs the read of an entry's text, shown in a form. */
	private YouthSummary read(CurrentUser user, JournalEntry entry) {
		return youths.open(user, youthOf(entry), Access.READ, Subjects.ENTRY.code(), describe(entry.content()));
	}

	/**
	 * Writes a correction of a signed entry: a new entry about the same youth that points
	 * to it.
	 */
	public UUID correct(CurrentUser user, UUID entryId, EntryContent content, boolean sign) {
		var corrected = entryFor(user, entryId, Access.CHANGE, Subjects.CORRECTED.code());
		youths.open(user, youthOf(corrected), Access.CHANGE, Subjects.CORRECTED.code(), describe(corrected.content()));
		var correction = JournalEntry.correction(corrected, content, user.accountId(), clock.instant());
		if (sign) {
			correction.sign(user.accountId(), clock.instant());
		}
		return entries.save(correction).getId();
	}

	/** Records a conversation with someone who stays anonymous; no youth, no text. */
	public UUID recordAnonymous(CurrentUser user, EntryType type, LocalDate occurredOn,
			@Nullable Integer durationMinutes, List<String> themes) {
		return entries
			.save(JournalEntry.anonymousConversation(user.requireTeamId(), type, occurredOn, durationMinutes, themes,
					user.accountId(), clock.instant()))
			.getId();
	}

	/** The team's latest anonymous conversations. */
	@Transactional(readOnly = true)
	public List<JournalEntryView> anonymousConversations(CurrentUser user) {
		return entries.findTop100ByTeamIdAndYouthIdIsNullOrderByOccurredOnDescCreatedAtDesc(user.requireTeamId())
			.stream()
			.map(Journal::view)
			.toList();
	}

	/**
	 * An entry of the user's team. Another team's entry, or none, is not found; the
	 * attempt is logged as refused, with the youth it concerns where there is one.
	 */
	private JournalEntry entryFor(CurrentUser user, UUID entryId, Access action, String subject) {
		var entry = entries.findById(entryId).orElse(null);
		if (entry == null || !entry.getTeamId().equals(user.teamId())) {
			accessLog.refused(user, entry == null ? null : entry.getYouthId(), action, subject, entryId.toString());
			throw new NotFoundException("Journal entry");
		}
		return entry;
	}

	private static UUID youthOf(JournalEntry entry) {
		if (entry.getYouthId() == null) {
			throw new NotFoundException("Journal entry about a youth");
		}
		return entry.getYouthId();
	}

	private static String describe(EntryContent content) {
		return DateFormats.DATE.format(content.occurredOn());
	}

	private static void checkVersion(JournalEntry entry, long version) {
		if (entry.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(JournalEntry.class, entry.getId());
		}
	}

	static JournalEntryView view(JournalEntry entry) {
		return new JournalEntryView(entry.getId(), entry.getYouthId(), entry.getType(), entry.getOccurredOn(),
				entry.getDurationMinutes(), entry.getThemes(), entry.getText(), entry.getStatus(), entry.getAuthorId(),
				entry.getCreatedAt(), entry.getSignedAt(), entry.getCorrectsId());
	}

	/** An entry with what it corrects and the corrections written for it. */
	public record EntryPage(JournalEntry entry, @Nullable YouthSummary youth, @Nullable JournalEntry corrects,
			List<JournalEntry> corrections) {
	}

	public record DraftForEditing(JournalEntry entry, YouthSummary youth) {
	}

}
