package se.justera;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JusteraApplication {

	public static void main(String[] args) {
		SpringApplication.run(JusteraApplication.class, args);
	}

}
