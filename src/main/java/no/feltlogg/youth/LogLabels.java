package no.feltlogg.youth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An access-log row in words: what it is about ({@code audit.subject.<code>}) and its
 * detail with every code named ("SENT → RECEIVED" becomes "Sendt → Mottatt", a level
 * "Gul", a consent's scope, a concern's criterion). An id is never shown: a detail that
 * is one is left out, the row's subject says what it was about.
 */
@Component
class LogLabels {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

	private static final Pattern WORD_CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

	private static final Pattern ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern SEPARATOR = Pattern.compile("( → |, )");

	/**
	 * Where the codes of a subject's detail are named; codes of other subjects are tried
	 * against all of these.
	 */
	private static final Map<String, String> PREFIX_BY_SUBJECT = Map.of("youth.priority", "youth.priority.",
			"referrals.status", "referrals.status.", "referrals.created", "referrals.legalBasis.",
			"youth.consent.given", "youth.consent.scope.", "youth.concern", "youth.concern.", "youth.erased",
			"youth.erase.reason.");

	private static final List<String> PREFIXES = List.of("youth.priority.", "referrals.status.",
			"referrals.legalBasis.", "youth.consent.scope.", "youth.concern.", "youth.erase.reason.", "journal.type.");

	private final MessageSource messages;

	LogLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What the row is about; a subject without a message (none should be) is named by a
	 * general word.
	 */
	String subject(String code, Locale locale) {
		var label = message("audit.subject." + code, locale);
		return label != null ? label : messages.getMessage("audit.subject.unknown", null, locale);
	}

	/** The detail in words, or null when there is none (or only an id). */
	@Nullable String detail(String subject, @Nullable String detail, Locale locale) {
		if (detail == null || detail.isBlank()) {
			return null;
		}
		var words = new StringBuilder();
		var parts = SEPARATOR.splitWithDelimiters(detail, 0);
		for (var part : parts) {
			if (SEPARATOR.matcher(part).matches()) {
				words.append(part);
			}
			else {
				words.append(word(subject, part.strip(), locale));
			}
		}
		var text = words.toString().replaceAll("^(, | → )+|(, | → )+$", "").strip();
		return text.isEmpty() ? null : text;
	}

	String action(no.feltlogg.audit.Access action, Locale locale) {
		return messages.getMessage("audit.action." + action, null, locale);
	}

	/** A list view's row names no single youth: it says how many the list showed. */
	String listed(int youths, Locale locale) {
		return messages.getMessage("audit.listed", new Object[] { youths }, locale);
	}

	private String word(String subject, String part, Locale locale) {
		if (ID.matcher(part).matches()) {
			return "";
		}
		if (CODE.matcher(part).matches()) {
			var own = PREFIX_BY_SUBJECT.get(subject);
			if (own != null && message(own + part, locale) != null) {
				return message(own + part, locale);
			}
			for (var prefix : PREFIXES) {
				var label = message(prefix + part, locale);
				if (label != null) {
					return label;
				}
			}
			return part;
		}
		if (WORD_CODE.matcher(part).matches()) {
			var label = message("audit.detail." + part, locale);
			return label != null ? label : part;
		}
		return part;
	}

	private @Nullable String message(String key, Locale locale) {
		return messages.getMessage(key, null, null, locale);
	}

}
