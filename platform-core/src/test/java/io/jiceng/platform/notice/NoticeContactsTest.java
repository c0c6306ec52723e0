package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;

/** A notice names the office that takes objections and its phone, from its division up the tree to the default. */
class NoticeContactsTest {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("platform.notice.contact.address@350583001", "溪美街道社会事务办公室")
            .withProperty("platform.notice.contact.phone@350583001", "0595-86395210")
            .withProperty("platform.notice.contact.phone@350583", "0595-86383120")
            .withProperty("platform.notice.contact.phone", "12320");
    private final NoticeContacts contacts = new NoticeContacts(environment, messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aNoticeOfAVillageNamesItsTownshipsOfficeInBothLanguages() {
        assertThat(contacts.lines("350583001001", Locale.SIMPLIFIED_CHINESE))
                .containsExactly("异议受理地址：溪美街道社会事务办公室", "监督电话：0595-86395210");
        assertThat(contacts.lines("350583001", Locale.ENGLISH))
                .containsExactly("Objections are taken at: 溪美街道社会事务办公室", "Supervision phone: 0595-86395210");
    }

    @Test
    void whatADivisionLacksComesFromItsAncestorsThenTheDefaultAndWhatNobodySetIsNotTold() {
        assertThat(contacts.lines("350583002", Locale.SIMPLIFIED_CHINESE)).containsExactly("监督电话：0595-86383120");
        assertThat(contacts.lines("350582", Locale.SIMPLIFIED_CHINESE)).containsExactly("监督电话：12320");
        environment.setProperty("platform.notice.contact.phone", " ");
        assertThat(contacts.lines("350582", Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }
}
