package io.jiceng.ui.shell;

import com.vaadin.flow.component.select.Select;
import io.jiceng.ui.i18n.LanguageSelection;
import io.jiceng.ui.i18n.Translations;
import java.util.Locale;

/** 中文 / English. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.CHINESE, Translations.ENGLISH);
        setItemLabelGenerator(locale -> "zh".equals(locale.getLanguage()) ? "中文" : "English");
        setWidth("7.5em");
        setAriaLabel("Language / 语言");
        addAttachListener(attach -> setValue(
                "zh".equals(attach.getUI().getLocale().getLanguage()) ? Translations.CHINESE : Translations.ENGLISH));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                LanguageSelection.choose(change.getValue());
            }
        });
    }
}
