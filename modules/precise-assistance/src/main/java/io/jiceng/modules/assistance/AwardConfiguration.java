package io.jiceng.modules.assistance;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The module's beans; the platform imports this configuration only while the module is enabled. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = AwardConfiguration.class)
@MapperScan(basePackageClasses = AwardConfiguration.class, annotationClass = Mapper.class)
public class AwardConfiguration {
}
