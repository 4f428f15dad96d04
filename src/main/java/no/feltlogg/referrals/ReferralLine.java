package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.catalog.ServiceKind;

/**
 * A referral in a list (the worker's reminders, the leader's notifications): which youth,
 * where to, how, on what basis, where it stands, and why it is listed. Only shown to
 * staff who may see the youth; the referral's own page is the logged read.
 */
public record ReferralLine(UUID id, UUID youthId, String youthName, String serviceName, ServiceKind serviceKind,
		ReferralKind form, LegalBasis legalBasis, ReferralStatus status, LocalDate referredOn,
		@Nullable LocalDate followUpOn, @Nullable LocalDate consentWithdrawnOn, UUID createdBy, Instant createdAt,
		boolean overdue, @Nullable UUID leaderSeenBy, @Nullable Instant leaderSeenAt) {

	/**
	 * Open, and the consent it rests on was withdrawn: nothing more may be shared under
	 * it.
	 */
	public boolean flagged() {
		return status.isOpen() && consentWithdrawnOn != null;
	}

	/** Under a duty, and no leader has marked it seen yet. */
	public boolean awaitsLeader() {
		return legalBasis.isDuty() && leaderSeenAt == null;
	}

}
