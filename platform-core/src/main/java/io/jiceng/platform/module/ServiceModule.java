package io.jiceng.platform.module;

import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.staff.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a service module declares about itself, in one place. A module jar lists its implementation in
 * {@code META-INF/services/io.jiceng.platform.module.ServiceModule}; the platform finds it with
 * {@link java.util.ServiceLoader}, installed or switched off ({@code platform.modules.<id>.enabled=false}).
 * The module's Spring beans (services, mappers, delegates) come from its {@link #configuration()} class, which the
 * platform registers only while the module is enabled; the beans the platform looks for there ({@link Indicator},
 * {@link ModuleDemoData}, {@link CaseDetails}, {@link io.jiceng.platform.casework.CaseIntake}) are not listed here.
 * <p>
 * Everything here is plain data: a descriptor never touches the database or the engine.
 */
public interface ServiceModule {

    /** Short, stable, lower-case id such as {@code precise-assistance}; used in property names and tables. */
    String id();

    /** The module's name in Chinese and English. */
    ModuleName name();

    /**
     * The module's version, from its pom: the build filters {@code META-INF/jiceng-module/<id>.properties}
     * ({@code version=@project.version@}) in the module's resources, and this reads it.
     */
    default String version() {
        return ModuleVersion.of(id(), getClass().getClassLoader());
    }

    /** The platform core versions this module was built for, as {@code major.minor} (e.g. {@code 0.1}). */
    String requiredCoreVersion();

    /** The Spring configuration with the module's beans. */
    Class<?> configuration();

    /** Modules whose migrations must run before this one's (data-level only: modules never import each other). */
    default Set<String> migratesAfter() {
        return Set.of();
    }

    /** The case types the module handles, each with the key of the BPMN process that drives it. */
    default List<CaseType> caseTypes() {
        return List.of();
    }

    /** Classpath names of the module's BPMN files, deployed together as one deployment named after the module. */
    default List<String> bpmnResources() {
        return List.of();
    }

    /** Where the module's Flyway migrations are, e.g. {@code classpath:db/precise-assistance}; null for none. */
    default String migrationLocation() {
        return null;
    }

    /** The module's screens, each with its menu entry and the permission needed to see it. */
    default List<ModuleView> views() {
        return List.of();
    }

    /** The module's own permissions and the roles that hold each by default. */
    default Map<String, Set<Role>> permissions() {
        return Map.of();
    }

    /** The Flyway history table of this module, so that modules version their schemas independently. */
    default String migrationHistoryTable() {
        return "flyway_" + id().replace('-', '_') + "_history";
    }
}
