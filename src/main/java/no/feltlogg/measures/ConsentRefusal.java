package no.feltlogg.measures;

import java.util.List;

/**
 * Why the youth's consent does not allow work on a measure or its report, as a message
 * key with its arguments.
 */
public record ConsentRefusal(String messageKey, List<Object> args) {

	public ConsentRefusal {
		args = List.copyOf(args);
	}

	public Object[] argArray() {
		return args.toArray();
	}

}
