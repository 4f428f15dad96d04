package no.feltlogg.journal;

import java.util.UUID;

/** Someone tried to edit an entry that is signed or another author's draft. */
class NotYourDraftException extends RuntimeException {

	private final UUID entryId;

	NotYourDraftException(UUID entryId) {
		super("Journal entry " + entryId + " is not a draft of this user");
		this.entryId = entryId;
	}

	UUID entryId() {
		return entryId;
	}

}
