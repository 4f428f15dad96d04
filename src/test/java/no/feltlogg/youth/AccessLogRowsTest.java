package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import no.feltlogg.audit.Access;
import no.feltlogg.shared.Role;

/**
 * The access log as a leader reads it, without a database: repeated views grouped, every
 * code in words.
 */
class AccessLogRowsTest {

	static final Instant NINE = Instant.parse("2026-12-05T20:00:00Z");

	final UUID kari = UUID.randomUUID();

	final UUID ola = UUID.randomUUID();

	final UUID youth = UUID.randomUUID();

	@Test
	void eightViewsOfTheSamePageInTwoMinutesAreOneLine() {
		var rows = new ArrayList<LogRow>();
		for (int i = 7; i >= 0; i--) {
			rows.add(read(kari, youth, "youth.record", NINE.plusSeconds(i * 15L)));
		}
		var lines = AccessLogRows.grouped(rows);
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.views()).isEqualTo(8);
			assertThat(line.firstAt()).isEqualTo(NINE);
			assertThat(line.at()).isEqualTo(NINE.plusSeconds(105));
		});
	}

	@Test
	void anotherPersonYouthOrSubjectAChangeOrALongPauseIsALineOfItsOwn() {
		var rows = List.of(read(kari, youth, "youth.record", NINE.plusSeconds(1800)),
				read(kari, youth, "youth.record", NINE.plusSeconds(300)),
				new LogRow(NINE.plusSeconds(200), NINE.plusSeconds(200), 1, kari, "kari", Role.WORKER, youth, List.of(),
						Access.CHANGE, "youth.priority", "YELLOW → RED", null, true),
				read(ola, youth, "youth.record", NINE.plusSeconds(120)),
				read(kari, UUID.randomUUID(), "youth.record", NINE.plusSeconds(90)),
				read(kari, youth, "youth.details", NINE.plusSeconds(60)), read(kari, youth, "youth.record", NINE));
		var lines = AccessLogRows.grouped(rows);
		assertThat(lines).extracting(LogRow::views).containsExactly(1, 2, 1, 1, 1, 1);
		assertThat(lines.get(1).firstAt()).isEqualTo(NINE);
		assertThat(lines.get(1).at()).isEqualTo(NINE.plusSeconds(300));
	}

	@Test
	void everyCodeOfADetailIsNamedInNorwegianAndNoIdIsShown() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var labels = new LogLabels(messages);
		var nb = Locale.forLanguageTag("nb");
		assertThat(labels.detail("referrals.status", "SENT → RECEIVED", nb)).isEqualTo("Sendt → Mottatt");
		assertThat(labels.detail("youth.priority", "– → RED", nb)).isEqualTo("– → Rød");
		assertThat(labels.detail("youth.consent.given", "SHARING", nb)).isEqualTo("Dele opplysninger med en tjeneste");
		assertThat(labels.detail("referrals.created", "NAV Drammen, DUTY_TO_AVERT", nb))
			.isEqualTo("NAV Drammen, Avvergeplikt");
		assertThat(labels.detail("youth.details", "closed", nb)).isEqualTo("Journalen avsluttet");
		assertThat(labels.detail("journal.entry", UUID.randomUUID().toString(), nb)).isNull();
		assertThat(labels.detail("groups.joined", "Fotball, 05.12.2026", nb)).isEqualTo("Fotball, 05.12.2026");
		assertThat(labels.subject("youth.list.teamLog", nb)).isEqualTo("Liste: teamets tilgangslogg");
		assertThat(labels.subject("no.such.code", nb)).isEqualTo("Annet");
		assertThat(labels.listed(1, nb)).isEqualTo("En liste med 1 ungdom");
		assertThat(labels.listed(3, nb)).isEqualTo("En liste med 3 ungdommer");
	}

	@Test
	void everySubjectOfTheYouthModuleHasItsWordsInBothLanguages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (var subject : Subjects.values()) {
			for (var locale : List.of(Locale.forLanguageTag("nb"), Locale.ENGLISH)) {
				assertThat(messages.getMessage("audit.subject." + subject.code(), null, null, locale))
					.as(subject + " in " + locale)
					.isNotBlank();
			}
		}
	}

	private LogRow read(UUID who, UUID about, String subject, Instant at) {
		return new LogRow(at, at, 1, who, "user", Role.WORKER, about, List.of(), Access.READ, subject, null, null,
				true);
	}

}
