package no.feltlogg.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against real PostgreSQL with the real Flyway
 * migrations (the database of {@link TestDatabase}: {@code FELTLOGG_TEST_DB_URL},
 * Testcontainers or an embedded PostgreSQL 17). One annotation for every integration and
 * browser test, so that they all share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.testcontainers.dockerclient=OFF", "logging.level.org.testcontainers=WARN",
				"feltlogg.pending-imports.cleanup-cron=-",
				// the whole suite signs in from 127.0.0.1, and runs may follow each other
				// within the address window
				"feltlogg.sign-in.address-failures=100",
				// no role must have a second factor here; the second-factor tests enrol
				// their own accounts
				"feltlogg.mfa.required-roles=" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestStaff.class })
public @interface IntegrationTest {

}
