package io.jiceng.platform.casework;

import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases over HTTP: {@code /api/v1/cases}, limited to the caller's division subtree. */
@RestController
class CaseController {

    record CaseDetail(CaseRecord caseRecord, List<Opinion> opinions, List<WorkItem> openTasks) {
    }

    private final CaseService cases;
    private final WorkItemService workItems;

    CaseController(CaseService cases, WorkItemService workItems) {
        this.cases = cases;
        this.workItems = workItems;
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
