package no.feltlogg.demo;

import static no.feltlogg.demo.DemoPrincipals.as;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.groups.AnonymousCount;
import no.feltlogg.groups.AttendanceStatus;
import no.feltlogg.groups.Attendances;
import no.feltlogg.groups.GroupDetails;
import no.feltlogg.groups.Groups;
import no.feltlogg.groups.Participants;
import no.feltlogg.groups.SessionDetails;
import no.feltlogg.groups.Sessions;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Writes {@link DemoGroups}' groups, youths, sessions and attendance through the
 * services, each call as the member of staff who does it, so that the access log shows
 * it.
 */
@Component
@Profile("demo")
class DemoGroupWriter {

	private final Groups groups;

	private final Participants participants;

	private final Sessions sessions;

	private final Attendances attendances;

	private final YouthRecords records;

	private final Youths youths;

	private final Catalog catalog;

	DemoGroupWriter(Groups groups, Participants participants, Sessions sessions, Attendances attendances,
			YouthRecords records, Youths youths, Catalog catalog) {
		this.groups = groups;
		this.participants = participants;
		this.sessions = sessions;
		this.attendances = attendances;
		this.records = records;
		this.youths = youths;
		this.catalog = catalog;
	}

	boolean noGroups(CurrentUser user) {
		return as(user, () -> groups.list(user)).isEmpty();
	}

	UUID create(CurrentUser user, GroupDetails details) {
		return as(user, () -> groups.create(user, details));
	}

	void join(CurrentUser user, UUID group, Collection<UUID> youthIds, LocalDate on) {
		as(user, () -> {
			participants.addParticipants(user, group, youthIds, on);
			return null;
		});
	}

	void leave(CurrentUser user, UUID group, UUID youth, LocalDate on) {
		as(user, () -> {
			participants.leave(user, group, participants.participantId(user, group, youth), on);
			return null;
		});
	}

	UUID plan(CurrentUser user, UUID group, SessionDetails details) {
		return as(user, () -> sessions.planSession(user, group, details));
	}

	void attend(CurrentUser user, UUID group, UUID session, Map<UUID, AttendanceStatus> marks,
			List<AnonymousCount> anonymous) {
		as(user, () -> {
			attendances.takeAttendance(user, group, session, 0, marks, anonymous);
			return null;
		});
	}

	UUID register(CurrentUser by, String name, Birth birth, Gender gender, @Nullable UUID school, LocalDate consentOn) {
		return as(by,
				() -> records.register(by,
						new YouthDetails(name, birth, gender, null, school, "Elvedal", Set.of(by.accountId()), false),
						NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, consentOn)));
	}

	/** The youth withdraws her consent to registration from a day. */
	void withdraw(CurrentUser user, UUID youth, LocalDate on) {
		var consent = as(user, () -> youths.consents(user.requireTeamId(), youth)).stream()
			.filter(c -> c.scope() == ConsentScope.REGISTRATION)
			.findFirst()
			.orElseThrow();
		as(user, () -> {
			records.withdrawConsent(user, youth, consent.id(), on);
			return null;
		});
	}

	/**
	 * The day the youth's consent to registration was given, or the fallback when none is
	 * found.
	 */
	LocalDate consentOf(CurrentUser user, UUID youth, LocalDate fallback) {
		return as(user, () -> youths.consents(user.requireTeamId(), youth)).stream()
			.filter(c -> c.scope() == ConsentScope.REGISTRATION)
			.map(c -> c.givenOn())
			.min(LocalDate::compareTo)
			.orElse(fallback);
	}

	Map<String, UUID> byName(CurrentUser user) {
		var names = new HashMap<String, UUID>();
		for (YouthSummary youth : as(user, () -> youths.active(user))) {
			names.put(youth.name(), youth.id());
		}
		return names;
	}

	UUID school(UUID team, String name, SchoolLevel level) {
		return catalog.all(team, CodeKind.SCHOOL)
			.stream()
			.filter(s -> s.label().equals(name))
			.map(CodeItem::id)
			.findFirst()
			.orElseGet(() -> catalog.addSchool(team, name, level).id());
	}

	@Nullable UUID service(UUID team, String name) {
		return catalog.activeServices(team)
			.stream()
			.filter(s -> s.name().equals(name))
			.map(ServiceInfo::id)
			.findFirst()
			.orElse(null);
	}

}
