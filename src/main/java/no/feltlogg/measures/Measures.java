package no.feltlogg.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentView;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Help measures for child welfare: made on the youth's consent to a child-welfare
 * measure, followed up against the plan's goals, reminded of before their evaluation
 * date, reported back to child welfare as a PDF only while the consent allows it. Every
 * read and change goes through the youth module, which checks the team and need to know
 * and writes the access log. Workers and leaders of the youth's team only; the SLT
 * coordinator sees only counts.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Measures {

	private final MeasureStore store;

	private final Youths youths;

	private final Teams teams;

	private final AccessLog accessLog;

	private final MeasureReportPdf pdf;

	private final Clock clock;

	Measures(MeasureStore store, Youths youths, Teams teams, AccessLog accessLog, MeasureReportPdf pdf, Clock clock) {
		this.store = store;
		this.youths = youths;
		this.teams = teams;
		this.accessLog = accessLog;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * What the new-measure form shows: the youth, the consents to a child-welfare
	 * measure, the team's workers.
	 */
	public Preparation prepare(CurrentUser user, UUID youthId, boolean toRead) {
		var youth = toRead ? youths.open(user, youthId, Access.READ, Subjects.FORM.code(), null)
				: youths.summary(user, youthId);
		var consents = youths.consents(user.requireTeamId(), youthId)
			.stream()
			.filter(c -> c.scope() == ConsentScope.CHILD_WELFARE)
			.toList();
		return new Preparation(youth, consents, workers(user), today());
	}

	/**
	 * Why the chosen consent does not allow the measure from its start, or null when it
	 * does.
	 */
	@Transactional(readOnly = true)
	@Nullable ConsentRefusal checkConsent(CurrentUser user, UUID youthId, @Nullable UUID consentId, LocalDate on) {
		return ConsentRule.check(consent(user, youthId, consentId), youthId, on);
	}

	/**
	 * Records a measure with its plan.
	 * @throws MeasureRefusedException when the consent does not allow it
	 */
	public UUID create(CurrentUser user, NewMeasure measure) {
		var refusal = checkConsent(user, measure.youthId(), measure.consentId(), measure.startsOn());
		if (refusal != null) {
			throw new MeasureRefusedException(refusal);
		}
		if (workers(user).stream().noneMatch(w -> w.accountId().equals(measure.responsibleId()))) {
			throw new IllegalArgumentException("The responsible worker is not one of the team's");
		}
		youths.open(user, measure.youthId(), Access.CHANGE, Subjects.CREATED.code(), measure.title());
		return store.insert(user.requireTeamId(), measure, user.accountId(), Instant.now(clock));
	}

	/**
	 * A measure's page: the plan, the consent with its status today, the follow-ups.
	 * Reading it is logged.
	 */
	public MeasurePage page(CurrentUser user, UUID measureId) {
		var measure = measure(user, measureId);
		var youth = youths.open(user, measure.youthId(), Access.READ, Subjects.MEASURE.code(), measure.title());
		return page(user, measure, youth);
	}

	/**
	 * A measure about to get a follow-up: checked (the team, need to know), not logged as
	 * a read.
	 */
	@Transactional(readOnly = true)
	public MeasurePage forChange(CurrentUser user, UUID measureId) {
		var measure = measure(user, measureId);
		var youth = youths.summary(user, measure.youthId());
		return page(user, measure, youth);
	}

	/**
	 * Records a follow-up against one of the plan's goals.
	 * @throws MeasureRefusedException when the consent does not allow work on the measure
	 * that day
	 */
	public UUID recordFollowUp(CurrentUser user, UUID measureId, UUID goalId, LocalDate doneOn, BigDecimal hours,
			String note) {
		var measure = measure(user, measureId);
		if (store.goals(measureId).stream().noneMatch(g -> g.id().equals(goalId))) {
			throw new NotFoundException("Goal");
		}
		var refusal = checkConsent(user, measure.youthId(), measure.consentId(), doneOn);
		if (refusal != null) {
			throw new MeasureRefusedException(refusal);
		}
		youths.open(user, measure.youthId(), Access.CHANGE, Subjects.FOLLOW_UP.code(), measure.title());
		return store.insertFollowUp(user.requireTeamId(), measureId, goalId, doneOn, hours, note, user.accountId(),
				Instant.now(clock));
	}

	/**
	 * The short report back to child welfare, as a PDF: only while the youth's consent to
	 * the measure is valid, and given by the youth. Producing it is logged as a read of
	 * the record.
	 * @throws MeasureRefusedException when the consent does not allow the report to leave
	 * the team
	 */
	public byte[] report(CurrentUser user, UUID measureId, Locale locale) {
		var measure = measure(user, measureId);
		var youth = youths.summary(user, measure.youthId());
		var today = today();
		var refusal = checkConsent(user, measure.youthId(), measure.consentId(), today);
		if (refusal != null) {
			throw new MeasureRefusedException(refusal);
		}
		youths.open(user, measure.youthId(), Access.READ, Subjects.REPORT.code(), measure.title());
		var page = page(user, measure, youth);
		return pdf.write(page, teams.team(user.requireTeamId()).name(), Instant.now(clock), locale);
	}

	/**
	 * The measures of one youth, for the youth's page; the youth page has already logged
	 * the read.
	 */
	@Transactional(readOnly = true)
	public List<Measure> ofYouth(CurrentUser user, UUID youthId) {
		return store.ofYouth(user.requireTeamId(), youthId);
	}

	/**
	 * The team's running measures with the youth's name, the evaluation nearest first;
	 * the view is logged naming the youths shown.
	 */
	@Transactional(readOnly = true)
	public List<MeasureLine> running(CurrentUser user) {
		var lines = lines(user, store.open(user.requireTeamId()));
		accessLog.listed(user, Subjects.LIST.code(), lines.stream().map(MeasureLine::youthId).distinct().toList());
		return lines;
	}

	/**
	 * The home page's reminders: the running measures the user is responsible for whose
	 * evaluation is due within 14 days or overdue.
	 */
	@Transactional(readOnly = true)
	public List<MeasureLine> evaluationsDue(CurrentUser user) {
		var today = today();
		var due = store.open(user.requireTeamId())
			.stream()
			.filter(m -> m.responsibleId().equals(user.accountId()) && m.evaluationDueOn(today))
			.toList();
		var lines = lines(user, due);
		if (!lines.isEmpty()) {
			accessLog.listed(user, Subjects.LIST_REMINDERS.code(),
					lines.stream().map(MeasureLine::youthId).distinct().toList());
		}
		return lines;
	}

	/** Whether the user's team has any measure (the demo data is made once). */
	@Transactional(readOnly = true)
	public boolean hasMeasures(CurrentUser user) {
		return store.exists(user.requireTeamId());
	}

	private List<MeasureLine> lines(CurrentUser user, List<Measure> measures) {
		if (measures.isEmpty()) {
			return List.of();
		}
		var names = new HashMap<UUID, String>();
		youths.active(user).forEach(y -> names.put(y.id(), y.name()));
		var staff = teams.staffNames(user.requireTeamId());
		var today = today();
		var lines = new ArrayList<MeasureLine>();
		for (var m : measures) {
			lines.add(new MeasureLine(m.id(), m.youthId(), names.getOrDefault(m.youthId(), ""), m.title(),
					m.evaluationOn(), staff.getOrDefault(m.responsibleId(), ""), m.evaluationDueOn(today),
					m.evaluationOverdueOn(today)));
		}
		return lines;
	}

	private MeasurePage page(CurrentUser user, Measure measure, YouthSummary youth) {
		var today = today();
		var consent = consent(user, measure.youthId(), measure.consentId());
		var goals = store.goals(measure.id());
		var followUps = store.followUps(measure.id());
		var hoursByGoal = new HashMap<UUID, BigDecimal>();
		followUps.forEach(f -> hoursByGoal.merge(f.goalId(), f.hours(), BigDecimal::add));
		var recorded = followUps.stream().map(FollowUp::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new MeasurePage(measure, youth, goals, followUps, hoursByGoal, recorded, consent,
				ConsentRule.check(consent, measure.youthId(), today), teams.staffNames(user.requireTeamId()), today);
	}

	private Measure measure(CurrentUser user, UUID measureId) {
		return store.find(user.requireTeamId(), measureId).orElseThrow(() -> new NotFoundException("Measure"));
	}

	private @Nullable ConsentView consent(CurrentUser user, UUID youthId, @Nullable UUID consentId) {
		if (consentId == null) {
			return null;
		}
		return youths.consents(user.requireTeamId(), youthId)
			.stream()
			.filter(c -> c.id().equals(consentId))
			.findFirst()
			.orElse(null);
	}

	private List<StaffMember> workers(CurrentUser user) {
		return teams.activeStaff(user.requireTeamId())
			.stream()
			.filter(s -> s.role() == no.feltlogg.shared.Role.WORKER || s.role() == no.feltlogg.shared.Role.LEADER)
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

	/** What the new-measure form needs. */
	public record Preparation(YouthSummary youth, List<ConsentView> consents, List<StaffMember> workers,
			LocalDate today) {
	}

	/**
	 * A measure in a list: the youth, the title, the evaluation date and whether it is
	 * due or overdue.
	 */
	public record MeasureLine(UUID id, UUID youthId, String youthName, String title, LocalDate evaluationOn,
			String responsibleName, boolean due, boolean overdue) {
	}

	/** A measure's page. */
	public record MeasurePage(Measure measure, YouthSummary youth, List<Goal> goals, List<FollowUp> followUps,
			Map<UUID, BigDecimal> hoursByGoal, BigDecimal recordedHours, @Nullable ConsentView consent,
			@Nullable ConsentRefusal consentRefusal, Map<UUID, String> staff, LocalDate today) {

		public boolean reportAllowed() {
			return consentRefusal == null;
		}

		public boolean evaluationDue() {
			return measure.evaluationDueOn(today);
		}

		public boolean evaluationOverdue() {
			return measure.evaluationOverdueOn(today);
		}

		public String goalText(UUID goalId) {
			return goals.stream().filter(g -> g.id().equals(goalId)).map(Goal::text).findFirst().orElse("");
		}

		public String staffName(UUID accountId) {
			return staff.getOrDefault(accountId, "");
		}

	}

}
