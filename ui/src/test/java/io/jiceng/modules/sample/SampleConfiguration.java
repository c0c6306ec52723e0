package io.jiceng.modules.sample;

import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SampleConfiguration {
}
