package io.jiceng.platform.module;

/** A module found on the classpath, and whether this deployment has it switched on. */
public record InstalledModule(ServiceModule descriptor, boolean enabled) {

    public String id() {
        return descriptor.id();
    }
}
