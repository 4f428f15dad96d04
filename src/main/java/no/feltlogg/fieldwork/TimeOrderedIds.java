package no.feltlogg.fieldwork;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for the encounters of one import in the layout of a version 7 UUID (RFC 9562): the import's start in
 * milliseconds, then a counter that starts at a random point. They are unique and ascending within the import, so a
 * million new rows land next to each other in the primary-key indexes instead of all over them.
 */
final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final long high;

	private long low;

	TimeOrderedIds() {
		this(System.currentTimeMillis(), RANDOM.nextLong());
	}

	TimeOrderedIds(long millis, long start) {
		// 48 bits of time, version 7, then 12 random bits; the low half keeps the variant bits 10 and counts on.
		this.high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (start >>> 52) & 0x0FFFL;
		this.low = start & 0x0000_FFFF_FFFF_FFFFL;
	}

	UUID next() {
		return new UUID(high, 0x8000_0000_0000_0000L | low++);
	}

}
