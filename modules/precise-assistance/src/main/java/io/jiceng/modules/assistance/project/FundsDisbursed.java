package io.jiceng.modules.assistance.project;

import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.module.Indicator;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Yuan paid from assistance projects to the households under a division in the period (whole yuan, rounded). */
@Component
@Order(30)
public class FundsDisbursed implements Indicator {

    private final ProjectMapper mapper;

    FundsDisbursed(ProjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String id() {
        return "funds-disbursed";
    }

    @Override
    public String labelKey() {
        return "precise-assistance.indicator.funds-disbursed";
    }

    @Override
    public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
        return mapper.sumPaid(DivisionScope.likePattern(divisionCode), from, to).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
