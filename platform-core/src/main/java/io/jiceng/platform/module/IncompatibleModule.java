package io.jiceng.platform.module;

/** A module built for another core version: the platform refuses to start rather than run it half-working. */
public class IncompatibleModule extends RuntimeException {

    private final String moduleId;
    private final String moduleVersion;
    private final String requiredCoreVersion;
    private final String coreVersion;

    public IncompatibleModule(String moduleId, String moduleVersion, String requiredCoreVersion, String coreVersion) {
        super("Module '" + moduleId + "' " + moduleVersion + " requires platform core " + requiredCoreVersion
                + ".x, but this is platform core " + coreVersion);
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.requiredCoreVersion = requiredCoreVersion;
        this.coreVersion = coreVersion;
    }

    public String moduleId() {
        return moduleId;
    }

    public String moduleVersion() {
        return moduleVersion;
    }

    public String requiredCoreVersion() {
        return requiredCoreVersion;
    }

    public String coreVersion() {
        return coreVersion;
    }
}
