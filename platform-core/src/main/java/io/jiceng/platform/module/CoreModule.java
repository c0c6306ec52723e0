package io.jiceng.platform.module;

import io.jiceng.platform.PlatformCoreConfiguration;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.correction.ResidentCorrection;
import java.util.List;

/** The platform core described like any module: its case type, its process, its migrations. */
public final class CoreModule implements ServiceModule {

    public static final String ID = "core";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModuleName name() {
        return new ModuleName("平台基础", "Platform core");
    }

    @Override
    public String requiredCoreVersion() {
        return CoreVersion.current();
    }

    @Override
    public Class<?> configuration() {
        return PlatformCoreConfiguration.class;
    }

    @Override
    public List<CaseType> caseTypes() {
        return List.of(ResidentCorrection.TYPE);
    }

    @Override
    public List<String> bpmnResources() {
        return List.of("bpmn/core/resident-correction.bpmn", "bpmn/review/multi-level-review.bpmn",
                "bpmn/notice/public-notice.bpmn", "bpmn/notice/public-notice-entry.bpmn", "bpmn/notice/notice-objection.bpmn");
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/core";
    }

    /** The core's history table predates the module contract and keeps Flyway's default name. */
    @Override
    public String migrationHistoryTable() {
        return "flyway_schema_history";
    }
}
