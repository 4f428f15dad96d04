package no.feltlogg.youth;

import java.util.List;
import java.util.Map;

/**
 * A part of everything stored about a youth, for an access request (innsyn): a name such
 * as {@code journal} and its records, each an ordered map from field name to value (text,
 * number, date or list). Field names are looked up as {@code youth.export.field.<name>}
 * for the PDF.
 */
public record ExportSection(String name, List<Map<String, Object>> records) {

	public ExportSection {
		records = List.copyOf(records);
	}

}
