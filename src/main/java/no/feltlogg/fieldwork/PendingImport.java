package no.feltlogg.fieldwork;

import java.util.UUID;

/**
 * A checked CSV file waiting for the leader's confirmation, kept in the database by
 * {@link PendingImports}; the page carries only its token.
 */
record PendingImport(UUID token, String fileName) {

}
