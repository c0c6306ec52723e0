package io.jiceng.platform.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A module's version as its build wrote it: {@code version} in {@code META-INF/jiceng-module/<id>.properties}, a
 * resource holding {@code version=@project.version@} that the platform's parent pom filters.
 */
final class ModuleVersion {

    private static final String UNFILTERED = "@project.version@";

    private ModuleVersion() {
    }

    static String of(String moduleId, ClassLoader classLoader) {
        String resource = "META-INF/jiceng-module/" + moduleId + ".properties";
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Module '" + moduleId + "' has no " + resource + " (version=@project.version@)");
        }
        try (in) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank() || version.equals(UNFILTERED)) {
                throw new IllegalStateException("Module '" + moduleId + "': " + resource + " was not filtered by the build;"
                        + " its pom must inherit io.jiceng:jiceng-parent");
            }
            return version.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
