package no.feltlogg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import no.feltlogg.database.DatabaseStartup;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FeltloggApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * The application as {@code main} starts it ({@code ./mvnw spring-boot:run},
	 * {@code java -jar}): its database settled first, embedded for the demo and dev
	 * profiles when none is named (ADR 0021).
	 */
	public static SpringApplication application() {
		var application = new SpringApplication(FeltloggApplication.class);
		application.addListeners(new DatabaseStartup());
		return application;
	}

}
