package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Companies from a KvK-style CSV are matched to every verblijfsobject in the project, also where
 * no plan area has been imported; unmatched and ambiguous rows stay for matching by hand, and the
 * consultant's matches and names survive importing the list again.
 */
class CompanyMatchingTest {
    @TempDir
    Path dir;

    private static final GeometryFactory RD = new GeometryFactory();
    private static final String HEADER =
            "KvK-nummer;Vestigingsnummer;Handelsnaam;Straat;Huisnummer;Huisletter;Toevoeging;Postcode;Plaats;SBI-code";

    private static Unit unit(String id, int number, Optional<String> letter, double x) {
        return new Unit(
                id,
                List.of("0503100000000001"),
                Set.of(UsePurpose.INDUSTRY),
                500,
                UnitStatus.IN_USE,
                new Address("Schieweg", number, letter, Optional.empty(), "2627AN", "Delft"),
                RD.createPoint(new Coordinate(x, 447_000)));
    }

    private ImportReport importFile(ProjectStore store, Path file) throws Exception {
        return new Importer(ImporterRealDataTest.CLOCK)
                .importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE);
    }

    @Test
    void companies_match_units_outside_any_park_and_the_consultants_matches_survive_a_reimport() throws Exception {
        Path kvk = SourceFiles.csv(
                dir.resolve("kvk.csv"),
                List.of(
                        HEADER,
                        "11111111;000000000001;Gekoppeld BV;Schieweg;3;;;2627 AN;Delft;2511",
                        "22222222;000000000002;Twee Deuren BV;Schieweg;7;;;2627AN;Delft;4690",
                        "33333333;000000000003;Onbekend BV;Schieweg;999;;;2627 AN;Delft;6201"));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            // Units only: no bedrijventerrein in the project at all.
            try (ImportSession s = store.beginImport(new Provenance(
                    "vbo.gpkg",
                    SourceKind.UNITS,
                    "GeoPackage",
                    "EPSG:28992",
                    Instant.parse("2024-05-31T12:00:00Z"),
                    ImportCounts.NONE,
                    List.of()))) {
                s.add(unit("0503010000000003", 3, Optional.empty(), 85_000));
                s.add(unit("0503010000000071", 7, Optional.of("A"), 85_020));
                s.add(unit("0503010000000072", 7, Optional.of("B"), 85_040));
                s.commit(ImportCounts.allImported(3));
            }
            assertThat(store.parks()).isEmpty();

            ImportReport first = importFile(store, kvk);
            assertThat(first.companyMatches()).contains(new CompanyMatchCounts(1, 1, 1));
            assertThat(first.toDutchText()).contains("bedrijven: gekoppeld 1, meerdere kandidaten 1, niet gekoppeld 1");
            assertThat(store.companies())
                    .extracting(Company::name, c -> c.unitId().orElse("-"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Gekoppeld BV", "0503010000000003"),
                            org.assertj.core.groups.Tuple.tuple("Twee Deuren BV", "-"),
                            org.assertj.core.groups.Tuple.tuple("Onbekend BV", "-"));

            // The consultant matches the ambiguous one by hand and renames the first.
            String twoDoors = store.companies().get(1).id();
            String matchedOne = store.companies().get(0).id();
            Override byHand = new Override(OverrideTarget.COMPANY, twoDoors, "verblijfsobject", "0503010000000072");
            Override name = new Override(OverrideTarget.COMPANY, matchedOne, "naam", "Gekoppeld (eigen naam)");
            store.saveOverride(byHand);
            store.saveOverride(name);

            // A newer export of the same list, imported again under the same file name.
            SourceFiles.csv(
                    kvk,
                    List.of(
                            HEADER,
                            "11111111;000000000001;Gekoppeld Holding BV;Schieweg;3;;;2627 AN;Delft;2511",
                            "22222222;000000000002;Twee Deuren BV;Schieweg;7;;;2627AN;Delft;4690",
                            "33333333;000000000003;Onbekend BV;Schieweg;999;;;2627 AN;Delft;6201"));
            ImportReport second = importFile(store, kvk);
            assertThat(second.companyMatches()).contains(new CompanyMatchCounts(1, 1, 1));
            assertThat(store.companies()).hasSize(3).extracting(Company::name).contains("Gekoppeld Holding BV");
            assertThat(store.overrides()).containsExactlyInAnyOrder(byHand, name);
            // The provenance row keeps what the import said about matching.
            assertThat(store.sources())
                    .filteredOn(p -> p.sourceKey().equals("kvk.csv"))
                    .singleElement()
                    .satisfies(p ->
                            assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("koppel ze met de hand")));
        }
    }
}
