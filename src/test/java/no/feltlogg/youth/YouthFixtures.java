package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;
import no.feltlogg.support.AsUser;

/** Registers youths for tests through the public service, as a signed-in worker would. */
public final class YouthFixtures {

	private YouthFixtures() {
	}

	public static UUID register(YouthRecords records, CurrentUser worker, String name, Birth birth) {
		return register(records, worker, name, birth, false);
	}

	public static UUID register(YouthRecords records, CurrentUser worker, String name, Birth birth,
			boolean restricted) {
		var details = new YouthDetails(name, birth, Gender.GIRL, null, null, null, Set.of(worker.accountId()),
				restricted);
		return AsUser.call(worker, () -> records.register(worker, details,
				NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, LocalDate.now(Oslo.ZONE).minusDays(1))));
	}

}
