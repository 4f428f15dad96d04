package no.feltlogg.catalog;

import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.NotFoundException;

/**
 * What a leader changes in the team's code lists and service directory. Codes are
 * retired, never deleted.
 */
@Service
@Transactional
@PreAuthorize("hasRole('LEADER')")
class CodeListAdministration {

	private final Catalog catalog;

	private final CodeRepository codes;

	private final ServiceRepository services;

	CodeListAdministration(Catalog catalog, CodeRepository codes, ServiceRepository services) {
		this.catalog = catalog;
		this.codes = codes;
		this.services = services;
	}

	@Transactional(readOnly = true)
	public Code code(UUID teamId, UUID id) {
		return codes.findByIdAndTeamId(id, teamId).orElseThrow(() -> new NotFoundException("Code"));
	}

	/**
	 * Whether another code has the label; a place's label needs only be free in its own
	 * area (ADR 0038).
	 */
	@Transactional(readOnly = true)
	public boolean labelTaken(UUID teamId, CodeKind kind, String label, UUID except,
			@org.jspecify.annotations.Nullable UUID areaId) {
		if (kind == CodeKind.PLACE) {
			var area = areaId != null ? areaId
					: codes.findByIdAndTeamId(except, teamId).map(c -> c.toItem().areaId()).orElse(null);
			return area != null && codes.findPlaceInArea(teamId, area, label.trim())
				.filter(c -> !c.getId().equals(except))
				.isPresent();
		}
		return codes.findByLabel(teamId, kind, label.trim()).filter(c -> !c.getId().equals(except)).isPresent();
	}

	public UUID add(UUID teamId, CodeKind kind, CodeForm form) {
		var code = catalog.add(teamId, kind, form.label(), kind == CodeKind.PLACE ? form.areaId() : null,
				kind == CodeKind.SCHOOL ? form.schoolLevel() : null);
		applyNumbers(code, form);
		return code.getId();
	}

	public CodeKind update(UUID teamId, UUID id, CodeForm form) {
		var code = code(teamId, id);
		checkVersion(code.getVersion(), form.version());
		code.relabel(form.label().trim());
		applyNumbers(code, form);
		return code.getKind();
	}

	public CodeKind setRetired(UUID teamId, UUID id, boolean retired) {
		var code = code(teamId, id);
		if (retired) {
			code.retire();
		}
		else {
			code.reinstate();
		}
		return code.getKind();
	}

	@Transactional(readOnly = true)
	public ServiceEntry service(UUID teamId, UUID id) {
		return services.findByIdAndTeamId(id, teamId).orElseThrow(() -> new NotFoundException("Service"));
	}

	@Transactional(readOnly = true)
	public boolean serviceNameTaken(UUID teamId, String name, UUID except) {
		return services.findByTeamIdOrderByName(teamId)
			.stream()
			.anyMatch(s -> !s.getId().equals(except) && s.toInfo().name().equalsIgnoreCase(name.trim()));
	}

	public UUID addService(UUID teamId, ServiceForm form) {
		return catalog
			.addService(teamId, form.name(), form.kind(), form.responsibleUnit(), form.contact(), form.phone(),
					form.webAddress(), form.minAge(), form.maxAge())
			.id();
	}

	public void updateService(UUID teamId, UUID id, ServiceForm form) {
		var service = service(teamId, id);
		checkVersion(service.getVersion(), form.version());
		service.describe(form.name().trim(), form.kind(), form.responsibleUnit(), form.contact(), form.phone(),
				form.webAddress(), form.minAge(), form.maxAge());
	}

	public void setServiceRetired(UUID teamId, UUID id, boolean retired) {
		var service = service(teamId, id);
		if (retired) {
			service.retire();
		}
		else {
			service.reinstate();
		}
	}

	private static void applyNumbers(Code code, CodeForm form) {
		if (code.getKind() == CodeKind.AGE_BAND) {
			code.ages(form.minAge(), form.maxAge());
		}
		if (code.getKind() == CodeKind.TIME_OF_DAY && form.startHour() != null && form.endHour() != null) {
			code.hours(form.startHour(), form.endHour());
		}
		if (code.getKind() == CodeKind.ARENA) {
			code.online(Boolean.TRUE.equals(form.online()));
		}
	}

	private static void checkVersion(Long actual, Long expected) {
		if (expected != null && !actual.equals(expected)) {
			throw new ObjectOptimisticLockingFailureException(Code.class, "code");
		}
	}

}
