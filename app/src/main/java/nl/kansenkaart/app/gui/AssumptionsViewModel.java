package nl.kansenkaart.app.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.solar.SolarAssumptions;

/**
 * The assumptions panel: the solar preset and the main numbers of solar, label C and obligations,
 * each with its unit. Applying a value makes a new {@link AnalysisAssumptions} (the analyses then rerun);
 * a value the analyses refuse leaves the set as it was and says why in Dutch.
 */
public final class AssumptionsViewModel {

    /** Which analysis a parameter belongs to. */
    public enum Group {
        SOLAR,
        OFFICE,
        OBLIGATIONS
    }

    /** One editable number: the properties key of its analysis, a Dutch name, a unit and its text. */
    public static final class Parameter {
        private final Group group;
        private final String key;
        private final String name;
        private final String unit;
        private final StringProperty value = new SimpleStringProperty("");

        Parameter(Group group, String key, String name, String unit) {
            this.group = group;
            this.key = key;
            this.name = name;
            this.unit = unit;
        }

        /** The analysis it belongs to. */
        public Group group() {
            return group;
        }

        /** The key in the analysis' properties ("zon.wattpiek_per_paneel"). */
        public String key() {
            return key;
        }

        /** The Dutch name. */
        public String name() {
            return name;
        }

        /** The unit ("Wp", "kWh/kWp"). */
        public String unit() {
            return unit;
        }

        /** The value as typed (Dutch decimal comma). */
        public StringProperty valueProperty() {
            return value;
        }
    }

    private final LocalDate referenceDate;
    private final ObjectProperty<SolarAssumptions> solarPreset = new SimpleObjectProperty<>(SolarAssumptions.ACTUEEL);
    private final ReadOnlyObjectWrapper<AnalysisAssumptions> current;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final List<Parameter> parameters = new ArrayList<>();
    /** Set while {@link #adopt} chooses the preset, so choosing it does not reset the stored numbers. */
    private boolean adopting;

    /** The panel with the defaults of {@link AnalysisAssumptions#defaults(LocalDate)}. */
    public AssumptionsViewModel(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        current = new ReadOnlyObjectWrapper<>(AnalysisAssumptions.defaults(referenceDate));
        add(Group.SOLAR, "zon.wattpiek_per_paneel", "Wp");
        add(Group.SOLAR, "zon.paneeloppervlak_m2", "m²");
        add(Group.SOLAR, "zon.leidraad.m2_footprint_per_paneel", "m²");
        add(Group.SOLAR, "zon.bruikbaar_aandeel.overig", "0\u20131");
        add(Group.SOLAR, "zon.specifieke_opbrengst_kwh_per_kwp", "kWh/kWp");
        add(Group.SOLAR, "zon.investering_eur_per_wp.klein", "\u20ac/Wp");
        add(Group.SOLAR, "zon.investering_eur_per_wp.middel", "\u20ac/Wp");
        add(Group.SOLAR, "zon.investering_eur_per_wp.groot", "\u20ac/Wp");
        add(Group.SOLAR, "zon.prijs_eigen_gebruik_eur_per_kwh", "\u20ac/kWh");
        add(Group.SOLAR, "zon.prijs_teruglevering_eur_per_kwh", "\u20ac/kWh");
        add(Group.SOLAR, "zon.aandeel_eigen_gebruik", "0\u20131");
        add(Group.OFFICE, "kantoor.min_aandeel_procent", "%");
        add(Group.OFFICE, "kantoor.min_oppervlak_m2", "m²");
        add(Group.OBLIGATIONS, "besparingsplicht.elektriciteit_kwh", "kWh/jaar");
        add(Group.OBLIGATIONS, "besparingsplicht.gas_m3", "m³/jaar");
        add(Group.OBLIGATIONS, "onderzoeksplicht.elektriciteit_kwh", "kWh/jaar");
        add(Group.OBLIGATIONS, "onderzoeksplicht.gas_m3", "m³/jaar");
        fill(current.get());
        solarPreset.addListener((o, a, b) -> {
            if (b != null && !adopting) {
                AnalysisAssumptions now = current.get();
                AnalysisAssumptions next = now.withSolar(b);
                fill(next);
                error.set("");
                current.set(next);
            }
        });
    }

    private void add(Group group, String key, String unit) {
        parameters.add(new Parameter(group, key, Messages.get("assumption." + key), unit));
    }

    private void fill(AnalysisAssumptions set) {
        for (Parameter p : parameters) {
            p.value.set(DutchFormat.plain(valueOf(set, p.key)));
        }
    }

