package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.testing.Fixtures;

/** Builds small parks in RD New (WKT) and runs the whole chain up to the kansen report. */
final class ParkBuilder {
    final List<Building> buildings = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final List<EnergyLabel> labels = new ArrayList<>();
    final List<GridArea> gridAreas = new ArrayList<>();
    final List<Company> companies = new ArrayList<>();
    final List<Override> overrides = new ArrayList<>();

    /** Pand id "0363100000000" + three digits of n. */
    static String pand(int n) {
        return String.format(Locale.ROOT, "0363100000000%03d", n);
    }

    static String vbo(int n) {
        return String.format(Locale.ROOT, "0363010000000%03d", n);
    }

    /** A rectangular pand of w x h m with its lower-left corner at (x, y), built in 1995. */
    ParkBuilder building(int n, double x, double y, double w, double h) {
        return building(n, OptionalInt.of(1995), x, y, w, h);
    }

    /** A rectangular pand with the given bouwjaar (empty: unknown). */
    ParkBuilder building(int n, OptionalInt year, double x, double y, double w, double h) {
        String wkt = String.format(
                Locale.ROOT,
                "POLYGON ((%1$.1f %2$.1f, %3$.1f %2$.1f, %3$.1f %4$.1f, %1$.1f %4$.1f, %1$.1f %2$.1f))",
                x,
                y,
                x + w,
                y + h);
        buildings.add(new Building(pand(n), year, BuildingStatus.IN_USE, Fixtures.wkt(wkt), Optional.empty()));
        return this;
    }

    ParkBuilder electricityKwh(int n, double kwh) {
        overrides.add(
                Fixtures.flag(pand(n), ObligationAssumptions.MEASURED_ELECTRICITY_KEY, Long.toString((long) kwh)));
        return this;
    }

    ParkBuilder gasM3(int n, double m3) {
        overrides.add(Fixtures.flag(pand(n), ObligationAssumptions.MEASURED_GAS_KEY, Long.toString((long) m3)));
        return this;
    }

    /** An active unit n in pand n with the given area and purpose. */
    ParkBuilder unit(int n, int areaM2, UsePurpose purpose) {
        units.add(Fixtures.unit(vbo(n), areaM2, List.of(pand(n)), purpose));
        return this;
    }

    /** A company matched to unit n. */
    ParkBuilder company(int n, String name) {
        companies.add(new Company(
                "bedrijf-" + n,
                name,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new Address("Kantoorlaan", 1, Optional.empty(), Optional.empty(), "2595AA", "Den Haag")),
                Optional.of(vbo(n))));
        return this;
    }

    /** One grid area over the whole test park. */
    ParkBuilder grid(CapacityStatus offtake, CapacityStatus feedIn) {
        gridAreas.add(Fixtures.gridArea(
                "A" + gridAreas.size(),
                offtake,
                feedIn,
                2030,
                "POLYGON ((80000 450000, 90000 450000, 90000 460000, 80000 460000, 80000 450000))"));
        return this;
    }

    ParkSnapshot snapshot() {
        return new ParkSnapshot(Fixtures.park(), buildings, units, List.of(), labels, gridAreas, companies, overrides);
    }

    KansenReport analyse(KansenAssumptions a) {
        return analyse(snapshot(), a);
    }

    static KansenReport analyse(ParkSnapshot s, KansenAssumptions a) {
        SolarReport solar = SolarAnalysis.analyse(s, SolarAssumptions.LEIDRAAD_DRENTHE);
        ParkResults results = ParkAnalysis.run(
                s,
                OfficeAssumptions.legal(Fixtures.REFERENCE_DATE),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        KansenReport report = KansenAnalysis.analyse(s, solar, results, a);
        // Every hand-checked park also proves the faster code gives what the code before it gave.
        KansenEquivalenceTest.assertSameReport(report, ReferenceKansenAnalysis.analyse(s, solar, results, a));
        return report;
    }
}
