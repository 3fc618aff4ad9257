package nl.kansenkaart.core.solar;

/**
 * A roof the consultant marked unsuitable (override {@value SolarAnalysis#ROOF_UNSUITABLE_KEY}):
 * no panels, whatever the method would have fitted. The consultant knows the roof (asbestos, a
 * lease that ends, a roof full of installations); the set-aside sizing is kept so the reason line
 * can say what the data alone would have given.
 *
 * @param setAside the sizing the method gave before the consultant's verdict
 */
public record UnsuitableRoofSizing(Sizing setAside) implements Sizing {

    public UnsuitableRoofSizing {
        if (setAside == null) {
            throw new IllegalArgumentException("berekening zonder markering ontbreekt");
        }
    }

    /** The method the set-aside sizing used, so tables still show how the roof was looked at. */
    @Override
    public SolarMethod method() {
        return setAside.method();
    }

    @Override
    public double footprintM2() {
        return setAside.footprintM2();
    }

    @Override
    public double usableRoofAreaM2() {
        return 0;
    }

    @Override
    public int panels() {
        return 0;
    }

    @Override
    public double peakPowerKwp() {
        return 0;
    }

    @Override
    public double yieldKwhPerYear() {
        return 0;
    }

    @Override
    public String reason() {
        String without = setAside.fallback()
                .map(f -> f.dutch() + ", terugval op footprint: ")
                .orElse("");
        return "dak door de adviseur als ongeschikt gemarkeerd: 0 panelen (zonder die markering " + without
                + setAside.reason() + ")";
    }
}
