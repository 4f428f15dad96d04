package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

	@Test
	void idsAreVersionSevenAscendingAndDistinct() {
		var ids = new TimeOrderedIds(1_763_769_600_000L, -1L);
		var made = new ArrayList<UUID>();
		for (int i = 0; i < 1000; i++) {
			made.add(ids.next());
		}
		assertThat(made).doesNotHaveDuplicates().isSorted().allSatisfy(id -> {
			assertThat(id.version()).isEqualTo(7);
			assertThat(id.variant()).isEqualTo(2);
		});
		assertThat(made.getFirst().getMostSignificantBits() >>> 16).as("the import's start in milliseconds")
			.isEqualTo(1_763_769_600_000L);
	}

}
