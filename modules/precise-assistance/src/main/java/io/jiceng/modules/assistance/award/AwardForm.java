package io.jiceng.modules.assistance.award;

import java.util.ArrayList;
import java.util.List;

/** What the clerk fills in for an application, from the screen or from the API's {@code data}. */
public class AwardForm {

    private String schemeCode;
    private Integer confirmYear;
    private boolean ruralHousehold;
    private boolean outOfPolicyBirth;
    private String spouseName;
    private String spouseIdNumber;
    private Integer spouseBirthYear;
    private List<Child> children = new ArrayList<>();
    private String overrideReason;
    private String note;

    public String getSchemeCode() { return schemeCode; }
    public void setSchemeCode(String schemeCode) { this.schemeCode = schemeCode; }
    public Integer getConfirmYear() { return confirmYear; }
    public void setConfirmYear(Integer confirmYear) { this.confirmYear = confirmYear; }
    public boolean isRuralHousehold() { return ruralHousehold; }
    public void setRuralHousehold(boolean ruralHousehold) { this.ruralHousehold = ruralHousehold; }
    public boolean isOutOfPolicyBirth() { return outOfPolicyBirth; }
    public void setOutOfPolicyBirth(boolean outOfPolicyBirth) { this.outOfPolicyBirth = outOfPolicyBirth; }
    public String getSpouseName() { return spouseName; }
    public void setSpouseName(String spouseName) { this.spouseName = spouseName; }
    public String getSpouseIdNumber() { return spouseIdNumber; }
    public void setSpouseIdNumber(String spouseIdNumber) { this.spouseIdNumber = spouseIdNumber; }
    public Integer getSpouseBirthYear() { return spouseBirthYear; }
    public void setSpouseBirthYear(Integer spouseBirthYear) { this.spouseBirthYear = spouseBirthYear; }
    public List<Child> getChildren() { return children; }
    public void setChildren(List<Child> children) { this.children = children == null ? new ArrayList<>() : new ArrayList<>(children); }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    public AwardForm addChild(Child child) {
        children.add(child);
        return this;
    }
}
