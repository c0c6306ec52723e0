package io.jiceng.platform.division;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a deployment's own divisions at start, e.g.
 * {@code --platform.divisions.import=file:/opt/china-division/ --platform.divisions.import-prefix=35}.
 * Codes already present are kept, so the option may stay set.
 */
@Component
@Order(0)
@ConditionalOnProperty("platform.divisions.import")
class DivisionImportOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DivisionImportOnStart.class);

    private final DivisionImporter importer;
    private final String location;
    private final String prefix;

    DivisionImportOnStart(DivisionImporter importer, @Value("${platform.divisions.import}") String location,
                          @Value("${platform.divisions.import-prefix:}") String prefix) {
        this.importer = importer;
        this.location = location;
        this.prefix = prefix;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Importing divisions from {} (codes starting with '{}')", location, prefix);
        log.info("{} divisions added", importer.importFrom(location, prefix));
    }
}
