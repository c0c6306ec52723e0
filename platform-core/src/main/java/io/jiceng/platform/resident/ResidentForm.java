package io.jiceng.platform.resident;

/** What a clerk types to register or edit a resident; validated by {@link ResidentService}. */
public class ResidentForm {

    private String idNumber;
    private String name;
    private String phone;
    private String householdNo;
    private String householdRelation;
    private String divisionCode;
    private String address;
    private boolean migrant;

    public static ResidentForm of(Resident resident) {
        ResidentForm form = new ResidentForm();
        form.idNumber = resident.idNumber();
        form.name = resident.name();
        form.phone = resident.phone();
        form.householdNo = resident.householdNo();
        form.householdRelation = resident.householdRelation();
        form.divisionCode = resident.divisionCode();
        form.address = resident.address();
        form.migrant = resident.migrant();
        return form;
    }

    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getHouseholdNo() { return householdNo; }
    public void setHouseholdNo(String householdNo) { this.householdNo = householdNo; }
    public String getHouseholdRelation() { return householdRelation; }
    public void setHouseholdRelation(String householdRelation) { this.householdRelation = householdRelation; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isMigrant() { return migrant; }
    public void setMigrant(boolean migrant) { this.migrant = migrant; }
}
