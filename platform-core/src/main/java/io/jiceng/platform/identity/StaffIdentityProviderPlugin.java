package io.jiceng.platform.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes the platform's staff Camunda's users and their candidate groups Camunda's groups (the way Camunda's LDAP
 * plugin plugs in a directory), so that the Cockpit, Tasklist and Admin webapps, the engine REST API and task
 * queries by candidate user see the same people as the platform. The Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean.
 */
@Component
class StaffIdentityProviderPlugin extends AbstractProcessEnginePlugin {

    // looked up when the first command runs: the engine is configured before most of the application's beans exist
    private final ObjectProvider<StaffDirectory> directory;

    StaffIdentityProviderPlugin(ObjectProvider<StaffDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new StaffIdentityProvider(directory.getObject());
            }
        });
    }
}
