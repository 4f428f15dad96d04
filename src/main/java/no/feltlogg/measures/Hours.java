package no.feltlogg.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Hours as typed and shown: with a decimal comma or point, to one decimal ("1,5"). */
@org.springframework.stereotype.Component("measureHours")
public final class Hours {

	Hours() {
	}

	/**
	 * The hours typed, when they are a number with at most one decimal between the bounds
	 * (exclusive of 0).
	 */
	static Optional<BigDecimal> parse(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var normal = text.trim().replace(',', '.');
		if (!normal.matches("\\d{1,2}(\\.\\d)?")) {
			return Optional.empty();
		}
		var hours = new BigDecimal(normal);
		if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(max)) > 0) {
			return Optional.empty();
		}
		return Optional.of(hours);
	}

	public static String format(@Nullable BigDecimal hours) {
		if (hours == null) {
			return "";
		}
		var scaled = hours.setScale(1, RoundingMode.HALF_UP);
		return (scaled.stripTrailingZeros().scale() <= 0 ? scaled.setScale(0, RoundingMode.HALF_UP).toPlainString()
				: scaled.toPlainString())
			.replace('.', ',');
	}

}
