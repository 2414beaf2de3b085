package vn.backan.ocop;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.intake.WorkbookInspector;
import vn.backan.ocop.reference.ReferenceData;

@SpringBootApplication
@EnableConfigurationProperties(OcopProperties.class)
public class OcopApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }

    /** Loaded once: every rule and report uses the same immutable reference data. */
    @Bean
    ReferenceData referenceData() {
        return ReferenceData.load();
    }

    @Bean
    WorkbookInspector workbookInspector(ReferenceData reference) {
        return new WorkbookInspector(reference.gazetteer());
    }
}
