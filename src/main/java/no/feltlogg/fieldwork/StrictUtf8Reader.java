package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file as UTF-8 and stops at the first byte sequence that is not UTF-8, naming
 * its line. An {@link java.io.InputStreamReader} would put a replacement character in its
 * place and let a name in Latin-1 or Windows-1252 ({@code Tåsen} saved by an old
 * spreadsheet) be stored garbled; and since it decodes ahead of the CSV parser, it could
 * not tell on which line the bad byte was. Every character before the bad byte is handed
 * on first.
 */
final class StrictUtf8Reader extends Reader {

	/** Thrown at the first byte sequence that is not UTF-8. */
	static final class NotUtf8 extends IOException {

		private static final long serialVersionUID = 1L;

		private final long line;

		NotUtf8(long line) {
			super("Line " + line + " is not UTF-8");
			this.line = line;
		}

		/** The line of the file (counted from 1, by line breaks) the bad byte is on. */
		long line() {
			return line;
		}

	}

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();

	private boolean endOfInput;

	private boolean flushed;

	/** Line breaks decoded so far. */
	private long lineBreaks;

	private NotUtf8 failure;

	StrictUtf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (failure != null) {
			throw failure;
		}
		var out = CharBuffer.wrap(buffer, offset, length);
		while (true) {
			var result = decoder.decode(bytes, out, endOfInput);
			if (result.isError()) {
				failure = new NotUtf8(lineBreaks + countLineBreaks(buffer, offset, out.position() - offset) + 1);
			}
			else if (result.isUnderflow() && !endOfInput && out.position() == offset) {
				fill();
				continue;
			}
			else if (result.isUnderflow() && endOfInput && !flushed) {
				decoder.flush(out);
				flushed = true;
			}
			break;
		}
		int read = out.position() - offset;
		lineBreaks += countLineBreaks(buffer, offset, read);
		if (read == 0) {
			if (failure != null) {
				throw failure;
			}
			return -1;
		}
		return read;
	}

	private void fill() throws IOException {
		bytes.compact();
		int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
		if (read < 0) {
			endOfInput = true;
		}
		else {
			bytes.position(bytes.position() + read);
		}
		bytes.flip();
	}

	private static long countLineBreaks(char[] buffer, int offset, int length) {
		long count = 0;
		for (int i = offset; i < offset + length; i++) {
			if (buffer[i] == '\n') {
				count++;
			}
		}
		return count;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
