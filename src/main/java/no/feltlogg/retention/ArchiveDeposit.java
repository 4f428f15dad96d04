package no.feltlogg.retention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import no.feltlogg.shared.DateFormats;

/**
 * The archive package of one youth, written before the record is anonymised:
 * {@code <id>.pdf}, a PDF/A-1b with the record, its consents, journal and referrals as
 * they stand, and {@code <id>.json}, the metadata an archive takes in (what, whose, which
 * period, the PDF's checksum). Both are written to a temporary name and moved into place,
 * so a package is either whole or absent. A folder on the server (a mounted share will
 * do); S3 is not built (ADR 0034).
 */
@Component
class ArchiveDeposit {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	ArchiveDeposit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes the package into the folder; returns the file name without extension. Throws
	 * when it cannot.
	 */
	String deposit(Path folder, UUID youthId) throws IOException {
		Files.createDirectories(folder);
		if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
			throw new IOException("The archive folder is not writable");
		}
		var record = jdbc.sql("""
				select y.name, y.birth_date, y.birth_year, y.gender, y.registered_at, y.closed_on, t.name as team,
				       m.name as municipality
				  from youth y join team t on t.id = y.team_id join municipality m on m.id = t.municipality_id
				 where y.id = ?""").param(youthId).query((rs, n) -> {
			var map = new LinkedHashMap<String, Object>();
			map.put("name", rs.getString("name"));
			map.put("birthDate", rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate());
			map.put("birthYear", rs.getInt("birth_year"));
			map.put("gender", rs.getString("gender"));
			map.put("registeredAt", rs.getTimestamp("registered_at").toInstant());
			map.put("closedOn", rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate());
			map.put("team", rs.getString("team"));
			map.put("municipality", rs.getString("municipality"));
			return map;
		}).single();
		var lines = new ArrayList<String>();
		lines.add("Navn: " + record.get("name"));
		lines.add("Født: " + (record.get("birthDate") instanceof LocalDate d ? DateFormats.DATE.format(d)
				: String.valueOf(record.get("birthYear"))));
		lines.add("Kjønn: " + record.get("gender"));
		lines.add("Team: " + record.get("team") + ", " + record.get("municipality"));
		lines.add("Oppfølgingen avsluttet: "
				+ (record.get("closedOn") instanceof LocalDate d ? DateFormats.DATE.format(d) : "-"));
		lines.add("");
		lines.add("Samtykker");
		jdbc.sql(
				"select scope, given_by, form, given_on, withdrawn_on, note from consent where youth_id = ? order by given_on")
			.param(youthId)
			.query((rs, n) -> rs.getString("scope") + ", " + rs.getString("given_by") + ", " + rs.getString("form")
					+ ", gitt " + DateFormats.DATE.format(rs.getDate("given_on").toLocalDate())
					+ (rs.getDate("withdrawn_on") == null ? ""
							: ", trukket " + DateFormats.DATE.format(rs.getDate("withdrawn_on").toLocalDate()))
					+ (rs.getString("note") == null ? "" : ": " + rs.getString("note")))
			.list()
			.forEach(lines::add);
		lines.add("");
		lines.add("Journal");
		var entries = jdbc.sql("""
				select occurred_on, type, status, text from journal_entry
				 where youth_id = ? order by occurred_on, created_at""")
			.param(youthId)
			.query((rs, n) -> DateFormats.DATE.format(rs.getDate("occurred_on").toLocalDate()) + " "
					+ rs.getString("type") + " (" + rs.getString("status") + ")\n"
					+ (rs.getString("text") == null ? "" : rs.getString("text")))
			.list();
		entries.forEach(entry -> {
			lines.add(entry);
			lines.add("");
		});
		lines.add("Videreformidlinger");
		jdbc.sql("""
				select referred_on, service_name, status, legal_basis, reason, shared_information from referral
				 where youth_id = ? order by referred_on""")
			.param(youthId)
			.query((rs, n) -> DateFormats.DATE.format(rs.getDate("referred_on").toLocalDate()) + " "
					+ rs.getString("service_name") + " (" + rs.getString("status") + ", " + rs.getString("legal_basis")
					+ ")\nGrunn: " + rs.getString("reason") + "\nDelt: " + rs.getString("shared_information"))
			.list()
			.forEach(lines::add);

		var name = youthId.toString();
		var pdf = ArchivePdf.write("Journal for registrert ungdom – arkivuttrekk", lines);
		var metadata = new LinkedHashMap<String, Object>();
		metadata.put("id", name);
		metadata.put("kind", "registered-youth-record");
		metadata.put("municipality", record.get("municipality"));
		metadata.put("team", record.get("team"));
		metadata.put("name", record.get("name"));
		metadata.put("birthYear", record.get("birthYear"));
		metadata.put("registeredAt", String.valueOf(record.get("registeredAt")));
		metadata.put("closedOn", String.valueOf(record.get("closedOn")));
		metadata.put("journalEntries", entries.size());
		metadata.put("file", name + ".pdf");
		metadata.put("format", "PDF/A-1b");
		metadata.put("sha256", sha256(pdf));
		metadata.put("depositedAt", clock.instant().toString());
		write(folder, name + ".pdf", pdf);
		write(folder, name + ".json",
				json.writerWithDefaultPrettyPrinter().writeValueAsString(metadata).getBytes(StandardCharsets.UTF_8));
		return name;
	}

	private static void write(Path folder, String file, byte[] bytes) throws IOException {
		var temporary = folder.resolve(file + ".part");
		Files.write(temporary, bytes);
		Files.move(temporary, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
