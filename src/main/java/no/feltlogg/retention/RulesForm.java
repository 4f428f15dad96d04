package no.feltlogg.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The administrator's rules: a period in months per kind, whether to archive first, and
 * where.
 */
record RulesForm(@Nullable @NotNull @Min(1) @Max(600) Integer youthRecord,
		@Nullable @NotNull @Min(1) @Max(600) Integer fieldNotes,
		@Nullable @NotNull @Min(1) @Max(600) Integer guidanceNotes,
		@Nullable @NotNull @Min(12) @Max(600) Integer accessLog,
		@Nullable @NotNull @Min(1) @Max(600) Integer referralText, @Nullable Boolean archive,
		@Nullable @Size(max = 500) String archiveFolder) {

	static RulesForm of(java.util.List<RetentionRules.Rule> rules, @Nullable String folder) {
		var months = new java.util.EnumMap<RuleKind, Integer>(RuleKind.class);
		boolean archive = false;
		for (var rule : rules) {
			months.put(rule.kind(), rule.months());
			if (rule.kind() == RuleKind.YOUTH_RECORD) {
				archive = rule.archive();
			}
		}
		return new RulesForm(months.get(RuleKind.YOUTH_RECORD), months.get(RuleKind.FIELD_NOTES),
				months.get(RuleKind.GUIDANCE_NOTES), months.get(RuleKind.ACCESS_LOG),
				months.get(RuleKind.REFERRAL_TEXT), archive, folder == null ? "" : folder);
	}

	boolean archives() {
		return Boolean.TRUE.equals(archive);
	}

	java.util.Map<RuleKind, Integer> months() {
		var months = new java.util.EnumMap<RuleKind, Integer>(RuleKind.class);
		months.put(RuleKind.YOUTH_RECORD, youthRecord);
		months.put(RuleKind.FIELD_NOTES, fieldNotes);
		months.put(RuleKind.GUIDANCE_NOTES, guidanceNotes);
		months.put(RuleKind.ACCESS_LOG, accessLog);
		months.put(RuleKind.REFERRAL_TEXT, referralText);
		return months;
	}

}