    /** The value behind a key, read from the records (their text forms differ in decimal sign). */
    private static double valueOf(AnalysisAssumptions set, String key) {
        SolarAssumptions s = set.solar();
        return switch (key) {
            case "zon.wattpiek_per_paneel" -> s.panelPeakPowerWp();
            case "zon.paneeloppervlak_m2" -> s.panelAreaM2();
            case "zon.leidraad.m2_footprint_per_paneel" -> s.footprintM2PerPanel();
            case "zon.bruikbaar_aandeel.overig" -> s.usableShareOther();
            case "zon.specifieke_opbrengst_kwh_per_kwp" -> s.specificYieldKwhPerKwp();
            case "zon.investering_eur_per_wp.klein" -> s.investmentEurPerWpSmall();
            case "zon.investering_eur_per_wp.middel" -> s.investmentEurPerWpMedium();
            case "zon.investering_eur_per_wp.groot" -> s.investmentEurPerWpLarge();
            case "zon.prijs_eigen_gebruik_eur_per_kwh" -> s.priceSelfUseEurPerKwh();
            case "zon.prijs_teruglevering_eur_per_kwh" -> s.priceFeedInEurPerKwh();
            case "zon.aandeel_eigen_gebruik" -> s.selfUseShare();
            case "kantoor.min_aandeel_procent" -> set.office().minOfficeShare() * 100;
            case "kantoor.min_oppervlak_m2" -> set.office().minOfficeAreaM2();
            case "besparingsplicht.elektriciteit_kwh" -> set.obligations().savingElectricityKwh();
            case "besparingsplicht.gas_m3" -> set.obligations().savingGasM3();
            case "onderzoeksplicht.elektriciteit_kwh" -> set.obligations().researchElectricityKwh();
            case "onderzoeksplicht.gas_m3" -> set.obligations().researchGasM3();
            default -> throw new IllegalArgumentException("onbekende aanname " + key);
        };
    }

    /** A typed Dutch number ("1.250,5", "0,2", "430") as the analyses read it, or the text unchanged. */
    private static String normalised(String typed) {
        String t = typed.strip().replace(" ", "").replace("\u00a0", "");
        String java = t.contains(",") ? t.replace(".", "").replace(',', '.') : t;
        try {
            return DutchFormat.plain(Double.parseDouble(java));
        } catch (NumberFormatException e) {
            // The analysis refuses it with a Dutch message naming the key.
            return t;
        }
    }

    /**
     * Makes a new assumption set from the typed values. On a refused value the set stays and
     * {@link #errorProperty()} says which value and why.
     *
     * @return whether the values were taken
     */
    public boolean apply() {
        AnalysisAssumptions now = current.get();
        Properties solar = new Properties();
        Properties office = new Properties();
        Properties obligations = new Properties();
        for (Parameter p : parameters) {
            Properties to =
                    switch (p.group) {
                        case SOLAR -> solar;
                        case OFFICE -> office;
                        case OBLIGATIONS -> obligations;
                    };
            to.setProperty(p.key, normalised(p.value.get()));
        }
        try {
            SolarAssumptions s = SolarAssumptions.fromProperties(solar, solarPreset.get());
            if (!s.equals(solarPreset.get())) {
                s = s.with(
                        Messages.get("assumptions.customName", solarPreset.get().name()),
                        s.method(),
                        s.panelPeakPowerWp(),
                        s.panelAreaM2(),
                        s.unknownOrientationFactor());
            }
            AnalysisAssumptions next = new AnalysisAssumptions(
                    s,
                    OfficeAssumptions.fromProperties(office, now.office()),
                    ObligationAssumptions.fromProperties(obligations, now.obligations()),
                    now.grid(),
                    now.kansen());
            error.set("");
            if (!next.equals(now)) {
                current.set(next);
            }
            return true;
        } catch (IllegalArgumentException e) {
            error.set(Messages.get("assumptions.refused", e.getMessage()));
            return false;
        }
    }

    /**
     * Shows assumptions read elsewhere (those a park's last analysis stored in the project) as the
     * panel's values, with the matching solar preset chosen when there is one.
     */
    public void adopt(AnalysisAssumptions stored) {
        adopting = true;
        try {
            SolarAssumptions preset = SolarAssumptions.presets().stream()
                    .filter(p -> stored.solar().name().startsWith(p.name()))
                    .findFirst()
                    .orElse(solarPreset.get());
            solarPreset.set(preset);
        } finally {
            adopting = false;
        }
        fill(stored);
        error.set("");
        current.set(stored);
    }

    /** Puts the preset's and the legal values back. */
    public void reset() {
        AnalysisAssumptions fresh = new AnalysisAssumptions(
                solarPreset.get(),
                OfficeAssumptions.legal(referenceDate),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                current.get().kansen());
        fill(fresh);
        error.set("");
        current.set(fresh);
    }

    /** Sets a parameter's text by key and applies all values (for tests and scripts). */
    public boolean set(String key, String value) {
        parameter(key).valueProperty().set(value);
        return apply();
    }

    /** The parameter with the given key. */
    public Parameter parameter(String key) {
        return parameters.stream()
                .filter(p -> p.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekende aanname " + key));
    }

    /** The editable parameters, grouped by analysis. */
    public List<Parameter> parameters() {
        return List.copyOf(parameters);
    }

    /** The solar presets to choose from. */
    public List<SolarAssumptions> solarPresets() {
        return SolarAssumptions.presets();
    }

    /** The chosen solar preset; choosing one resets the solar numbers to it. */
    public ObjectProperty<SolarAssumptions> solarPresetProperty() {
        return solarPreset;
    }

    /** The assumptions the analyses use now. */
    public ReadOnlyObjectProperty<AnalysisAssumptions> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why the last values were refused, in Dutch; empty when they were taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The name of the label and obligation preset ("wettelijk"). */
    public String legalPresetName() {
        return current.get().office().preset();
    }
}
