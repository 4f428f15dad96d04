package no.feltlogg.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * Anonymous guidance (advice about where to get help, to a youth who stays anonymous) and
 * guidance to parents: logged in a few taps, counted, never tied to a name. Workers and
 * leaders, within their team.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Guidance {

	private final AnonymousGuidanceRepository anonymous;

	private final ParentGuidanceRepository parents;

	private final Catalog catalog;

	private final Clock clock;

	Guidance(AnonymousGuidanceRepository anonymous, ParentGuidanceRepository parents, Catalog catalog, Clock clock) {
		this.anonymous = anonymous;
		this.parents = parents;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Records advice to an anonymous youth about a service of the team's directory.
	 * @throws IllegalArgumentException when the note could identify someone
	 */
	public UUID recordAnonymous(CurrentUser user, UUID serviceId, List<String> themes, LocalDate on,
			@Nullable String note) {
		var service = catalog.service(user.requireTeamId(), serviceId)
			.orElseThrow(() -> new NotFoundException("Service"));
		return anonymous
			.save(new AnonymousGuidance(user.requireTeamId(), service, themes, on, note, user.accountId(),
					Instant.now(clock)))
			.getId();
	}

	/**
	 * Records guidance to parents.
	 * @throws IllegalArgumentException when the note could identify someone
	 */
	public UUID recordForParents(CurrentUser user, ParentChannel channel, List<String> themes, LocalDate on,
			@Nullable String note) {
		return parents
			.save(new ParentGuidance(user.requireTeamId(), channel, themes, on, note, user.accountId(),
					Instant.now(clock)))
			.getId();
	}

	/** The team's latest anonymous guidance. */
	@Transactional(readOnly = true)
	public List<AnonymousGuidance> latestAnonymous(CurrentUser user) {
		return anonymous.findTop100ByTeamIdOrderByGuidedOnDescRecordedAtDesc(user.requireTeamId());
	}

	/** The team's latest guidance to parents. */
	@Transactional(readOnly = true)
	public List<ParentGuidance> latestForParents(CurrentUser user) {
		return parents.findTop100ByTeamIdOrderByGuidedOnDescRecordedAtDesc(user.requireTeamId());
	}

}
