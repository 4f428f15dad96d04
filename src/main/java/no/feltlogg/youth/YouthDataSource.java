package no.feltlogg.youth;

import java.util.UUID;

/**
 * Another module's part of what is stored about a youth, for the export of everything at
 * an access request. Called only after the youth module has checked and logged the
 * leader's access.
 */
public interface YouthDataSource {

	ExportSection export(UUID teamId, UUID youthId);

}
