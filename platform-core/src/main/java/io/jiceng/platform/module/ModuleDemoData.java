package io.jiceng.platform.module;

/**
 * A module's demo data for the embedded default. Called at every start with {@code platform.demo-data.enabled},
 * after the core's demo data (its divisions, users and residents exist then), so a module installed later still
 * gets its demo: load only if the module has none yet.
 */
public interface ModuleDemoData {

    void loadIfEmpty();
}
