package io.jiceng.modules.assistance;

import io.jiceng.platform.module.ModuleDemoData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The module declares one demo-data bean; this one runs the demo data of each of the module's case types (award,
 * family assistance and projects …), each of which loads only if it has nothing yet.
 */
@Component
public class AssistanceDemoData implements ModuleDemoData {

    private final ObjectProvider<ModuleDemoData> demos;

    public AssistanceDemoData(ObjectProvider<ModuleDemoData> demos) {
        this.demos = demos;
    }

    @Override
    public void loadIfEmpty() {
        demos.orderedStream()
                .filter(demo -> demo != this)
                .filter(demo -> demo.getClass().getPackageName().startsWith(AssistanceDemoData.class.getPackageName()))
                .forEach(ModuleDemoData::loadIfEmpty);
    }
}
