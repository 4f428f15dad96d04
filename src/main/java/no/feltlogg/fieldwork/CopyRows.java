package no.feltlogg.fieldwork;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into PostgreSQL's {@code COPY ... FROM STDIN} in its text format, a
 * buffer at a time, so that memory stays flat however many rows are sent.
 */
final class CopyRows {

	private static final int FLUSH_AT = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

	private boolean firstField = true;

	private long rows;

	CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	CopyRows text(@Nullable String value) {
		separate();
		if (value == null) {
			buffer.append("\\N");
		}
		else {
			escape(value);
		}
		return this;
	}

	CopyRows number(long value) {
		separate();
		buffer.append(value);
		return this;
	}

	/** A {@code text[]} value; elements are quoted, so any text is safe. */
	CopyRows array(List<String> values) {
		separate();
		buffer.append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				buffer.append(',');
			}
			var quoted = "\"" + values.get(i).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
			escape(quoted);
		}
		buffer.append('}');
		return this;
	}

	void endRow() throws SQLException {
		buffer.append('\n');
		firstField = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	/**
	 * Sends what is left and ends the COPY; returns the number of rows PostgreSQL took.
	 */
	long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	long rows() {
		return rows;
	}

	private void flush() throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private void separate() {
		if (!firstField) {
			buffer.append('\t');
		}
		firstField = false;
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

}
