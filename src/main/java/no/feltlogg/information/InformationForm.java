package no.feltlogg.information;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/** An information event as typed on the phone; audiences left blank reached nobody. */
record InformationForm(@NotNull @FormYear @Nullable LocalDate date, @NotNull @Nullable InformationKind kind,
		@Nullable UUID schoolId, @Nullable @Size(max = 120) String place, @NotNull @Nullable Boolean led,
		@Nullable @Min(0) @Max(100000) Integer pupils, @Nullable @Min(1) @Max(13) Integer grade,
		@Nullable @Min(0) @Max(100000) Integer parents, @Nullable @Min(0) @Max(100000) Integer staff,
		@Nullable @Min(0) @Max(100000) Integer others, @Nullable List<String> themes, @Nullable List<UUID> workers,
		@Nullable @Size(max = 500) String note, @Nullable Long version) {

	static InformationForm newOne(LocalDate today, UUID worker) {
		return new InformationForm(today, InformationKind.LESSON, null, null, true, null, null, null, null, null,
				List.of(), List.of(worker), null, null);
	}

	static InformationForm of(InformationDetails details, Long version) {
		return new InformationForm(details.date(), details.kind(), details.schoolId(), details.place(),
				details.ledByTeam(), blankIfZero(details.pupils()), details.grade(), blankIfZero(details.parents()),
				blankIfZero(details.staff()), blankIfZero(details.others()), details.themes(), details.workers(),
				details.note(), version);
	}

	/** The details, once the form is valid. */
	InformationDetails details() {
		return new InformationDetails(date, kind, schoolId, place, Boolean.TRUE.equals(led), n(pupils), grade,
				n(parents), n(staff), n(others), themes == null ? List.of() : List.copyOf(themes),
				workers == null ? List.of() : List.copyOf(workers), note);
	}

	int reached() {
		return n(pupils) + n(parents) + n(staff) + n(others);
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

	public boolean hasWorker(UUID id) {
		return workers != null && workers.contains(id);
	}

	private static int n(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

	private static @Nullable Integer blankIfZero(int value) {
		return value == 0 ? null : value;
	}

}
