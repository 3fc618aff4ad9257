package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.labels.MixedUseRule;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.geojson.GeoJsonWriter;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The label-C analysis end to end on the real BAG of Den Haag and Voorburg: the GeoPackage, a plan
 * area around all its panden and an EP-Online export go through the real {@link Importer} into a
 * real project, the park is loaded and analysed, and every count is checked against what plain SQL
 * on the source GeoPackage says.
 *
 * <p>The shared EP-Online-joined CSVs do not overlap this BAG: not one VBO or pand id of
 * Vruchtenbuurt (or Loenen, Tilburg) is in it (checked below, not assumed). So the label join is
 * tested with an export in EP-Online's open format that this test writes for real office VBOs of
 * the GeoPackage; the Vruchtenbuurt file, imported for the plan area, has nothing usable there.
 */
@Tag("realdata")
@Tag("slow")
class DenHaagOfficeLabelTest {
    private static final String VRUCHTENBUURT = "ep-online-joined/residence_objects_vruchtenbuurt_derived.csv";
    private static final String PARK = "DHV-BAG";
    /** The importer's clock day (ImporterRealDataTest.CLOCK): labels are chosen as valid on it. */
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;

    @Test
    void the_real_bag_finds_every_pure_office_and_labels_join_where_the_ids_overlap() throws Exception {
        Path bag = SharedData.file(DenHaagBagImportTest.FILE);
        Path vruchtenbuurt = SharedData.file(VRUCHTENBUURT);
        long t0 = System.nanoTime();
        Reference ref = Reference.read(bag);

        // What SQL says about the 423 VBOs whose only gebruiksdoel is kantoorfunctie.
        assertThat(ref.pureOffice).hasSize(423);
        long withAddress =
                ref.pureOffice.values().stream().filter(v -> v.imported).count();
        // 125 are "ingetrokken" and point to a nummeraanduiding the file does not hold: the import skips them.
        assertThat(withAddress).isEqualTo(423 - 125);
        Set<String> activeOffice = new TreeSet<>();
        ref.pureOffice.values().stream().filter(v -> v.imported && v.active).forEach(v -> activeOffice.add(v.id));

        Path area = writePlanArea(ref.extent);
        LabelPlan plan = LabelPlan.of(ref, activeOffice);
        Path export = plan.write(dir.resolve("ep-online-export.csv"));

        Importer importer = new Importer(ImporterRealDataTest.CLOCK);
        try (ProjectStore store = ProjectStore.create(dir.resolve("denhaag.gpkg"))) {
            importer.importFile(store, area, Optional.empty(), Optional.empty(), Progress.NONE);
            long tImport = System.nanoTime();
            importer.importFile(store, bag, Optional.empty(), Optional.empty(), Progress.NONE);
            System.out.println("METING: BAG-import " + (System.nanoTime() - tImport) / 1_000_000 + " ms");
            ImportReport labels =
                    importer.importFile(store, export, Optional.empty(), Optional.of(PARK), Progress.NONE);
            // Every written row belongs to a unit of the park; expired and superseded ones are dropped.
            assertThat(labels.counts().read()).isEqualTo(plan.rows);
            assertThat(labels.counts().imported()).isEqualTo(plan.latestValid.size());

            // Vruchtenbuurt lies elsewhere in Den Haag: not one of its ids is in this BAG.
            VruchtenbuurtIds v = VruchtenbuurtIds.read(vruchtenbuurt);
            assertThat(v.labelled).hasSize(1_736);
            assertThat(v.unitIds.stream().filter(ref.allUnitIds::contains)).isEmpty();
            assertThat(v.pandIds.stream().filter(ref.pandIds::contains)).isEmpty();
            // So limited to the park, nothing of it is usable and the project stays as it was.
            assertThatThrownBy(() -> importer.importFile(
                            store, vruchtenbuurt, Optional.empty(), Optional.of(PARK), Progress.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("geen enkel object bruikbaar")
                    // Every labelled row is outside the park; the rest carries no label at all.
                    .hasMessageContaining(LayerImporter.OUTSIDE + " 1.736")
                    .hasMessageContaining("geen label 1.768");
            long tLoad = System.nanoTime();
            ParkSnapshot snapshot = store.load(PARK);
            System.out.println("METING: laden " + (System.nanoTime() - tLoad) / 1_000_000 + " ms");
            assertThat(snapshot.buildings()).hasSize(15_380);
            assertThat(snapshot.labels()).hasSize(plan.latestValid.size());

            OfficeAssumptions office = new OfficeAssumptions(
                    "test",
                    DAY,
                    OfficeAssumptions.MIN_OFFICE_SHARE,
                    OfficeAssumptions.MIN_OFFICE_AREA_M2,
                    true,
                    LabelClass.C,
                    OfficeAssumptions.MAX_ENERGY_INDEX,
                    OfficeAssumptions.MAX_PRIMARY_FOSSIL_KWH_PER_M2,
                    OfficeAssumptions.legal(DAY).sharedUnits(),
                    MixedUseRule.OFFICE_ONLY_WHEN_SOLE);
            long tRun = System.nanoTime();
            ParkResults first = run(snapshot, office);
            System.out.println("METING: analyse " + (System.nanoTime() - tRun) / 1_000_000 + " ms");

            // Every active pure office VBO of the file is found as office use, and nothing else is.
            Set<String> found = new TreeSet<>();
            first.labels().forEach(r -> found.addAll(r.outcome().use().officeUnitIds()));
            assertThat(found).isEqualTo(activeOffice).hasSize(297);

            // The obliged panden are those plain arithmetic on the SQL rows gives.
            Map<String, LabelOutcome.Kind> kinds = new TreeMap<>();
            first.labels().forEach(r -> kinds.put(r.buildingId(), r.kind()));
            Set<String> obliged = new TreeSet<>();
            kinds.forEach((id, k) -> {
                if (k != LabelOutcome.Kind.NOT_OBLIGED) {
                    obliged.add(id);
                }
            });
            assertThat(obliged).isEqualTo(ref.obligedPanden());
            assertThat(obliged).hasSizeGreaterThan(40);

            // Each obliged pand's verdict follows from the labels this test wrote.
            Map<LabelOutcome.Kind, Integer> expectedCounts = new LinkedHashMap<>();
            for (LabelResult r : first.labels()) {
                if (r.kind() == LabelOutcome.Kind.NOT_OBLIGED) {
                    continue;
                }
                LabelOutcome.Kind expected = plan.expected(r.buildingId());
                assertThat(r.kind())
                        .as("pand %s: %s", r.buildingId(), r.outcome().reason())
                        .isEqualTo(expected);
                expectedCounts.merge(expected, 1, Integer::sum);
                if (r.outcome() instanceof LabelOutcome.NonCompliant n) {
                    assertThat(n.label().labelClass()).isEqualTo(plan.weakest(r.buildingId()));
                }
            }
            assertThat(expectedCounts)
                    .containsKeys(
                            LabelOutcome.Kind.NO_LABEL,
                            LabelOutcome.Kind.COMPLIANT,
                            LabelOutcome.Kind.NON_COMPLIANT,
                            LabelOutcome.Kind.PARTLY_LABELLED);
            for (var e : expectedCounts.entrySet()) {
                assertThat(first.summary().count(e.getKey())).isEqualTo(e.getValue());
            }
            // The unit with an older G and a newer B registration counts as B.
            LabelResult superseded = byId(first, plan.supersededPand);
            assertThat(superseded.outcome().reason()).doesNotContain("label G");

            // A second load and run gives identical results.
            ParkResults second = run(store.load(PARK), office);
            assertThat(second.labels()).isEqualTo(first.labels());
            assertThat(second.obligations()).isEqualTo(first.obligations());
            assertThat(second.summary()).isEqualTo(first.summary());

            // The default mixed-use rule is this pure-office reading; the widest one obliges more panden.
            assertThat(OfficeAssumptions.legal(DAY).mixedUse()).isEqualTo(MixedUseRule.OFFICE_ONLY_WHEN_SOLE);
            ParkResults wide = run(
                    snapshot,
                    new OfficeAssumptions(
                            "breed",
                            DAY,
                            office.minOfficeShare(),
                            office.minOfficeAreaM2(),
                            true,
                            LabelClass.C,
                            office.maxEnergyIndex(),
                            office.maxPrimaryFossilKwhPerM2(),
                            office.sharedUnits(),
                            MixedUseRule.OFFICE_WHEN_LISTED));
            long wideObliged = wide.labels().stream()
                    .filter(r -> r.kind() != LabelOutcome.Kind.NOT_OBLIGED)
                    .count();
            assertThat(wideObliged).isGreaterThanOrEqualTo(obliged.size());
            System.out.println("METING: met kantoor_indien_genoemd " + wideObliged + " verplichte panden");
            System.out.println("METING: Den Haag/Voorburg labelplicht: " + obliged.size() + " verplichte panden, "
                    + first.summary().describe().get(1) + "; " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    private static LabelResult byId(ParkResults results, String pandId) {
        return results.labels().stream()
                .filter(r -> r.buildingId().equals(pandId))
                .findFirst()
                .orElseThrow();
    }

    private static ParkResults run(ParkSnapshot snapshot, OfficeAssumptions office) {
        return ParkAnalysis.run(
                snapshot, office, ObligationAssumptions.legal(), GridAssumptions.standard(), Progress.NONE);
    }

    /** An IBIS-style plan area: the envelope of every pand plus 10 m, in RD New. */
    private Path writePlanArea(Envelope extent) throws Exception {
        Envelope e = new Envelope(extent);
        e.expandBy(10);
        Path file = dir.resolve("plangebied.geojson");
        try (GeoJsonWriter w = GeoJsonWriter.create(file, GeoJsonWriter.Options.rdNew())) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("RIN_NUMMER", PARK);
            props.put("PLAN_NAAM", "BAG-uitsnede Den Haag en Voorburg");
            props.put("GEMEENTE", "'s-Gravenhage");
            w.write(new GeometryFactory().toGeometry(e), props);
        }
        return file;
    }

    /** One VBO row of the source GeoPackage, as SQL gives it. */
    private record Vbo(
            String id, List<String> panden, boolean active, boolean imported, double areaM2, boolean pureOffice) {}

    /** Facts read from the source GeoPackage with plain SQL, independent of the importer. */
    private static final class Reference {
        final Map<String, Vbo> pureOffice = new TreeMap<>();
        final List<Vbo> all = new ArrayList<>();
        final Set<String> allUnitIds = new HashSet<>();
        final Set<String> pandIds = new HashSet<>();
        final Map<String, BuildingStatus> pandStatus = new HashMap<>();
        final Map<String, String[]> addressOf = new HashMap<>();
        Envelope extent;

        static Reference read(Path gpkg) throws Exception {
            Reference r = new Reference();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg + "?open_mode=1");
                    Statement st = db.createStatement()) {
                try (ResultSet rs =
                        st.executeQuery("select min(minx), min(miny), max(maxx), max(maxy) from rtree_pand_geom")) {
                    rs.next();
                    r.extent = new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4));
                }
                try (ResultSet rs = st.executeQuery("select identificatie, status from pand")) {
                    while (rs.next()) {
                        String id = tail(rs.getString(1));
                        r.pandIds.add(id);
                        r.pandStatus.put(
                                id, BuildingStatus.fromBag(rs.getString(2)).orElseThrow());
                    }
                }
                try (ResultSet rs = st.executeQuery("select v.identificatie, v.pandref, v.status, v.oppervlakte,"
                        + " v.gebruiksdoel, n.postcode, n.huisnummer from verblijfsobject v left join"
                        + " nummeraanduiding n on n.identificatie = v.hoofdadresnummeraanduidingref")) {
                    while (rs.next()) {
                        String id = tail(rs.getString(1));
                        List<String> panden = new ArrayList<>();
                        for (String p : rs.getString(2).split(",")) {
                            panden.add(tail(p));
                        }
                        boolean imported = rs.getString(6) != null;
                        Vbo v = new Vbo(
                                id,
                                panden,
                                UnitStatus.fromBag(rs.getString(3))
                                        .orElseThrow()
                                        .isActive(),
                                imported,
                                rs.getDouble(4),
                                "kantoorfunctie".equals(rs.getString(5)));
                        r.all.add(v);
                        r.allUnitIds.add(id);
                        if (v.pureOffice) {
                            r.pureOffice.put(id, v);
                        }
                        if (imported) {
                            r.addressOf.put(id, new String[] {rs.getString(6), rs.getString(7)});
                        }
                    }
                }
            }
            return r;
        }

        /**
         * Standing panden whose imported active VBOs are at least half pure office and 100 m2 of it, a
         * VBO in several panden split equally over them.
         */
        Set<String> obligedPanden() {
            Map<String, double[]> areas = new HashMap<>();
            for (Vbo v : all) {
                if (!v.imported || !v.active) {
                    continue;
                }
                double part = v.areaM2 / v.panden.size();
                for (String p : v.panden) {
                    double[] a = areas.computeIfAbsent(p, k -> new double[2]);
                    a[0] += v.pureOffice ? part : 0;
                    a[1] += part;
                }
            }
            Set<String> obliged = new TreeSet<>();
            areas.forEach((p, a) -> {
                if (pandStatus.containsKey(p)
                        && pandStatus.get(p).isStanding()
                        && a[0] >= 100
                        && a[0] >= 0.5 * a[1] * (1 - 1e-9)) {
                    obliged.add(p);
                }
            });
            return obliged;
        }

        private static String tail(String bagId) {
            return bagId.substring(bagId.length() - 16);
        }
    }

