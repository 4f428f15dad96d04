package no.feltlogg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifyingTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "fnr 01020312345 sa han|anonymous.text.nationalId", "010203 12345|anonymous.text.nationalId",
					"skriv til ola.nordmann@example.no|anonymous.text.email", "ring 912 34 567|anonymous.text.phone",
					"tlf 91234567|anonymous.text.phone", "+47 91 23 45 67 i kveld|anonymous.text.phone",
					"0047 912 34 567|anonymous.text.phone" })
	void identifyingTextIsRefusedWithItsReason(String text, String expectedKey) {
		assertThat(IdentifyingText.problem(text)).contains(expectedKey);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Gruppe på 6 ved stasjonen, rolig stemning", "Snakket om skole og fravær kl 23.30",
			"Ca. 20-30 ungdommer på stranda 17. mai", "Tre av dem 15 år, to 16", "" })
	void ordinaryNotesPass(String text) {
		assertThat(IdentifyingText.problem(text)).isEmpty();
	}

}
