package io.jiceng.platform.module;

/** The version of the platform core on the classpath, as the build wrote it (like any module's). */
public final class CoreVersion {

    private CoreVersion() {
    }

    public static String current() {
        return ModuleVersion.of(CoreModule.ID, CoreVersion.class.getClassLoader());
    }
}
