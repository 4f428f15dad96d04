package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;

/**
 * A referral of a registered youth to a service. What it shares, with whom and on which
 * legal basis is written once and never changed (the database refuses it); the status
 * moves on, and every step is kept with who and when. A referral under a consent that is
 * later withdrawn is flagged while it is open; a referral under a duty notifies the
 * leader until a leader marks it seen.
 */
@Entity
class Referral {

	@Id
	private UUID id;

	private UUID teamId;

	private UUID youthId;

	private UUID serviceId;

	private String serviceName;

	@Enumerated(EnumType.STRING)
	private ServiceKind serviceKind;

	@Enumerated(EnumType.STRING)
	private ReferralKind form;

	private LocalDate referredOn;

	private String reason;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> themes = new ArrayList<>();

	private String sharedInformation;

	@Enumerated(EnumType.STRING)
	private LegalBasis legalBasis;

	private @Nullable UUID consentId;

	private @Nullable String justification;

	private @Nullable LocalDate followUpOn;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	private LocalDate statusChangedOn;

	private @Nullable LocalDate consentWithdrawnOn;

	private @Nullable UUID leaderSeenBy;

	private @Nullable Instant leaderSeenAt;

	private UUID createdBy;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "referral_id", insertable = false, updatable = false)
	private List<ReferralStatusChange> history = new ArrayList<>();

	@Version
	private Long version;

	protected Referral() {
	}

	/**
	 * A planned referral. The caller has passed it through the {@link ConsentGate}; the
	 * referral itself keeps what the database keeps too: a consent under the legal basis
	 * consent, a justification under a duty.
	 */
	Referral(UUID teamId, UUID youthId, ServiceInfo service, NewReferral content, UUID by, Instant at) {
		if (content.legalBasis() == LegalBasis.CONSENT && content.consentId() == null) {
			throw new IllegalArgumentException("A referral on consent points at the consent");
		}
		if (content.legalBasis().isDuty() && (content.justification() == null || content.justification().isBlank())) {
			throw new IllegalArgumentException("A referral under a duty is justified in writing");
		}
		if (content.followUpOn() != null && content.followUpOn().isBefore(content.referredOn())) {
			throw new IllegalArgumentException("Follow-up cannot come before the referral");
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.youthId = youthId;
		this.serviceId = service.id();
		this.serviceName = service.name();
		this.serviceKind = service.kind();
		this.form = content.form();
		this.referredOn = content.referredOn();
		this.reason = content.reason().strip();
		this.themes = new ArrayList<>(content.themes());
		this.sharedInformation = content.sharedInformation().strip();
		this.legalBasis = content.legalBasis();
		this.consentId = content.legalBasis() == LegalBasis.CONSENT ? content.consentId() : null;
		this.justification = content.legalBasis().isDuty() ? content.justification().strip() : null;
		this.followUpOn = content.followUpOn();
		this.status = ReferralStatus.PLANNED;
		this.statusChangedOn = content.referredOn();
		this.createdBy = by;
		this.createdAt = at;
		this.history.add(
				new ReferralStatusChange(teamId, id, null, ReferralStatus.PLANNED, content.referredOn(), null, by, at));
	}

	/**
	 * Moves the referral on. Declining takes the service's reason; a referral whose
	 * consent was withdrawn is not sent any more. A new follow-up date may come with the
	 * change.
	 */
	ReferralStatusChange changeStatus(ReferralStatus to, LocalDate on, @Nullable String note,
			@Nullable LocalDate newFollowUp, UUID by, Instant at) {
		if (!status.canMoveTo(to)) {
			throw new IllegalStateException("A referral cannot move from " + status + " to " + to);
		}
		var text = note == null || note.isBlank() ? null : note.strip();
		if (to == ReferralStatus.DECLINED && text == null) {
			throw new IllegalArgumentException("A declined referral keeps the reason");
		}
		if (to == ReferralStatus.SENT && consentWithdrawnOn != null) {
			throw new IllegalStateException("Nothing more is shared under a withdrawn consent");
		}
		if (on.isBefore(statusChangedOn)) {
			throw new IllegalArgumentException("A status change cannot come before the last one");
		}
		if (newFollowUp != null) {
			if (newFollowUp.isBefore(referredOn)) {
				throw new IllegalArgumentException("Follow-up cannot come before the referral");
			}
			this.followUpOn = newFollowUp;
		}
		var change = new ReferralStatusChange(teamId, id, status, to, on, text, by, at);
		history.add(change);
		this.status = to;
		this.statusChangedOn = on;
		return change;
	}

	void decline(String reason, LocalDate on, UUID by, Instant at) {
		changeStatus(ReferralStatus.DECLINED, on, reason, null, by, at);
	}

	void cancel(@Nullable String reason, LocalDate on, UUID by, Instant at) {
		changeStatus(ReferralStatus.CANCELLED, on, reason, null, by, at);
	}

	/**
	 * The consent this open referral rests on was withdrawn: flag it for the youth's
	 * contact workers.
	 */
	void consentWithdrawn(LocalDate on) {
		if (status.isOpen() && consentWithdrawnOn == null) {
			this.consentWithdrawnOn = on;
		}
	}

	/**
	 * A leader has seen the notification of a referral under a duty. Seeing it again
	 * changes nothing.
	 */
	void seenByLeader(UUID by, Instant at) {
		if (!legalBasis.isDuty()) {
			throw new IllegalStateException("Only a referral under a duty notifies the leader");
		}
		if (leaderSeenAt == null) {
			this.leaderSeenBy = by;
			this.leaderSeenAt = at;
		}
	}

	/**
	 * Past its follow-up date without a status change since: the follow-up date has
	 * passed, the referral is open, and its status last changed before that date.
	 */
	boolean isOverdueOn(LocalDate today) {
		return status.isOpen() && followUpOn != null && followUpOn.isBefore(today)
				&& statusChangedOn.isBefore(followUpOn);
	}

	boolean isFlagged() {
		return status.isOpen() && consentWithdrawnOn != null;
	}

	boolean awaitsLeader() {
		return legalBasis.isDuty() && leaderSeenAt == null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public UUID getYouthId() {
		return youthId;
	}

	public UUID getServiceId() {
		return serviceId;
	}

	public String getServiceName() {
		return serviceName;
	}

	public ServiceKind getServiceKind() {
		return serviceKind;
	}

	public ReferralKind getForm() {
		return form;
	}

	public LocalDate getReferredOn() {
		return referredOn;
	}

	public String getReason() {
		return reason;
	}

	public List<String> getThemes() {
		return List.copyOf(themes);
	}

	public String getSharedInformation() {
		return sharedInformation;
	}

	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	public @Nullable UUID getConsentId() {
		return consentId;
	}

	public @Nullable String getJustification() {
		return justification;
	}

	public @Nullable LocalDate getFollowUpOn() {
		return followUpOn;
	}

	public ReferralStatus getStatus() {
		return status;
	}

	public LocalDate getStatusChangedOn() {
		return statusChangedOn;
	}

	public @Nullable LocalDate getConsentWithdrawnOn() {
		return consentWithdrawnOn;
	}

	public @Nullable UUID getLeaderSeenBy() {
		return leaderSeenBy;
	}

	public @Nullable Instant getLeaderSeenAt() {
		return leaderSeenAt;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The status changes, oldest first; the first is the referral being planned. */
	public List<ReferralStatusChange> getHistory() {
		return history.stream()
			.sorted(Comparator.comparing(ReferralStatusChange::getChangedAt)
				.thenComparing(c -> c.getToStatus().ordinal()))
			.toList();
	}

	public Long getVersion() {
		return version;
	}

}
