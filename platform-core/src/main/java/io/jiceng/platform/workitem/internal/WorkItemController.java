package io.jiceng.platform.workitem.internal;

import io.jiceng.platform.workitem.CaseCopies;
import io.jiceng.platform.workitem.CoSigning;
import io.jiceng.platform.workitem.TaskWithdrawal;
import io.jiceng.platform.workitem.Urging;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.platform.casework.Decision;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox over HTTP: {@code /api/v1/tasks}, with the same scoping and rules as the screens. */
@RestController
class WorkItemController {

    record Completion(Decision decision, String opinion) {
    }

    record HandOver(String to, String opinion) {
    }

    record BatchCompletion(List<String> taskIds, Decision decision, String opinion) {
    }

    record BatchOutcome(String taskId, String caseNo, boolean succeeded, String code) {
    }

    record Copy(List<String> to, String opinion) {
    }

    record Urge(String message) {
    }

    private final WorkItemService workItems;
    private final TaskWithdrawal withdrawal;
    private final CoSigning coSigning;
    private final CaseCopies copies;
    private final Urging urging;

    WorkItemController(WorkItemService workItems, TaskWithdrawal withdrawal, CoSigning coSigning, CaseCopies copies,
                       Urging urging) {
        this.workItems = workItems;
        this.withdrawal = withdrawal;
        this.coSigning = coSigning;
        this.copies = copies;
        this.urging = urging;
    }

    /**
     * {@code scope}: {@code mine} (with steps I am asked to co-sign), {@code claimable}, {@code done} (已办, each with
     * whether it can still be withdrawn) or {@code copied} (抄送我的); the filters apply to mine and claimable.
     */
    @GetMapping("/api/v1/tasks")
    Object tasks(@RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) String module,
                       @RequestParam(required = false) String caseType, @RequestParam(defaultValue = "false") boolean overdue,
                       @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        if ("done".equalsIgnoreCase(scope)) {
            return withdrawal.doneByMe(page * size, size);
        }
        if ("copied".equalsIgnoreCase(scope)) {
            return copies.copiedToMe(page * size, size);
        }
        WorkItemScope which = "claimable".equalsIgnoreCase(scope) ? WorkItemScope.CLAIMABLE : WorkItemScope.MINE;
        return workItems.inbox(new WorkItemFilter(which, module, caseType, overdue, q, page * size, size));
    }

    @PostMapping("/api/v1/tasks/{id}/claim")
    void claim(@PathVariable String id) {
        workItems.claim(id);
    }

    @PostMapping("/api/v1/tasks/{id}/unclaim")
    void unclaim(@PathVariable String id) {
        workItems.unclaim(id);
    }

    @PostMapping("/api/v1/tasks/{id}/complete")
    void complete(@PathVariable String id, @RequestBody Completion completion) {
        workItems.complete(id, completion.decision(), completion.opinion());
    }

    @PostMapping("/api/v1/tasks/{id}/delegate")
    void delegate(@PathVariable String id, @RequestBody HandOver handOver) {
        workItems.delegate(id, handOver.to(), handOver.opinion());
    }

    @PostMapping("/api/v1/tasks/{id}/transfer")
    void transfer(@PathVariable String id, @RequestBody HandOver handOver) {
        workItems.transfer(id, handOver.to(), handOver.opinion());
    }

    @PostMapping("/api/v1/tasks/{id}/add-signer")
    void addSigner(@PathVariable String id, @RequestBody HandOver handOver) {
        coSigning.addSigner(id, handOver.to(), handOver.opinion());
    }

    @PostMapping("/api/v1/tasks/{id}/cc")
    void copy(@PathVariable String id, @RequestBody Copy copy) {
        copies.copy(id, copy.to(), copy.opinion());
    }

    @PostMapping("/api/v1/tasks/{id}/urge")
    void urge(@PathVariable String id, @RequestBody(required = false) Urge urge) {
        urging.urge(id, urge == null ? null : urge.message());
    }

    /** Takes the case back from the step after my completed task {@code id} (an id from {@code scope=done}). */
    @PostMapping("/api/v1/tasks/{id}/withdraw")
    void withdraw(@PathVariable String id) {
        withdrawal.withdraw(id);
    }

    @PostMapping("/api/v1/tasks/batch-complete")
    List<BatchOutcome> batchComplete(@RequestBody BatchCompletion batch) {
        return workItems.completeAll(batch.taskIds(), batch.decision(), batch.opinion()).stream()
                .map(r -> new BatchOutcome(r.taskId(), r.caseNo(), r.succeeded(), r.succeeded() ? null : r.problem().messageKey()))
                .toList();
    }
}
