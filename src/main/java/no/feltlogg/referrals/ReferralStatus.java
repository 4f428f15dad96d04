package no.feltlogg.referrals;

import java.util.List;

/**
 * Where a referral stands: planned → sent → received → completed, or declined by the
 * service, or cancelled by the team. Completed, declined and cancelled are final.
 */
public enum ReferralStatus {

	PLANNED, SENT, RECEIVED, COMPLETED, DECLINED, CANCELLED;

	/**
	 * The statuses a referral may move to from this one, in the order they are offered.
	 */
	public List<ReferralStatus> next() {
		return switch (this) {
			case PLANNED -> List.of(SENT, CANCELLED);
			case SENT -> List.of(RECEIVED, COMPLETED, DECLINED, CANCELLED);
			case RECEIVED -> List.of(COMPLETED, DECLINED, CANCELLED);
			case COMPLETED, DECLINED, CANCELLED -> List.of();
		};
	}

	public boolean canMoveTo(ReferralStatus to) {
		return next().contains(to);
	}

	/**
	 * Still being worked on: follow-up reminders and consent withdrawals concern open
	 * referrals only.
	 */
	public boolean isOpen() {
		return !next().isEmpty();
	}

	/** The open statuses, for queries. */
	public static List<ReferralStatus> open() {
		return List.of(PLANNED, SENT, RECEIVED);
	}

}
