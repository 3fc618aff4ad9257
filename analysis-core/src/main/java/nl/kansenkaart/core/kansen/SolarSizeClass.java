package nl.kansenkaart.core.kansen;

/** The size class of a rooftop system by peak power; the bounds are in {@link SolarThresholds}. */
public enum SolarSizeClass {
    /** Below the small bound (15 kWp): a small-business or home-size system. */
    SMALL("klein"),
    /** From 15 up to 100 kWp. */
    MEDIUM("middel"),
    /** From 100 up to 300 kWp. */
    LARGE("groot"),
    /** From 300 kWp: the size of the recognised measure GH1. */
    GH1("GH1");

    private final String dutch;

    SolarSizeClass(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch name ("klein", "middel", "groot", "GH1"). */
    public String dutch() {
        return dutch;
    }

    /**
     * The class of a system.
     *
     * @param peakPowerKwp peak power in kWp
     */
    public static SolarSizeClass of(double peakPowerKwp, KansenAssumptions a) {
        if (peakPowerKwp < a.solar().smallBelowKwp()) {
            return SMALL;
        }
        if (peakPowerKwp < a.solar().mediumBelowKwp()) {
            return MEDIUM;
        }
        return peakPowerKwp < a.solar().largeBelowKwp() ? LARGE : GH1;
    }
}
