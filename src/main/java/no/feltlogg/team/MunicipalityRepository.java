package no.feltlogg.team;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, UUID> {

	Optional<Municipality> findFirstByOrderByName();

	Optional<Municipality> findByName(String name);

}