    /**
     * The labels this test writes for the office VBOs of the obliged panden, cycling through four
     * patterns per pand: none; all compliant (one unit also with an older G, superseded); the first
     * unit D and the rest A; only the first unit labelled and an expired label on the second.
     */
    private static final class LabelPlan {
        final List<String[]> lines = new ArrayList<>();
        /** Per VBO the class of its latest registration valid on {@link #DAY}. */
        final Map<String, LabelClass> latestValid = new HashMap<>();

        private final Map<String, LocalDate> latestDate = new HashMap<>();
        /** Per obliged pand its active pure office VBOs, from SQL (a shared VBO under each of its panden). */
        final Map<String, List<String>> officeByPand = new TreeMap<>();

        int rows;
        String supersededPand;
        private final Reference ref;

        private LabelPlan(Reference ref) {
            this.ref = ref;
        }

        static LabelPlan of(Reference ref, Set<String> activeOffice) {
            LabelPlan plan = new LabelPlan(ref);
            Set<String> obliged = ref.obligedPanden();
            for (String id : activeOffice) {
                for (String p : ref.pureOffice.get(id).panden) {
                    if (obliged.contains(p)) {
                        plan.officeByPand
                                .computeIfAbsent(p, k -> new ArrayList<>())
                                .add(id);
                    }
                }
            }
            Set<String> written = new HashSet<>();
            int i = 0;
            for (var e : plan.officeByPand.entrySet()) {
                String pand = e.getKey();
                // A VBO shared with a pand already handled keeps the labels written there.
                List<String> units =
                        e.getValue().stream().filter(u -> !written.contains(u)).toList();
                if (units.isEmpty()) {
                    continue;
                }
                written.addAll(units);
                switch (i++ % 4) {
                    case 0 -> {}
                    case 1 -> {
                        for (int u = 0; u < units.size(); u++) {
                            plan.add(
                                    units.get(u),
                                    pand,
                                    LabelClass.values()[LabelClass.A.ordinal() + u % 3],
                                    2022,
                                    true);
                        }
                        if (plan.supersededPand == null && e.getValue().size() == units.size()) {
                            plan.add(units.get(0), pand, LabelClass.G, 2019, true);
                            plan.supersededPand = pand;
                        }
                    }
                    case 2 -> {
                        plan.add(units.get(0), pand, LabelClass.D, 2021, true);
                        for (int u = 1; u < units.size(); u++) {
                            plan.add(units.get(u), pand, LabelClass.A, 2023, true);
                        }
                    }
                    default -> {
                        plan.add(units.get(0), pand, LabelClass.B, 2020, true);
                        if (units.size() > 1) {
                            plan.add(units.get(1), pand, LabelClass.A, 2013, false);
                        }
                    }
                }
            }
            return plan;
        }

