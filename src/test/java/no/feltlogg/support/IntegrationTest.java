package no.feltlogg.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against real PostgreSQL with the real Flyway migrations (the database of
 * {@link TestDatabase}: {@code FELTLOGG_TEST_DB_URL}, Testcontainers or an embedded PostgreSQL 17). One annotation for
 * every integration and browser test, so that they all share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.testcontainers.dockerclient=OFF", "logging.level.org.testcontainers=WARN",
				"feltlogg.pending-imports.cleanup-cron=-" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestStaff.class })
public @interface IntegrationTest {

}
