package no.feltlogg.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's retention rules and its archive folder. A kind without a confirmed
 * rule removes nothing: a new municipality sees the defaults with their reasons, and
 * nothing happens until the administrator confirms them.
 */
@Service
@Transactional
public class RetentionRules {

	private final JdbcClient jdbc;

	private final Clock clock;

	RetentionRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One rule per kind, in the enum's order: the stored one, or the default
	 * (unconfirmed).
	 */
	@Transactional(readOnly = true)
	public List<Rule> rules(UUID municipalityId) {
		var stored = new EnumMap<RuleKind, Rule>(RuleKind.class);
		jdbc.sql("select kind, months, archive, confirmed_at from retention_rule where municipality_id = ?")
			.param(municipalityId)
			.query((rs, n) -> {
				var kind = RuleKind.valueOf(rs.getString("kind"));
				var confirmed = rs.getTimestamp("confirmed_at");
				return new Rule(kind, rs.getInt("months"), rs.getBoolean("archive"),
						confirmed == null ? null : confirmed.toInstant());
			})
			.list()
			.forEach(rule -> stored.put(rule.kind(), rule));
		var rules = new ArrayList<Rule>();
		for (var kind : RuleKind.values()) {
			rules.add(stored.getOrDefault(kind,
					new Rule(kind, kind.defaultMonths(), kind == RuleKind.YOUTH_RECORD, null)));
		}
		return rules;
	}

	/**
	 * The months of a confirmed rule, for the youth's page (ADR 0039): of the signed-in
	 * person's municipality, or, for a visitor, of the one municipality this installation
	 * serves. Empty where none is confirmed or the municipality cannot be told.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> confirmedMonths(@Nullable UUID municipalityId, RuleKind kind) {
		var municipality = municipalityId;
		if (municipality == null) {
			var all = jdbc.sql("select id from municipality").query(UUID.class).list();
			if (all.size() != 1) {
				return Optional.empty();
			}
			municipality = all.get(0);
		}
		var rule = confirmed(municipality).get(kind);
		return rule == null ? Optional.empty() : Optional.of(rule.months());
	}

	/** The confirmed rules only: what a run acts on. */
	@Transactional(readOnly = true)
	public Map<RuleKind, Rule> confirmed(UUID municipalityId) {
		var confirmed = new EnumMap<RuleKind, Rule>(RuleKind.class);
		rules(municipalityId).stream().filter(Rule::isConfirmed).forEach(rule -> confirmed.put(rule.kind(), rule));
		return confirmed;
	}

	/**
	 * Stores and confirms every rule as given (the administrator's form; validated by the
	 * controller).
	 */
	public void confirm(UUID municipalityId, UUID administratorId, Map<RuleKind, Integer> months,
			Map<RuleKind, Boolean> archive) {
		var now = Timestamp.from(clock.instant());
		for (var kind : RuleKind.values()) {
			int period = months.getOrDefault(kind, kind.defaultMonths());
			if (period < kind.minimumMonths() || period > 600) {
				throw new IllegalArgumentException("Period out of range for " + kind);
			}
			jdbc.sql("""
					insert into retention_rule (municipality_id, kind, months, archive, confirmed_at, confirmed_by)
					values (?, ?, ?, ?, ?, ?)
					on conflict (municipality_id, kind) do update
					   set months = excluded.months, archive = excluded.archive, confirmed_at = excluded.confirmed_at,
					       confirmed_by = excluded.confirmed_by""")
				.params(municipalityId, kind.name(), period,
						kind == RuleKind.YOUTH_RECORD && archive.getOrDefault(kind, false), now, administratorId)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public @Nullable String archiveFolder(UUID municipalityId) {
		return jdbc.sql("select archive_folder from retention_setting where municipality_id = ?")
			.param(municipalityId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	public void setArchiveFolder(UUID municipalityId, @Nullable String folder) {
		jdbc.sql("""
				insert into retention_setting (municipality_id, archive_folder) values (?, ?)
				on conflict (municipality_id) do update set archive_folder = excluded.archive_folder""")
			.params(municipalityId, folder == null || folder.isBlank() ? null : folder.strip())
			.update();
	}

	/**
	 * A rule as shown and applied; {@code confirmedAt} null means it removes nothing yet.
	 */
	public record Rule(RuleKind kind, int months, boolean archive, @Nullable Instant confirmedAt) {

		public boolean isConfirmed() {
			return confirmedAt != null;
		}

	}

}
