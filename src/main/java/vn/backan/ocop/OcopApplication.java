package vn.backan.ocop;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import vn.backan.ocop.intake.WorkbookInspector;
import vn.backan.ocop.reference.ReferenceData;

/**
 * The Spring application: component scan from this package, the typed settings and the beans every
 * step shares. It knows nothing of the command line; {@code vn.backan.ocop.cli.Cli} is the entry point
 * that checks the options and starts it.
 */
@SpringBootApplication
@EnableConfigurationProperties(OcopProperties.class)
public class OcopApplication {

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
