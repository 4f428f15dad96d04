package no.feltlogg.youth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line in a youth's timeline. {@code kindKey} is a message key naming what happened
 * ({@code journal.type.NOTE}); {@code titleKey} with {@code titleArgs} is the line
 * itself, {@code text} an optional plain excerpt, {@code statusKey} an optional mark such
 * as draft or withdrawn, and {@code url} the page that shows it.
 */
public record TimelineItem(LocalDate date, Instant recordedAt, String kindKey, String titleKey, List<Object> titleArgs,
		@Nullable String text, @Nullable String statusKey, @Nullable String url) {

	public TimelineItem {
		titleArgs = List.copyOf(titleArgs);
	}

}
