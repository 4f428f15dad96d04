package no.feltlogg.fieldwork;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;

/**
 * The field-work module's public service for other modules' pages: the worker's open
 * shift and its tally so far.
 */
@Service
@Transactional(readOnly = true)
public class Fieldwork {

	private final Shifts shifts;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	Fieldwork(Shifts shifts, Catalog catalog, JdbcClient jdbc) {
		this.shifts = shifts;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	/** A shift in progress, as the worker's home page shows it. */
	public record OpenShift(UUID id, Instant startedAt, String arena, List<String> areas, int encounters, int youths) {
	}

	public Optional<OpenShift> openShift(CurrentUser worker) {
		return shifts.open(worker).map(shift -> {
			var team = worker.requireTeamId();
			var counts = jdbc
				.sql("select count(*), coalesce(sum(total), 0) from encounter where team_id = ? and shift_id = ?")
				.params(team, shift.getId())
				.query((rs, i) -> new int[] { rs.getInt(1), rs.getInt(2) })
				.single();
			var areas = shift.getAreas()
				.stream()
				.map(a -> catalog.find(team, a).map(CodeItem::label).orElse(""))
				.sorted()
				.toList();
			var arena = catalog.byCode(team, CodeKind.ARENA, shift.getArenaCode())
				.map(CodeItem::label)
				.orElse(shift.getArenaCode());
			return new OpenShift(shift.getId(), shift.getStartedAt(), arena, areas, counts[0], counts[1]);
		});
	}

}
