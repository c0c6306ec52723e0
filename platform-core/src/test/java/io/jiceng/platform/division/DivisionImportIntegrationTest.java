package io.jiceng.platform.division;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DivisionImportIntegrationTest {

    @Autowired StaffFixture fixture;
    @Autowired DivisionService divisions;
    @Autowired DivisionImporter importer;

    @Test
    void nanAnHasItsTwentySevenStreetsAndTownsAndFourHundredThirtyVillages() {
        fixture.ensure();

        assertThat(divisions.countInScope(DivisionLevel.TOWNSHIP, "350583")).isEqualTo(27);
        assertThat(divisions.countInScope(DivisionLevel.VILLAGE, "350583")).isEqualTo(430);
        assertThat(divisions.children("350583")).hasSize(27);
    }

    @Test
    void aDivisionKnowsItsFullNameAndAncestors() {
        fixture.ensure();

        assertThat(divisions.get("350583001").fullName()).isEqualTo("福建省泉州市南安市溪美街道");
        assertThat(divisions.get("350583001001").fullName()).isEqualTo("福建省泉州市南安市溪美街道溪美社区居委会");
        assertThat(divisions.ancestorsAndSelf("350583001001")).extracting(Division::code)
                .containsExactly("35", "3505", "350583", "350583001", "350583001001");
    }

    @Test
    void importingTheSameDataAgainAddsNothing() {
        fixture.ensure();

        assertThat(importer.importFrom("classpath:demo/divisions/")).isZero();
    }

    /** The national data set as published (../shared/data/china-division, villages gzipped): one prefecture of it. */
    @Test
    void quanzhouImportsFromTheNationalDataSet() throws Exception {
        fixture.ensure();
        java.nio.file.Path nationalData = java.nio.file.Path.of("../../shared/data/china-division").toAbsolutePath().normalize();
        assertThat(nationalData.resolve("villages.csv.gz")).exists();

        int added = importer.importFrom(nationalData.toUri().toString(), "3505");

        assertThat(added).isGreaterThan(2000);
        assertThat(divisions.countInScope(DivisionLevel.COUNTY, "3505")).isEqualTo(12);
        assertThat(divisions.get("350502").fullName()).isEqualTo("福建省泉州市鲤城区");
        assertThat(divisions.find("350102")).isEmpty(); // Fuzhou lies outside the prefix
        assertThat(divisions.countInScope(DivisionLevel.VILLAGE, "350583")).isEqualTo(430);
    }
}
