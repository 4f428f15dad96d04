package no.feltlogg.operations;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health probes on the public port, where load balancers, the container's health
 * check and the benchmarks ask: {@code /actuator/health},
 * {@code /actuator/health/liveness} and {@code /actuator/health/readiness}, answered as
 * the management port answers them (the status alone; 200 when UP, 503 when not). The
 * actuator itself serves only the management port; Spring Boot's "additional paths" for
 * health groups take a single path segment only, so they cannot keep these addresses.
 */
@RestController
class PublicHealth {

	private final HealthEndpoint health;

	private final HttpCodeStatusMapper statusCodes;

	PublicHealth(HealthEndpoint health, HttpCodeStatusMapper statusCodes) {
		this.health = health;
		this.statusCodes = statusCodes;
	}

	@GetMapping("/actuator/health")
	ResponseEntity<Map<String, String>> health() {
		return answer(health.health());
	}

	@GetMapping("/actuator/health/{group:liveness|readiness}")
	ResponseEntity<Map<String, String>> group(@PathVariable String group) {
		return answer(health.healthForPath(group));
	}

	private ResponseEntity<Map<String, String>> answer(@Nullable HealthDescriptor descriptor) {
		if (descriptor == null) {
			return ResponseEntity.notFound().build();
		}
		var status = descriptor.getStatus();
		return ResponseEntity.status(statusCodes.getStatusCode(status)).body(Map.of("status", status.getCode()));
	}

}
