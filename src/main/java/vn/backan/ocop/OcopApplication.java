package vn.backan.ocop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OcopApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(OcopApplication.class, args);
    }
}