        private void add(String unit, String pand, LabelClass c, int year, boolean valid) {
            LocalDate registered = LocalDate.of(year, 3, 1);
            LocalDate until = valid ? registered.plusYears(10) : LocalDate.of(2024, 3, 1);
            String[] address = ref.addressOf.get(unit);
            lines.add(new String[] {
                fmt(registered.minusDays(10)),
                "Bestaand",
                "",
                c.code(),
                "U",
                fmt(until),
                fmt(registered),
                address[0],
                address[1],
                "",
                "",
                unit,
                pand,
                "",
                "",
                ""
            });
            rows++;
            LocalDate known = latestDate.get(unit);
            if (valid && (known == null || registered.isAfter(known))) {
                latestDate.put(unit, registered);
                latestValid.put(unit, c);
            }
        }

        Path write(Path file) throws Exception {
            StringBuilder out = new StringBuilder();
            out.append("EP-Online export energielabels").append(";".repeat(15)).append('\n');
            out.append("Peildatum;20261001").append(";".repeat(14)).append('\n');
            out.append("Pand_opnamedatum;Pand_status;Pand_energieindex;Pand_energieklasse;Pand_gebouwklasse;"
                    + "Meting_geldig_tot;Pand_registratiedatum;Pand_postcode;Pand_huisnummer;Pand_huisletter;"
                    + "Pand_huisnummertoevoeging;Pand_bagverblijfsobjectid;Pand_bagpandid;"
                    + "Pand_gebruiksoppervlakte_thermische_zone;Pand_primaire_fossiele_energie;Pand_SBIcode\n");
            for (String[] l : lines) {
                out.append(String.join(";", l)).append('\n');
            }
            Files.writeString(file, out, StandardCharsets.UTF_8);
            return file;
        }

