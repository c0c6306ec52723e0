package io.jiceng.platform.casework;

import io.jiceng.platform.casework.internal.CaseMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human-readable case numbers, counted per module and year without gaps from concurrent starts:
 * the sequence row stays locked until the starting transaction ends.
 */
@Component
public class CaseNumbers {

    private final CaseMapper mapper;

    public CaseNumbers(CaseMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(CaseType type, int year) {
        Integer last = mapper.lockSequence(type.moduleId(), year);
        if (last == null) {
            try {
                mapper.insertSequence(type.moduleId(), year);
            } catch (DuplicateKeyException startedByAnotherCase) {
                // the other transaction created the row first; locking it below waits for that one
            }
            last = mapper.lockSequence(type.moduleId(), year);
        }
        int next = last + 1;
        mapper.setSequence(type.moduleId(), year, next);
        return format(type.numberPrefix(), year, next);
    }

    /** RC-2026-000042: prefix of the case type, year, sequence within module and year. */
    public static String format(String prefix, int year, int sequence) {
        return String.format("%s-%d-%06d", prefix, year, sequence);
    }
}
