package no.feltlogg.youth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

import no.feltlogg.shared.Gender;

/**
 * A youth registered by name, which takes a consent to registration: there is no way to
 * make one without it. Holds the youth's consents, priority history and concern criteria.
 */
@Entity
class Youth {

	@Id
	private UUID id;

	private UUID teamId;

	private String name;

	/** Filled by the database: the name folded for search (see {@code feltlogg_fold}). */
	@Column(insertable = false, updatable = false)
	private @Nullable String searchName;

	private @Nullable LocalDate birthDate;

	private int birthYear;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private @Nullable String phone;

	private @Nullable UUID schoolId;

	private @Nullable String homeMunicipality;

	@Enumerated(EnumType.STRING)
	private YouthStatus status;

	private @Nullable LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable PriorityLevel priority;

	private boolean restricted;

	private Instant registeredAt;

	private UUID registeredBy;

	@ElementCollection
	@CollectionTable(name = "youth_contact", joinColumns = @JoinColumn(name = "youth_id"))
	@Column(name = "account_id")
	private Set<UUID> contactIds = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "youth_id", insertable = false, updatable = false)
	private List<Consent> consents = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "youth_id", insertable = false, updatable = false)
	private List<PriorityChange> priorityChanges = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "youth_id", insertable = false, updatable = false)
	private List<Concern> concerns = new ArrayList<>();

	@Version
	private Long version;

	protected Youth() {
	}

	Youth(UUID teamId, YouthDetails details, NewConsent registrationConsent, UUID registeredBy, Instant registeredAt) {
		if (registrationConsent.scope() != ConsentScope.REGISTRATION) {
			throw new IllegalArgumentException("Registering a youth takes a consent to registration");
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.status = YouthStatus.ACTIVE;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		correct(details);
		this.consents.add(new Consent(teamId, id, registrationConsent, registeredBy, registeredAt));
	}

	/** Corrects name, birth, contact details, contact workers and the restriction. */
	void correct(YouthDetails details) {
		this.name = details.name().trim();
		this.birthDate = details.birth().date();
		this.birthYear = details.birth().year();
		this.gender = details.gender();
		this.phone = StringUtils.hasText(details.phone()) ? details.phone().strip() : null;
		this.schoolId = details.schoolId();
		this.homeMunicipality = StringUtils.hasText(details.homeMunicipality()) ? details.homeMunicipality().strip()
				: null;
		this.contactIds.clear();
		this.contactIds.addAll(details.contactIds());
		this.restricted = details.restricted();
	}

	/** Moves the youth to another priority level; the step is kept in the history. */
	PriorityChange changePriority(PriorityLevel to, LocalDate on, String reason, UUID by, Instant at) {
		if (to == priority) {
			throw new IllegalArgumentException("The youth is already at level " + to);
		}
		var change = new PriorityChange(teamId, id, priority, to, on, reason, by, at);
		priorityChanges.add(change);
		this.priority = to;
		return change;
	}

	Consent giveConsent(NewConsent given, UUID by, Instant at) {
		var consent = new Consent(teamId, id, given, by, at);
		consents.add(consent);
		return consent;
	}

	/**
	 * Withdraws a consent. Withdrawing the last consent to registration closes the
	 * record: it takes no new entries, and what is stored stays for the record-keeping
	 * duty.
	 */
	Consent withdrawConsent(UUID consentId, LocalDate on, UUID by, Instant at) {
		var consent = consents.stream()
			.filter(c -> c.getId().equals(consentId))
			.findFirst()
			.orElseThrow(() -> new no.feltlogg.shared.NotFoundException("Consent"));
		consent.withdraw(on, by, at);
		if (consent.getScope() == ConsentScope.REGISTRATION && !hasRegistrationConsentOn(on)) {
			close(on);
		}
		return consent;
	}

	Concern noteConcern(ConcernCriterion criterion, LocalDate on, @Nullable String note, UUID by, Instant at) {
		if (concerns.stream().anyMatch(c -> c.isCurrent() && c.getCriterion() == criterion)) {
			throw new IllegalArgumentException("Criterion " + criterion + " is already noted");
		}
		var concern = new Concern(teamId, id, criterion, on, note, by, at);
		concerns.add(concern);
		return concern;
	}

	Concern endConcern(UUID concernId, LocalDate on) {
		var concern = concerns.stream()
			.filter(c -> c.getId().equals(concernId))
			.findFirst()
			.orElseThrow(() -> new no.feltlogg.shared.NotFoundException("Concern"));
		concern.end(on);
		return concern;
	}

	void close(LocalDate on) {
		this.status = YouthStatus.CLOSED;
		this.closedOn = on;
	}

	/**
	 * Opens a closed record again; only while the youth's consent to registration is in
	 * force.
	 */
	void reopen(LocalDate today) {
		if (!hasRegistrationConsentOn(today)) {
			throw new IllegalStateException("A record without a consent to registration cannot be opened");
		}
		this.status = YouthStatus.ACTIVE;
		this.closedOn = null;
	}

	boolean hasRegistrationConsentOn(LocalDate day) {
		return consents.stream()
			.map(Consent::view)
			.anyMatch(c -> c.scope() == ConsentScope.REGISTRATION && c.isValidOn(day));
	}

	/**
	 * New journal entries, encounters and the like may be recorded only while this holds.
	 */
	boolean isOpenForEntries(LocalDate today) {
		return status == YouthStatus.ACTIVE && hasRegistrationConsentOn(today);
	}

	boolean isContact(UUID accountId) {
		return contactIds.contains(accountId);
	}

	Optional<PriorityChange> lastPriorityChange() {
		return priorityChanges.stream().max(Comparator.comparing(PriorityChange::getRecordedAt));
	}

	/** Loads the lazy collections, for a page or form rendered after the transaction. */
	Youth loaded() {
		org.hibernate.Hibernate.initialize(contactIds);
		org.hibernate.Hibernate.initialize(consents);
		org.hibernate.Hibernate.initialize(priorityChanges);
		org.hibernate.Hibernate.initialize(concerns);
		return this;
	}

	YouthSummary summary() {
		return new YouthSummary(id, teamId, name, birthDate, birthYear, gender, schoolId, status, priority, restricted);
	}

	YouthDetails details() {
		return new YouthDetails(name, new Birth(birthDate, birthYear), gender, phone, schoolId, homeMunicipality,
				Set.copyOf(contactIds), restricted);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getSearchName() {
		return searchName;
	}

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public int getBirthYear() {
		return birthYear;
	}

	public Gender getGender() {
		return gender;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public @Nullable UUID getSchoolId() {
		return schoolId;
	}

	public @Nullable String getHomeMunicipality() {
		return homeMunicipality;
	}

	public YouthStatus getStatus() {
		return status;
	}

	public @Nullable LocalDate getClosedOn() {
		return closedOn;
	}

	public @Nullable PriorityLevel getPriority() {
		return priority;
	}

	public boolean isRestricted() {
		return restricted;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public UUID getRegisteredBy() {
		return registeredBy;
	}

	public Set<UUID> getContactIds() {
		return Set.copyOf(contactIds);
	}

	public List<ConsentView> getConsents() {
		return consents.stream()
			.map(Consent::view)
			.sorted(Comparator.comparing(ConsentView::givenOn).reversed())
			.toList();
	}

	List<Consent> consentEntities() {
		return List.copyOf(consents);
	}

	public List<PriorityChange> getPriorityHistory() {
		return priorityChanges.stream()
			.sorted(Comparator.comparing(PriorityChange::getChangedOn)
				.thenComparing(PriorityChange::getRecordedAt)
				.reversed())
			.toList();
	}

	public List<Concern> getConcerns() {
		return concerns.stream()
			.sorted(Comparator.comparing(Concern::isCurrent)
				.reversed()
				.thenComparing(Comparator.comparing(Concern::getNotedOn).reversed()))
			.toList();
	}

	public Long getVersion() {
		return version;
	}

}
