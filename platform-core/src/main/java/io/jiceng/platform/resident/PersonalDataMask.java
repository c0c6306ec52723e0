package io.jiceng.platform.resident;

/**
 * How names and ID numbers look to someone not entitled to see them in full, the way Chinese public
 * notices mask them: 张*丰, 350583********1234.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int length = name.codePointCount(0, name.length());
        int first = name.codePointAt(0);
        String head = new String(Character.toChars(first));
        if (length == 1) {
            return "*";
        }
        if (length == 2) {
            return head + "*";
        }
        int last = name.codePointBefore(name.length());
        return head + "*".repeat(length - 2) + new String(Character.toChars(last));
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? "" : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
