package no.feltlogg.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A journal entry. A draft until its author signs it; signed, it is final (the database
 * refuses to change it), and a correction is a new entry that points to it. An anonymous
 * conversation has no youth and no text and is signed as it is recorded.
 */
@Entity
class JournalEntry {

	@Id
	private UUID id;

	private UUID teamId;

	private @Nullable UUID youthId;

	@Enumerated(EnumType.STRING)
	private EntryType type;

	private LocalDate occurredOn;

	private @Nullable Integer durationMinutes;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> themes = new ArrayList<>();

	private @Nullable String text;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	private UUID authorId;

	private Instant createdAt;

	private @Nullable Instant signedAt;

	private @Nullable UUID correctsId;

	@Enumerated(EnumType.STRING)
	private @Nullable GuardianContactBasis legalBasis;

	private @Nullable String legalBasisNote;

	@Version
	private Long version;

	protected JournalEntry() {
	}

	private JournalEntry(UUID teamId, @Nullable UUID youthId, EntryContent content, UUID authorId, Instant at) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.youthId = youthId;
		this.authorId = authorId;
		this.createdAt = at;
		this.status = EntryStatus.DRAFT;
		write(content);
	}

	/** A new draft about a youth. */
	static JournalEntry draft(UUID teamId, UUID youthId, EntryContent content, UUID authorId, Instant at) {
		return new JournalEntry(teamId, youthId, content, authorId, at);
	}

	/**
	 * A correction of a signed entry: a new draft about the same youth that points to it.
	 */
	static JournalEntry correction(JournalEntry corrected, EntryContent content, UUID authorId, Instant at) {
		if (!corrected.isSigned() || corrected.youthId == null) {
			throw new IllegalStateException("Only a signed entry about a youth is corrected; a draft is edited");
		}
		var entry = new JournalEntry(corrected.teamId, corrected.youthId, content, authorId, at);
		entry.correctsId = corrected.id;
		return entry;
	}

	/**
	 * A conversation with someone who stays anonymous: type, day, length and themes, no
	 * text; signed at once.
	 */
	static JournalEntry anonymousConversation(UUID teamId, EntryType type, LocalDate occurredOn,
			@Nullable Integer durationMinutes, List<String> themes, UUID authorId, Instant at) {
		if (!type.isConversation()) {
			throw new IllegalArgumentException("Only a conversation can be anonymous, not " + type);
		}
		var entry = new JournalEntry(teamId, null, new EntryContent(type, occurredOn, durationMinutes, themes, null),
				authorId, at);
		entry.status = EntryStatus.SIGNED;
		entry.signedAt = at;
		return entry;
	}

	/** Rewrites a draft; only its author may. */
	void revise(EntryContent content, UUID by) {
		requireDraftOf(by);
		write(content);
	}

	/**
	 * Signs a draft; only its author may, and only with text in it. After this the entry
	 * is final.
	 */
	void sign(UUID by, Instant at) {
		requireDraftOf(by);
		if (text == null || text.isBlank()) {
			throw new IllegalStateException("An entry without text cannot be signed");
		}
		this.status = EntryStatus.SIGNED;
		this.signedAt = at;
	}

	void requireDraftOf(UUID accountId) {
		if (status != EntryStatus.DRAFT) {
			throw new IllegalStateException("Journal entry " + id + " is signed and cannot be changed");
		}
		if (!authorId.equals(accountId)) {
			throw new IllegalStateException("Only the author changes a draft");
		}
	}

	private void write(EntryContent content) {
		if (youthId == null && content.text() != null) {
			throw new IllegalArgumentException("An anonymous conversation has no text");
		}
		this.type = content.type();
		this.occurredOn = content.occurredOn();
		this.durationMinutes = content.durationMinutes();
		this.themes = new ArrayList<>(content.themes());
		this.text = content.text() == null || content.text().isBlank() ? null : content.text().strip();
		this.legalBasis = content.legalBasis();
		this.legalBasisNote = content.legalBasis() == null ? null : content.legalBasisNote().strip();
	}

	boolean isSigned() {
		return status == EntryStatus.SIGNED;
	}

	boolean isDraftOf(UUID accountId) {
		return status == EntryStatus.DRAFT && authorId.equals(accountId);
	}

	boolean isAnonymous() {
		return youthId == null;
	}

	EntryContent content() {
		return new EntryContent(type, occurredOn, durationMinutes, themes, text, legalBasis, legalBasisNote);
	}

	public @Nullable GuardianContactBasis getLegalBasis() {
		return legalBasis;
	}

	public @Nullable String getLegalBasisNote() {
		return legalBasisNote;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public @Nullable UUID getYouthId() {
		return youthId;
	}

	public EntryType getType() {
		return type;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public @Nullable Integer getDurationMinutes() {
		return durationMinutes;
	}

	public List<String> getThemes() {
		return List.copyOf(themes);
	}

	public @Nullable String getText() {
		return text;
	}

	public EntryStatus getStatus() {
		return status;
	}

	public boolean getSigned() {
		return isSigned();
	}

	public UUID getAuthorId() {
		return authorId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getSignedAt() {
		return signedAt;
	}

	public @Nullable UUID getCorrectsId() {
		return correctsId;
	}

	public Long getVersion() {
		return version;
	}

}
