package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

	@Test
	void readsNorwegianLettersWhereverTheyFallAgainstTheBuffer() throws IOException {
		var line = "Tåsen,Ørje,Ærfuglen,✓\n";
		var text = line.repeat(20_000); // about 540 kB: letters of two and three bytes
										// cross every 64 kB boundary
		assertThat(readAll(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
	}

	@Test
	void namesTheLineOfTheFirstByteThatIsNotUtf8() {
		var file = new ByteArrayOutputStream();
		file.writeBytes("første linje\n".repeat(9_999).getBytes(StandardCharsets.UTF_8));
		file.writeBytes(new byte[] { 'T', (byte) 0xE5, 's', 'e', 'n', '\n' });
		file.writeBytes("etter\n".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> readAll(file.toByteArray())).isInstanceOfSatisfying(StrictUtf8Reader.NotUtf8.class,
				notUtf8 -> assertThat(notUtf8.line()).isEqualTo(10_000));
	}

	@Test
	void aFileThatEndsInTheMiddleOfALetterIsRefused() {
		var bytes = "Tå".getBytes(StandardCharsets.UTF_8);
		var cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
		assertThatThrownBy(() -> readAll(cut)).isInstanceOf(StrictUtf8Reader.NotUtf8.class);
	}

	private static String readAll(byte[] bytes) throws IOException {
		var out = new StringWriter();
		try (var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
			var buffer = new char[1000];
			for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
				out.write(buffer, 0, n);
			}
		}
		return out.toString();
	}

}
