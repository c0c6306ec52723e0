package io.jiceng.platform.module;

/**
 * Demo data of a module for the embedded default: any number of beans of the module's configuration (one per case
 * type, say). Each is called at every start with {@code platform.demo-data.enabled}, after the core's demo data (its
 * divisions, users and residents exist then) and module by module, so a module installed later still gets its demo:
 * load only if there is none yet.
 */
public interface ModuleDemoData {

    void loadIfEmpty();
}
