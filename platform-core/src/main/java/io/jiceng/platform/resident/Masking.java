package io.jiceng.platform.resident;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How names, ID numbers and phone numbers look to someone not entitled to see them in full: the one way the
 * platform masks them (residents, case titles, public notices, exports, payment lists). Configured by
 * {@code platform.masking.name}, {@code platform.masking.id-number} and {@code platform.masking.phone}, each a
 * {@link MaskPattern} such as {@code keep 1 first and 1 last} (张*丰, the default for names),
 * {@code keep 6 first and 4 last} (350583********1234, the default for ID numbers) or {@code keep 1 first}.
 * <p>
 * Records such as {@link Resident} mask through {@link #current()}: the configuration of the running application,
 * set when this component is created (the defaults before that, e.g. in unit tests).
 */
@Component
public class Masking {

    private static volatile Masking current = new Masking(MaskPattern.parse(MaskPattern.NAME_DEFAULT),
            MaskPattern.parse(MaskPattern.ID_NUMBER_DEFAULT), MaskPattern.parse(MaskPattern.PHONE_DEFAULT));

    private final MaskPattern name;
    private final MaskPattern idNumber;
    private final MaskPattern phone;

    @org.springframework.beans.factory.annotation.Autowired
    public Masking(@Value("${platform.masking.name:" + MaskPattern.NAME_DEFAULT + "}") String name,
                   @Value("${platform.masking.id-number:" + MaskPattern.ID_NUMBER_DEFAULT + "}") String idNumber,
                   @Value("${platform.masking.phone:" + MaskPattern.PHONE_DEFAULT + "}") String phone) {
        this(MaskPattern.parse(name), MaskPattern.parse(idNumber), MaskPattern.parse(phone));
    }

    /** Makes this configuration the application's (not done for instances made by hand). */
    @jakarta.annotation.PostConstruct
    void install() {
        current = this;
    }

    Masking(MaskPattern name, MaskPattern idNumber, MaskPattern phone) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
    }

    /** The masking of the running application. */
    public static Masking current() {
        return current;
    }

    public String name(String value) {
        return name.apply(value);
    }

    public String idNumber(String value) {
        return idNumber.apply(value);
    }

    public String phone(String value) {
        return phone.apply(value);
    }
}
