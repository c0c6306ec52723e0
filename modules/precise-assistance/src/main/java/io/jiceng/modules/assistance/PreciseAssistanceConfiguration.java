package io.jiceng.modules.assistance;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The module's beans; the platform imports this configuration only while the module is enabled. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PreciseAssistanceConfiguration.class)
@MapperScan(basePackageClasses = PreciseAssistanceConfiguration.class, annotationClass = Mapper.class)
public class PreciseAssistanceConfiguration {
}
