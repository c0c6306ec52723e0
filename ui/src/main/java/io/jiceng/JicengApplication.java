package io.jiceng;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bootable platform: core services, Vaadin UI, Camunda webapps and REST API in one jar. */
// Service modules (io.jiceng.modules.*) are not scanned: their configuration is imported only while enabled.
@SpringBootApplication(scanBasePackages = {"io.jiceng.platform", "io.jiceng.ui"})
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class JicengApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(JicengApplication.class, args);
    }
}
