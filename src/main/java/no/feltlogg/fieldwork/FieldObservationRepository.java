package no.feltlogg.fieldwork;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FieldObservationRepository extends JpaRepository<FieldObservation, UUID> {

}
