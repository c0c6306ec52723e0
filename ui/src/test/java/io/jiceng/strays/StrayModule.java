package io.jiceng.strays;

import io.jiceng.platform.module.ServiceModule;

/**
 * A deliberately misplaced module (test fixture): its package lies outside {@code io.jiceng.modules}, where the
 * module rules would not look. Abstract, so that it names no method of the contract. {@code ModuleBoundariesTest}
 * shows the rules catch it.
 */
public abstract class StrayModule implements ServiceModule {
}
