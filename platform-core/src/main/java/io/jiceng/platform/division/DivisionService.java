package io.jiceng.platform.division;

import io.jiceng.platform.division.internal.DivisionMapper;
import io.jiceng.platform.problem.NotFound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Lookups in the division tree. Divisions change only by import, so single lookups are cached. */
@Service
public class DivisionService {

    private final DivisionMapper mapper;
    private final Map<String, Division> byCode = new ConcurrentHashMap<>();

    public DivisionService(DivisionMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<Division> find(String code) {
        Division cached = byCode.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Division> found = mapper.findByCode(code);
        found.ifPresent(d -> byCode.put(code, d));
        return found;
    }

    public Division get(String code) {
        return find(code).orElseThrow(() -> new NotFound("division", code));
    }

    public List<Division> children(String code) {
        return mapper.findChildren(code);
    }

    /** From the province down to and including {@code code}. */
    public List<Division> ancestorsAndSelf(String code) {
        List<Division> chain = new ArrayList<>();
        for (DivisionLevel level = DivisionLevel.ofCode(code); level != null; level = level.parent()) {
            find(level.ancestorCodeOf(code)).ifPresent(chain::add);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The full name, e.g. 福建省泉州市南安市溪美街道; the bare code if the division is unknown. */
    public String fullName(String code) {
        return find(code).map(Division::fullName).orElse(code);
    }

    /**
     * The name of a division as seen from inside {@code scopeCode}: 溪美社区居委会第一网格 for a user of 溪美街道,
     * rather than the full name from the province down.
     */
    public String nameWithin(String code, String scopeCode) {
        String full = fullName(code);
        String scope = fullName(scopeCode);
        return !code.equals(scopeCode) && full.startsWith(scope) ? full.substring(scope.length()) : full;
    }

    /** The villages, communities and grids under a division: where a resident can be registered. */
    public List<Division> residencesUnder(String scopeCode) {
        return mapper.findInScopeFrom(DivisionScope.likePattern(scopeCode), DivisionLevel.VILLAGE);
    }

    public long countInScope(DivisionLevel level, String scopeCode) {
        return mapper.countInScope(level, DivisionScope.likePattern(scopeCode));
    }

    void forgetCached() {
        byCode.clear();
    }
}
