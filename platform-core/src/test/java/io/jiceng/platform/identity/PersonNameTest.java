package io.jiceng.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void aChineseNameIsFamilyNameThenGivenName() {
        assertThat(PersonName.of("林晓燕")).isEqualTo(new PersonName("晓燕", "林"));
        assertThat(PersonName.of("欧阳娜娜")).isEqualTo(new PersonName("娜娜", "欧阳"));
        assertThat(PersonName.of("𠮷明")).isEqualTo(new PersonName("明", "𠮷"));
    }

    @Test
    void aNameWithSpacesIsInWesternOrderAndOneWordIsAGivenName() {
        assertThat(PersonName.of("Lihua Wang")).isEqualTo(new PersonName("Lihua", "Wang"));
        assertThat(PersonName.of("admin")).isEqualTo(new PersonName("admin", ""));
        assertThat(PersonName.of("林")).isEqualTo(new PersonName("林", ""));
    }
}
