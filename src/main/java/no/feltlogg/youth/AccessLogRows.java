package no.feltlogg.youth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeated views grouped: rows of the log, newest first, where the same person looked at
 * the same thing (same youth, same subject and detail, same outcome) again within
 * {@link #WINDOW} of her previous look are shown as one line with the number of views and
 * the time from first to last. Changes and refusals of something else are never folded
 * in; a view by someone else in between does not split a group.
 */
final class AccessLogRows {

	/** Views closer together than this are one visit. */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private AccessLogRows() {
	}

	/**
	 * The rows, newest first, with repeated views grouped; the order of the newest view
	 * of each group is kept.
	 */
	static List<LogRow> grouped(List<LogRow> newestFirst) {
		var lines = new ArrayList<LogRow>();
		for (var row : newestFirst) {
			int open = -1;
			for (int i = lines.size() - 1; i >= 0; i--) {
				var line = lines.get(i);
				if (line.sameViewAs(row) && Duration.between(row.at(), line.firstAt()).compareTo(WINDOW) <= 0) {
					open = i;
					break;
				}
			}
			if (open >= 0) {
				lines.set(open, lines.get(open).withEarlierView(row.at()));
			}
			else {
				lines.add(row);
			}
		}
		return lines;
	}

}
