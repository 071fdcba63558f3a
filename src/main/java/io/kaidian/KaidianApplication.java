package io.kaidian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kaidian: takes a marketplace's sellers from sign-up to an open store and governs them
 * afterwards.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaidianApplication {

	public static void main(String[] args) {
		SpringApplication.run(KaidianApplication.class, args);
	}

}
