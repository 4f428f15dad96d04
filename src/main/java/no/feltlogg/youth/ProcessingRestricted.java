package no.feltlogg.youth;

import java.util.UUID;

/**
 * A record whose processing is restricted (the youth objects, GDPR art. 18) was opened by
 * someone other than the team's leader. The web layer answers 403 with a page that says
 * the record is restricted, and nothing more. It is a kind of {@link NeedToKnowRequired},
 * so that pages of other modules that show a screened youth as "restricted" instead of
 * failing (a group's participants, an encounter's youths) do the same here; unlike that,
 * no reason opens it.
 */
public class ProcessingRestricted extends NeedToKnowRequired {

	public ProcessingRestricted(UUID youthId) {
		super(youthId);
	}

}
