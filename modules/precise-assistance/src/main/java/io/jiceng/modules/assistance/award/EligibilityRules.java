package io.jiceng.modules.assistance.award;

import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.problem.InvalidField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The eligibility rules of a scheme as they hold in a county: the default rows ({@code county_code = '*'}) with
 * the county's own rows in place of the defaults of the same rule code (see V1__award_schema.sql).
 */
@Service
public class EligibilityRules {

    private final AwardMapper mapper;

    public EligibilityRules(AwardMapper mapper) {
        this.mapper = mapper;
    }

    public List<Scheme> schemes() {
        return mapper.schemes().stream().filter(Scheme::active).toList();
    }

    public Scheme scheme(String code) {
        return schemes().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidField("scheme", "precise-assistance.award.scheme.unknown", code));
    }

    /** The rules of the scheme in the county the division lies in, in their order. */
    public List<EligibilityRule> rulesFor(String schemeCode, String divisionCode) {
        String county = DivisionLevel.COUNTY.ancestorCodeOf(divisionCode);
        List<EligibilityRule> defaultsAndCounty = mapper.rules(schemeCode, county);
        Map<String, EligibilityRule> byCode = new LinkedHashMap<>();
        for (EligibilityRule rule : defaultsAndCounty) {
            if (EligibilityRule.ALL_COUNTIES.equals(rule.countyCode())) {
                byCode.putIfAbsent(rule.ruleCode(), rule);
            }
        }
        for (EligibilityRule rule : defaultsAndCounty) {
            if (!EligibilityRule.ALL_COUNTIES.equals(rule.countyCode())) {
                byCode.put(rule.ruleCode(), rule);
            }
        }
        List<EligibilityRule> rules = new ArrayList<>(byCode.values().stream().filter(EligibilityRule::enabled).toList());
        rules.sort(Comparator.comparingInt(EligibilityRule::sortOrder).thenComparing(EligibilityRule::ruleCode));
        return rules;
    }

    public List<RuleResult> check(String schemeCode, String divisionCode, AwardFacts facts) {
        return rulesFor(schemeCode, divisionCode).stream().map(rule -> new RuleResult(rule, rule.passes(facts))).toList();
    }
}
