package io.jiceng.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * With {@code -Dtest.database=mariadb|mysql} ({@link TestDatabases}), moves every Spring application a test starts
 * from the H2 database it names to a database of the same name on the MySQL-protocol server, with the application's
 * {@code mysql} profile ({@code application-mysql.properties} of the core) in force: the same tests, the production
 * settings. Without the property it does nothing.
 *
 * <p>It runs after the configuration files are read, because the H2 URL may come from a test's
 * {@code application.properties}; so it adds the profile's file itself, where Spring Boot would have put it (above
 * the plain configuration files, below test and command-line properties).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "mysql";
    private static final String PROFILE_FILE = "classpath:application-" + PROFILE + ".properties";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestDatabases.enabled()) {
            return;
        }
        String h2Url = environment.getProperty("spring.datasource.url", "");
        if (!h2Url.startsWith("jdbc:h2:")) {
            return;
        }
        MutablePropertySources sources = environment.getPropertySources();
        sources.addFirst(new MapPropertySource("test-database", Map.of(
                "spring.datasource.url", TestDatabases.urlFor(h2Url),
                "spring.datasource.username", TestDatabases.username(),
                "spring.datasource.password", TestDatabases.password(),
                // the test context cache keeps dozens of applications open; idle connections would only add up
                "spring.datasource.hikari.minimum-idle", "1")));
        PropertySource<?> profile = profileFile();
        String firstConfigFile = sources.stream().map(PropertySource::getName)
                .filter(name -> name.startsWith("Config resource")).findFirst().orElse(null);
        if (firstConfigFile != null) {
            sources.addBefore(firstConfigFile, profile);
        } else {
            sources.addLast(profile);
        }
        environment.addActiveProfile(PROFILE);
    }

    private static PropertySource<?> profileFile() {
        try {
            return new ResourcePropertySource("profile " + PROFILE + " (test database)", PROFILE_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("The " + PROFILE + " profile's settings are missing: " + PROFILE_FILE, e);
        }
    }
}
