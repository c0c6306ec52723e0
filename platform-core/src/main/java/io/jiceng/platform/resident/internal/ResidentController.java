package io.jiceng.platform.resident.internal;

import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentPage;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.resident.internal.ResidentSummary;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents over HTTP: {@code /api/v1/residents}, limited to the caller's division subtree. Names, ID numbers and
 * phones are masked; {@code GET /api/v1/residents/{id}?full=true&purpose=...} shows them to holders of
 * IDENTITY_FULL_VIEW who say why, and is audited like every full view.
 */
@RestController
class ResidentController {

    record Page(List<ResidentSummary> items, long total) {
    }

    private final ResidentService residents;

    ResidentController(ResidentService residents) {
        this.residents = residents;
    }

    @PostMapping("/api/v1/residents")
    @ResponseStatus(HttpStatus.CREATED)
    ResidentSummary register(@RequestBody ResidentForm form) {
        return ResidentSummary.masked(residents.register(form));
    }

    @GetMapping("/api/v1/residents")
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String divisionCode,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ResidentQuery query = new ResidentQuery(q, divisionCode, Math.max(0, page) * size, size);
        ResidentPage found = residents.search(query);
        return new Page(found.residents().stream().map(ResidentSummary::masked).toList(), found.total());
    }

    @GetMapping("/api/v1/residents/{id}")
    ResidentSummary get(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full,
                        @RequestParam(required = false) String purpose) {
        return full ? ResidentSummary.full(residents.revealIdentity(id, purpose))
                : ResidentSummary.masked(residents.get(id));
    }
}
