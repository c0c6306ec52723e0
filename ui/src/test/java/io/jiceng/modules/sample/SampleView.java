package io.jiceng.modules.sample;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.annotation.security.PermitAll;

@PermitAll
public class SampleView extends VerticalLayout {

    public SampleView() {
        add(new H2(getTranslation("sample.menu")));
    }
}
