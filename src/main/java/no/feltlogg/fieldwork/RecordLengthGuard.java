package no.feltlogg.fieldwork;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a CSV file whose record grows past a limit, as an unterminated quote
 * makes one field swallow the rest of the file: the parser would otherwise hold all of it
 * in memory. Quotes are counted in pairs, as RFC 4180 escapes a quote by doubling it, so
 * a line break inside quotes does not end the record.
 */
final class RecordLengthGuard extends FilterReader {

	/** Thrown when a record is longer than the limit. */
	static final class RecordTooLong extends IOException {

		private static final long serialVersionUID = 1L;

		RecordTooLong(int limit) {
			super("A CSV record is longer than " + limit + " characters");
		}

	}

	private final int limit;

	private boolean inQuotes;

	private int length;

	private boolean tripped;

	RecordLengthGuard(Reader in, int limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		var one = new char[1];
		int read = read(one, 0, 1);
		return read < 0 ? -1 : one[0];
	}

	/**
	 * Hands on the characters before the one that passes the limit; the next read throws.
	 */
	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (tripped) {
			throw new RecordTooLong(limit);
		}
		int read = super.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			if (!fits(buffer[i])) {
				tripped = true;
				if (i == offset) {
					throw new RecordTooLong(limit);
				}
				return i - offset;
			}
		}
		return read;
	}

	private boolean fits(char c) {
		if (c == '"') {
			inQuotes = !inQuotes;
		}
		else if (c == '\n' && !inQuotes) {
			this.length = 0;
			return true;
		}
		return ++this.length <= limit;
	}

}