        /** The verdict the label rule gives for an obliged pand, from the SQL office units and the written labels. */
        LabelOutcome.Kind expected(String pand) {
            List<String> units = officeByPand.get(pand);
            long labelled = units.stream().filter(latestValid::containsKey).count();
            if (labelled == 0) {
                return LabelOutcome.Kind.NO_LABEL;
            }
            if (labelled < units.size()) {
                return LabelOutcome.Kind.PARTLY_LABELLED;
            }
            return weakest(pand).compareTo(LabelClass.C) <= 0
                    ? LabelOutcome.Kind.COMPLIANT
                    : LabelOutcome.Kind.NON_COMPLIANT;
        }

        LabelClass weakest(String pand) {
            return officeByPand.get(pand).stream()
                    .map(latestValid::get)
                    .max(LabelClass::compareTo)
                    .orElseThrow();
        }

        private static String fmt(LocalDate d) {
            return DateTimeFormatter.BASIC_ISO_DATE.format(d);
        }
    }

    /** The ids in the Vruchtenbuurt CSV, read as plain text. */
    private record VruchtenbuurtIds(Set<String> unitIds, Set<String> pandIds, Set<String> labelled) {
        static VruchtenbuurtIds read(Path csv) throws Exception {
            Set<String> units = new HashSet<>();
            Set<String> panden = new HashSet<>();
            Set<String> labelled = new HashSet<>();
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                List<String> header = List.of(in.readLine().split(","));
                int unit = header.indexOf("verblijfsobjectID");
                int klasse = header.indexOf("energieklasse");
                int pand = header.indexOf("pandidenti");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    List<String> f = fields(line);
                    units.add(f.get(unit));
                    panden.add(f.get(pand));
                    if (!f.get(klasse).equalsIgnoreCase("unknown")) {
                        labelled.add(f.get(unit));
                    }
                }
            }
            return new VruchtenbuurtIds(units, panden, labelled);
        }

        /** Comma-separated fields; gebruiksdo holds commas inside double quotes ("woonfunctie,winkelfunctie"). */
        private static List<String> fields(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
