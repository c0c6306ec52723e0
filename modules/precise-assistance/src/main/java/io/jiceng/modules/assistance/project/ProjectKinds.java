package io.jiceng.modules.assistance.project;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The kinds of assistance project a place runs, configurable with
 * {@code platform.modules.precise-assistance.project-kinds}; the default is Nan'an's five: 安居 (housing), 成才
 * (education), 致富 (livelihood loans), 亲情 (family care), 保障 (insurance). A kind's name is the message
 * {@code precise-assistance.project.kind.<KIND>}.
 */
@Component
public class ProjectKinds {

    private final List<String> kinds;

    public ProjectKinds(@Value("${platform.modules.precise-assistance.project-kinds:HOUSING,EDUCATION,LIVELIHOOD,FAMILY_CARE,INSURANCE}")
                        String kinds) {
        this.kinds = Arrays.stream(kinds.split(",")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    public List<String> all() {
        return kinds;
    }

    public boolean contains(String kind) {
        return kinds.contains(kind);
    }

    public static String labelKey(String kind) {
        return "precise-assistance.project.kind." + kind;
    }
}
