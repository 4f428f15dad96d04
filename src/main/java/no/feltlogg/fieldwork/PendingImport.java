package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

/**
 * A checked CSV file waiting for the leader's confirmation: a temporary file readable only by the application,
 * bound to her session. It is deleted when confirmed, cancelled or replaced, and when the session ends (sign-out or
 * time-out), so the leader need not upload the file again to confirm, and nothing is left behind.
 */
final class PendingImport implements HttpSessionBindingListener, Serializable {

	static final String SESSION_KEY = PendingImport.class.getName();

	private static final long serialVersionUID = 1L;

	private final String token;

	private final String file;

	private final String fileName;

	PendingImport(String token, Path file, String fileName) {
		this.token = token;
		this.file = file.toString();
		this.fileName = fileName;
	}

	String token() {
		return token;
	}

	Path file() {
		return Path.of(file);
	}

	String fileName() {
		return fileName;
	}

	@Override
	public void valueUnbound(HttpSessionBindingEvent event) {
		delete();
	}

	void delete() {
		try {
			Files.deleteIfExists(file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the pending import file " + file, ex);
		}
	}

}
