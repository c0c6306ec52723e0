package io.jiceng.platform.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the platform core on the classpath, as the build wrote it. */
public final class CoreVersion {

    private static final String RESOURCE = "platform-core-version.properties";

    private CoreVersion() {
    }

    public static String current() {
        InputStream in = CoreVersion.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from platform-core");
        }
        try (in) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
