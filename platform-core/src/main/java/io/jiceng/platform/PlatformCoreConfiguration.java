package io.jiceng.platform;

import io.jiceng.platform.module.ModuleConfiguration;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The core's defaults (persistence, migrations, engine), in {@code platform-core-defaults.properties};
 * the application's own properties override them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:platform-core-defaults.properties", encoding = "UTF-8")
@Import(ModuleConfiguration.class)
// Only the core's mappers: a module registers its own, and only while it is enabled.
@MapperScan(basePackages = "io.jiceng.platform", annotationClass = Mapper.class)
public class PlatformCoreConfiguration {
}
