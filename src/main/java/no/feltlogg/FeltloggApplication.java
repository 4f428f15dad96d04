package no.feltlogg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FeltloggApplication {

	public static void main(String[] args) {
		SpringApplication.run(FeltloggApplication.class, args);
	}

}
