package io.jiceng.platform.casework.internal;

import io.jiceng.platform.casework.CaseIntake;
import io.jiceng.platform.casework.CaseIntakes;
import io.jiceng.platform.casework.CasePage;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases over HTTP: {@code /api/v1/cases}, limited to the caller's division subtree. */
@RestController
class CaseController {

    record CaseDetail(CaseRecord caseRecord, List<Opinion> opinions, List<WorkItem> openTasks) {
    }

    record Opened(long id, String caseNo, CaseStatus status, String processInstanceId) {
        static Opened of(CaseRecord record) {
            return new Opened(record.id(), record.caseNo(), record.status(), record.processInstanceId());
        }
    }

    record Withdrawal(String reason) {
    }

    private final CaseService cases;
    private final CaseIntakes intakes;
    private final WorkItemService workItems;

    CaseController(CaseService cases, CaseIntakes intakes, WorkItemService workItems) {
        this.cases = cases;
        this.intakes = intakes;
        this.workItems = workItems;
    }

    /** Opens a case; {@code data} is what the case type's module asks for (see its {@link CaseIntake}). */
    @PostMapping("/api/v1/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Opened open(@RequestBody CaseRequest request) {
        return Opened.of(intakes.open(request));
    }

    @PostMapping("/api/v1/cases/{id}/withdraw")
    Opened withdraw(@PathVariable long id, @RequestBody Withdrawal withdrawal) {
        return Opened.of(cases.withdraw(id, withdrawal.reason()));
    }

    @GetMapping("/api/v1/cases/{id}")
    CaseDetail get(@PathVariable long id) {
        CaseRecord record = cases.get(id);
        return new CaseDetail(record, cases.opinions(id), workItems.openFor(record));
    }

    @GetMapping("/api/v1/cases")
    CasePage search(@RequestParam(required = false) String module, @RequestParam(required = false) String caseType,
                    @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String divisionCode,
                    @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        return cases.search(new CaseQuery(module, caseType, status, divisionCode, q, page * size, size));
    }
}
