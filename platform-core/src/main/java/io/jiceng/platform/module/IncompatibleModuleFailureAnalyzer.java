package io.jiceng.platform.module;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two sentences which module does not fit this core, instead of a stack trace. */
class IncompatibleModuleFailureAnalyzer extends AbstractFailureAnalyzer<IncompatibleModule> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IncompatibleModule cause) {
        return new FailureAnalysis(
                "Module '" + cause.moduleId() + "' version " + cause.moduleVersion() + " requires platform core "
                        + cause.requiredCoreVersion() + ".x, but this platform is core " + cause.coreVersion() + ".",
                "Install a version of module '" + cause.moduleId() + "' built for core " + cause.coreVersion()
                        + ", or switch it off with platform.modules." + cause.moduleId() + ".enabled=false.",
                cause);
    }
}
