package no.feltlogg.referrals;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.ExportSection;
import no.feltlogg.youth.YouthDataSource;

/**
 * The youth's referrals for the export at an access request: where to, why, what was
 * shared, on which legal basis, and every status change with who and when. Codes are
 * given as the words the pages use (in bokmål), so that the youth can read them.
 */
@Component
class ReferralExport implements YouthDataSource {

	private static final Locale BOKMAAL = Locale.of("nb");

	private final ReferralRepository referrals;

	private final Teams teams;

	private final MessageSource messages;

	ReferralExport(ReferralRepository referrals, Teams teams, MessageSource messages) {
		this.referrals = referrals;
		this.teams = teams;
		this.messages = messages;
	}

	@Override
	public ExportSection export(UUID teamId, UUID youthId) {
		var names = teams.staffNames(teamId);
		return new ExportSection("referrals",
				referrals.findByTeamIdAndYouthIdOrderByReferredOnDescCreatedAtDesc(teamId, youthId)
					.stream()
					.map(r -> record(r, names))
					.toList());
	}

	private Map<String, Object> record(Referral referral, Map<UUID, String> names) {
		var map = new LinkedHashMap<String, Object>();
		map.put("id", referral.getId().toString());
		map.put("date", referral.getReferredOn().toString());
		map.put("serviceName", referral.getServiceName());
		map.put("serviceKind", label("serviceKind." + referral.getServiceKind()));
		map.put("referralForm", label("referrals.form." + referral.getForm()));
		map.put("referralReason", referral.getReason());
		map.put("themes", referral.getThemes());
		map.put("sharedInformation", referral.getSharedInformation());
		map.put("legalBasis", label("referrals.legalBasis." + referral.getLegalBasis()));
		put(map, "consentId", referral.getConsentId());
		put(map, "justification", referral.getJustification());
		put(map, "followUpOn", referral.getFollowUpOn());
		map.put("status", label("referrals.status." + referral.getStatus()));
		put(map, "consentWithdrawnOn", referral.getConsentWithdrawnOn());
		map.put("statusHistory", referral.getHistory()
			.stream()
			.map(c -> DateFormats.DATE.format(c.getChangedOn()) + " " + label("referrals.status." + c.getToStatus())
					+ " (" + names.getOrDefault(c.getChangedBy(), c.getChangedBy().toString()) + ")"
					+ (c.getNote() == null ? "" : ": " + c.getNote()))
			.toList());
		map.put("createdBy", names.getOrDefault(referral.getCreatedBy(), referral.getCreatedBy().toString()));
		map.put("createdAt", referral.getCreatedAt().toString());
		if (referral.getLeaderSeenAt() != null && referral.getLeaderSeenBy() != null) {
			map.put("leaderSeen", names.getOrDefault(referral.getLeaderSeenBy(), referral.getLeaderSeenBy().toString())
					+ ", " + referral.getLeaderSeenAt());
		}
		return map;
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, BOKMAAL);
	}

	private static void put(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value.toString());
		}
	}

}
