package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.feltlogg.shared.CurrentUser;

/**
 * Checked import files waiting for confirmation, in PostgreSQL (tables
 * {@code pending_import} and {@code pending_import_chunk}), so that the check and the
 * confirmation may be served by different instances. A file is written and read in chunks
 * of {@value #CHUNK_BYTES} bytes, never whole in the heap. Each leader has at most one: a
 * new check, opening the page, cancelling and confirming remove it, and
 * {@link #cleanUp()} removes those of accounts that have no session left.
 */
@Component
class PendingImports {

	static final int CHUNK_BYTES = 1 << 20;

	static final String CLEANUP_LOCK = "pending-import-cleanup";

	private static final Logger log = LoggerFactory.getLogger(PendingImports.class);

	private final JdbcTemplate jdbc;

	/**
	 * Reads the chunks a few at a time (a fetch size works inside a transaction) instead
	 * of the whole result.
	 */
	private final JdbcTemplate chunkReader;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration sessionTimeout;

	PendingImports(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.chunkReader = new JdbcTemplate(dataSource);
		this.chunkReader.setFetchSize(2);
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.sessionTimeout = sessionTimeout;
	}

	/** Keeps a checked file for the leader, in place of any she had waiting. */
	PendingImport save(CurrentUser leader, String fileName, InputStream content) {
		var pending = new PendingImport(UUID.randomUUID(), fileName);
		transactions.executeWithoutResult(status -> {
			discard(leader);
			jdbc.update(
					"insert into pending_import (token, team_id, account_id, principal_name, file_name, size_bytes,"
							+ " created_at) values (?, ?, ?, ?, ?, 0, ?)",
					pending.token(), leader.requireTeamId(), leader.accountId(), leader.getUsername(), fileName, now());
			long size = 0;
			var buffer = new byte[CHUNK_BYTES];
			try {
				for (int seq = 0;; seq++) {
					int read = content.readNBytes(buffer, 0, CHUNK_BYTES);
					if (read == 0) {
						break;
					}
					var chunk = read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read);
					jdbc.update("insert into pending_import_chunk (token, seq, data) values (?, ?, ?)", pending.token(),
							seq, chunk);
					size += read;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the checked import file", ex);
			}
			jdbc.update("update pending_import set size_bytes = ? where token = ?", size, pending.token());
		});
		return pending;
	}

	/**
	 * Takes the leader's waiting file with this token: copies it to {@code target} and
	 * removes it from the database, so that it is imported once even if two confirmations
	 * arrive at once. Empty if she has no such file waiting.
	 */
	Optional<PendingImport> take(CurrentUser leader, UUID token, Path target) {
		return Optional.ofNullable(transactions.execute(status -> {
			var fileName = jdbc.query(
					"select file_name from pending_import where token = ? and team_id = ?"
							+ " and account_id = ? for update",
					(row, i) -> row.getString(1), token, leader.requireTeamId(), leader.accountId());
			if (fileName.isEmpty()) {
				return null;
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				chunkReader.query("select data from pending_import_chunk where token = ? order by seq", row -> {
					try {
						out.write(row.getBytes(1));
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Could not write the import file to " + target, ex);
					}
				}, token);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write the import file to " + target, ex);
			}
			jdbc.update("delete from pending_import where token = ?", token);
			return new PendingImport(token, fileName.getFirst());
		}));
	}

	/** Removes the leader's waiting file, if any. */
	void discard(CurrentUser leader) {
		jdbc.update("delete from pending_import where account_id = ?", leader.accountId());
	}

	/**
	 * Removes the waiting files whose session could no longer exist: older than the
	 * session time-out, and of an account with no unexpired session (Spring Session's
	 * table {@code spring_session}). Runs on one instance at a time; empty when another
	 * instance held the lock, else the number of files removed.
	 */
	@Scheduled(cron = "${feltlogg.pending-imports.cleanup-cron:0 */10 * * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = CLEANUP_LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
	public Optional<Integer> cleanUp() {
		var now = clock.instant();
		int removed = jdbc.update("delete from pending_import p where p.created_at < ? and not exists"
				+ " (select 1 from spring_session s where s.principal_name = p.principal_name and s.expiry_time >= ?)",
				OffsetDateTime.ofInstant(now.minus(sessionTimeout), ZoneOffset.UTC), now.toEpochMilli());
		if (removed > 0) {
			log.info("Removed {} checked import files whose session has ended", removed);
		}
		return Optional.of(removed);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
