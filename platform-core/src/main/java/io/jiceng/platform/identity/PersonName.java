package io.jiceng.platform.identity;

import java.util.Set;

/**
 * A staff member's name split the way Camunda's users carry it. A Chinese name is family name then given name,
 * without a space (林晓燕: family 林, given 晓燕; a few family names have two characters, 欧阳娜娜); a name with spaces
 * is taken in Western order (Lihua Wang: given Lihua, family Wang); a single word is a given name.
 */
record PersonName(String given, String family) {

    private static final Set<String> TWO_CHARACTER_FAMILY_NAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "令狐", "慕容", "司徒", "尉迟", "公孙", "长孙", "宇文", "夏侯", "端木", "轩辕", "独孤", "南宫", "西门", "呼延");

    static PersonName of(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.codePoints().anyMatch(PersonName::isHan) && name.codePoints().noneMatch(Character::isWhitespace)) {
            int familyLength = name.length() > 2 && TWO_CHARACTER_FAMILY_NAMES.contains(name.substring(0, 2))
                    ? 2 : Character.charCount(name.codePointAt(0));
            if (name.length() > familyLength) {
                return new PersonName(name.substring(familyLength), name.substring(0, familyLength));
            }
            return new PersonName(name, "");
        }
        int lastSpace = name.lastIndexOf(' ');
        return lastSpace < 0 ? new PersonName(name, "")
                : new PersonName(name.substring(0, lastSpace).strip(), name.substring(lastSpace + 1));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
