package io.jiceng.platform.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The beans of one kind ({@link Indicator}, {@link ModuleDemoData}) that each enabled module contributes. A bean
 * belongs to the module whose {@link ServiceModule#configuration()} lies in its package or above it, so a module
 * declares such beans in its configuration and lists them nowhere else; a bean that belongs to no enabled module
 * stops the call instead of being silently left out.
 */
@Component
public class ModuleBeans {

    private final ModuleRegistry modules;
    private final ApplicationContext context;

    ModuleBeans(ModuleRegistry modules, ApplicationContext context) {
        this.modules = modules;
        this.context = context;
    }

    /** Per enabled module, in the registry's order, its beans of the type in Spring's order ({@code @Order}, else as declared). */
    public <T> Map<ServiceModule, List<T>> of(Class<T> type) {
        Map<ServiceModule, List<T>> byModule = new LinkedHashMap<>();
        modules.enabled().forEach(module -> byModule.put(module, new ArrayList<>()));
        context.getBeanProvider(type).orderedStream().forEach(bean -> byModule.get(owner(bean, type)).add(bean));
        return byModule;
    }

    private ServiceModule owner(Object bean, Class<?> type) {
        String beanPackage = AopProxyUtils.ultimateTargetClass(bean).getPackageName();
        return modules.enabled().stream()
                .filter(module -> contains(module.configuration().getPackageName(), beanPackage))
                .max(Comparator.comparingInt(module -> module.configuration().getPackageName().length()))
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " " + bean.getClass().getName()
                        + " lies in no enabled module's package (that of its configuration class or below)"));
    }

    private static boolean contains(String modulePackage, String beanPackage) {
        return beanPackage.equals(modulePackage) || beanPackage.startsWith(modulePackage + ".");
    }
}
