package io.jiceng.platform.residentimport;

import io.jiceng.platform.resident.ResidentForm;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The columns of a resident import file, in the template's order. A header is recognised by its Chinese or English
 * name or one of its usual variants; spaces, asterisks and case do not matter.
 */
public enum ImportColumn {
    ID_NUMBER("idNumber", "身份证号", "ID number", true, ResidentForm::setIdNumber, "身份证号码", "公民身份号码", "证件号码"),
    NAME("name", "姓名", "Name", true, ResidentForm::setName),
    PHONE("phone", "联系电话", "Phone", false, ResidentForm::setPhone, "电话", "手机", "手机号码", "phone number"),
    HOUSEHOLD_NO("householdNo", "户号", "Household no", false, ResidentForm::setHouseholdNo, "household number"),
    HOUSEHOLD_RELATION("householdRelation", "与户主关系", "Relation to head of household", false,
            ResidentForm::setHouseholdRelation, "relation"),
    DIVISION_CODE("divisionCode", "所属区划代码", "Division code", true, ResidentForm::setDivisionCode, "区划代码",
            "行政区划代码", "division"),
    ADDRESS("address", "现住址", "Address", false, ResidentForm::setAddress, "住址", "现居住地址"),
    MIGRANT("migrant", "是否流动人口", "Migrant", false, (form, value) -> { }, "流动人口", "is migrant");

    /** Headers that number the rows and are not data. */
    private static final List<String> ROW_NUMBER_HEADERS = List.of("序号", "no", "#");

    private final String field;
    private final String chinese;
    private final String english;
    private final boolean required;
    private final BiConsumer<ResidentForm, String> setter;
    private final List<String> names;

    ImportColumn(String field, String chinese, String english, boolean required, BiConsumer<ResidentForm, String> setter,
                 String... variants) {
        this.field = field;
        this.chinese = chinese;
        this.english = english;
        this.required = required;
        this.setter = setter;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(chinese, english, field),
                Arrays.stream(variants)).map(ImportColumn::normalised).toList();
    }

    /** The {@link ResidentForm} property the column fills (also the {@code field} of the service's errors). */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** The header as the template in this language writes it. */
    public String header(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    void set(ResidentForm form, String value) {
        setter.accept(form, value);
    }

    static Optional<ImportColumn> byHeader(String header) {
        String name = normalised(header);
        return Arrays.stream(values()).filter(c -> c.names.contains(name)).findFirst();
    }

    static boolean isRowNumber(String header) {
        return ROW_NUMBER_HEADERS.contains(normalised(header));
    }

    static Optional<ImportColumn> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    private static String normalised(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s*＊._\\-（）()]", "")
                .toLowerCase(Locale.ROOT);
    }
}
