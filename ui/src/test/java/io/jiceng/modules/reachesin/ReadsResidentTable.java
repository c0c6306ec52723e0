package io.jiceng.modules.reachesin;

import io.jiceng.platform.resident.internal.ResidentMapper;

/**
 * A deliberately wrong module class (test fixture): it reads the core's resident table through the core's mapper
 * instead of the resident service. {@code ModuleBoundariesTest} shows the rule catches it.
 */
public class ReadsResidentTable {

    private final ResidentMapper residents;

    public ReadsResidentTable(ResidentMapper residents) {
        this.residents = residents;
    }

    public long count() {
        return residents.count("%", null);
    }
}
