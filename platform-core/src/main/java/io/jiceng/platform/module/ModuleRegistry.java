package io.jiceng.platform.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * The modules installed in this deployment: every {@link ServiceModule} on the classpath, in migration order,
 * each enabled unless {@code platform.modules.<id>.enabled=false}. Built at start, before any bean, by
 * {@link EnabledModules} (and again as a bean); a module made for another core version stops the start with a clear
 * message.
 */
public final class ModuleRegistry {

    private final String coreVersion;
    private final List<InstalledModule> modules;

    ModuleRegistry(String coreVersion, List<InstalledModule> modules) {
        this.coreVersion = coreVersion;
        this.modules = List.copyOf(modules);
    }

    /** Finds the modules with the class loader that loaded the core: it also sees jars added with loader.path. */
    static ModuleRegistry discover(Environment environment) {
        ClassLoader classLoader = ModuleRegistry.class.getClassLoader();
        String coreVersion = CoreVersion.current();
        Map<String, ServiceModule> byId = new LinkedHashMap<>();
        for (ServiceModule module : ServiceLoader.load(ServiceModule.class, classLoader)) {
            checkCompatible(module, coreVersion);
            if (byId.putIfAbsent(module.id(), module) != null) {
                throw new IllegalStateException("Two modules on the classpath have the id '" + module.id() + "'");
            }
        }
        List<InstalledModule> ordered = new ArrayList<>();
        for (ServiceModule module : inMigrationOrder(byId)) {
            boolean enabled = environment.getProperty("platform.modules." + module.id() + ".enabled", Boolean.class, true);
            ordered.add(new InstalledModule(module, enabled));
        }
        return new ModuleRegistry(coreVersion, ordered);
    }

    public String coreVersion() {
        return coreVersion;
    }

    /** All installed modules, the core first, then in migration order. */
    public List<InstalledModule> installed() {
        return modules;
    }

    public List<ServiceModule> enabled() {
        return modules.stream().filter(InstalledModule::enabled).map(InstalledModule::descriptor).toList();
    }

    public boolean isEnabled(String moduleId) {
        return modules.stream().anyMatch(m -> m.id().equals(moduleId) && m.enabled());
    }

    static void checkCompatible(ServiceModule module, String coreVersion) {
        if (module instanceof CoreModule) {
            return;
        }
        String required = module.requiredCoreVersion();
        if (!coreVersion.equals(required) && !coreVersion.startsWith(required + ".")) {
            throw new IncompatibleModule(module.id(), module.version(), required, coreVersion);
        }
    }

    /** Topological order over {@link ServiceModule#migratesAfter()}, ties broken by id, the core always first. */
    static List<ServiceModule> inMigrationOrder(Map<String, ServiceModule> byId) {
        List<ServiceModule> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<ServiceModule> pending = new ArrayList<>(byId.values());
        pending.sort(Comparator.comparing((ServiceModule m) -> !CoreModule.ID.equals(m.id())).thenComparing(ServiceModule::id));
        while (!pending.isEmpty()) {
            ServiceModule next = pending.stream()
                    .filter(m -> m.migratesAfter().stream().allMatch(d -> done.contains(d) || !byId.containsKey(d)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Modules wait for each other's migrations in a circle: "
                            + pending.stream().map(ServiceModule::id).toList()));
            ordered.add(next);
            done.add(next.id());
            pending.remove(next);
        }
        return ordered;
    }
}
