package ${package};

import io.jiceng.platform.casework.CaseIntakes;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The module's screen opens its cases through the same intake as the API, so both check the same things. */
@Service
public class ${classPrefix}Service {

    private final CaseIntakes intakes;
    private final CaseService cases;

    public ${classPrefix}Service(CaseIntakes intakes, CaseService cases) {
        this.intakes = intakes;
        this.cases = cases;
    }

    public CaseRecord submit(long residentId, String note) {
        return intakes.open(new CaseRequest(${classPrefix}Module.ID, ${classPrefix}Module.CASE_TYPE, residentId, null,
                Map.of("note", note == null ? "" : note)));
    }

    public CaseStatus statusOf(long caseId) {
        return cases.get(caseId).status();
    }
}
