package nl.kansenkaart.core.kansen;

/** The kinds of opportunity on the kansenkaart, with the Dutch name a legend and a sheet show. */
public enum OpportunityType {
    /** Rooftop solar on one building. */
    SOLAR_ROOF("zon_op_dak", "Zon op dak", false),
    /** EML measure GH1: solar on a roof of at least 2,000 m2 and 300 kWp. */
    GH1_SOLAR("gh1_zon", "Erkende maatregel GH1 (zon-PV)", false),
    /** A structural check of the roof before panels are planned. */
    STRUCTURAL_CHECK("constructieve_check", "Constructieve check voor zonnepanelen", false),
    /** An office that does not (fully) meet the label-C obligation. */
    LABEL_C_UPGRADE("label_c", "Naar label C", false),
    /** Energiebesparingsplicht likely: check the recognised measures (EML). */
    ENERGY_SAVING("besparingsplicht", "Energiebesparingsplicht: erkende maatregelen", false),
    /** Buildings above a solar threshold buying panels together. */
    COLLECTIVE_PV("collectieve_zon", "Collectieve inkoop zonnepanelen", true),
    /** Producers and consumers close together behind a congested grid. */
    ENERGY_HUB("energiehub", "Energiehub / gedeelde batterij / groepscontract", true),
    /** The offices under the label-C obligation working together. */
    SHARED_LABEL_C("gezamenlijk_label_c", "Gezamenlijke aanpak label C kantoren", true),
    /** Likely obliged companies taking the recognised measures together. */
    COLLECTIVE_SAVING("collectief_besparen", "Collectief energie besparen", true),
    /** Large gas users close enough to exchange heat. */
    HEAT_EXCHANGE("warmte_uitwisseling", "Warmte-uitwisseling", true);

    private final String code;
    private final String dutch;
    private final boolean collective;

    OpportunityType(String code, String dutch, boolean collective) {
        this.code = code;
        this.dutch = dutch;
        this.collective = collective;
    }

    /** The short code for the project file and the map style ("zon_op_dak"). */
    public String code() {
        return code;
    }

    /** The Dutch name for legends and sheets. */
    public String dutch() {
        return dutch;
    }

    /** Whether this is a park-level opportunity with several members. */
    public boolean isCollective() {
        return collective;
    }
}
