package nl.kansenkaart.samples.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;

/**
 * A KvK-style company list: about one establishment per non-residential VBO in use. Some addresses
 * are written the way real exports get them wrong (a mistyped number, a missing letter, a postbus),
 * so the consultant has something to match by hand.
 */
final class CompanyPlanner {
    private static final List<String> FAMILIES = List.of(
            "Bakker",
            "Hofstra",
            "Mulder",
            "Kuipers",
            "Jansen",
            "Meijer",
            "Bos",
            "Hoekstra",
            "Dijkstra",
            "Smit",
            "Postma",
            "Wolters",
            "Zwiers",
            "Hilbrands",
            "Oosting",
            "Lubbers",
            "Brink",
            "Eising",
            "Huizing",
            "Nijboer",
            "Mensinga",
            "Veenstra",
            "Drenth",
            "Schuiling",
            "Kamping",
            "Kiers",
            "Strijker",
            "Haveman",
            "De Boer",
            "Lanting",
            "Hadders",
            "Wiegman",
            "Luinge",
            "Tiesinga",
            "Knol",
            "Bruins",
            "Lenting",
            "Nijhof",
            "Westerhof",
            "Ensing",
            "Van der Veen",
            "De Vries",
            "Van Dijk",
            "Van der Molen",
            "Scholten");
    private static final List<String> REGIONS = List.of(
            "Drentse", "Noordelijke", "Asser", "Vaart", "Noord-Nederlandse", "Hunze", "Drenthe", "Veenkoloniale");
    private static final List<String> FORMS = List.of(" B.V.", " B.V.", " B.V.", " V.O.F.", "", " Holding B.V.");

    private final Random rng;
    private final Set<String> names = new HashSet<>();
    private final Set<String> kvkNumbers = new HashSet<>();

    CompanyPlanner(long seed) {
        this.rng = new Random(seed);
    }

    List<Company> plan(List<Unit> units) {
        List<Company> companies = new ArrayList<>();
        long branch = 18_642_000L;
        for (Unit u : units) {
            if (u.status() != UnitStatus.IN_USE || u.purposes().equals(Set.of(UsePurpose.RESIDENTIAL))) {
                continue;
            }
            if (rng.nextInt(100) < 7) {
                // Vacant: nobody registered here.
                continue;
            }
            Sbi sbi = sbiFor(u);
            branch += 1 + rng.nextInt(90_000);
            String branchNumber = String.format("%012d", branch);
            companies.add(new Company(
                    branchNumber,
                    name(sbi),
                    Optional.of(kvkNumber()),
                    Optional.of(sbi.code()),
                    Optional.of(exportedAddress(u.address())),
                    Optional.empty()));
        }
        return List.copyOf(companies);
    }

    private Sbi sbiFor(Unit u) {
        List<Sbi> list;
        if (u.purposes().contains(UsePurpose.INDUSTRY)) {
            list = Sbi.INDUSTRY;
        } else if (u.purposes().contains(UsePurpose.OFFICE)) {
            list = Sbi.OFFICE;
        } else if (u.purposes().contains(UsePurpose.RETAIL)) {
            list = Sbi.RETAIL;
        } else {
            list = Sbi.OTHER;
        }
        return list.get(rng.nextInt(list.size()));
    }

    private String name(Sbi sbi) {
        while (true) {
            String family = FAMILIES.get(rng.nextInt(FAMILIES.size()));
            String name =
                    switch (rng.nextInt(5)) {
                        case 0 -> REGIONS.get(rng.nextInt(REGIONS.size())) + " " + sbi.trade() + " B.V.";
                        case 1 -> sbi.trade() + " " + family + FORMS.get(rng.nextInt(FORMS.size()));
                        case 2 -> family + " & " + FAMILIES.get(rng.nextInt(FAMILIES.size())) + " " + sbi.trade();
                        default -> family + " " + sbi.trade() + FORMS.get(rng.nextInt(FORMS.size()));
                    };
            if (names.add(name)) {
                return name;
            }
        }
    }

    private String kvkNumber() {
        while (true) {
            // Drenthe's registrations traditionally start with 04.
            String k = String.format("04%06d", rng.nextInt(1_000_000));
            if (kvkNumbers.add(k)) {
                return k;
            }
        }
    }

    private Address exportedAddress(Address a) {
        int r = rng.nextInt(100);
        if (r < 3) {
            int box = 1000 + rng.nextInt(8000);
            return new Address(
                    "Postbus",
                    box,
                    Optional.empty(),
                    Optional.empty(),
                    "9400A" + "BCDEGH".charAt(rng.nextInt(6)),
                    a.town());
        }
        if (r < 6) {
            int n = a.houseNumber();
            int typo = n >= 10 && n % 10 != n / 10 % 10 && n < 100 ? (n % 10) * 10 + n / 10 : n + 100;
            return new Address(a.street(), typo, a.letter(), a.addition(), a.postcode(), a.town());
        }
        if (r < 12 && a.letter().isPresent()) {
            return new Address(a.street(), a.houseNumber(), Optional.empty(), a.addition(), a.postcode(), a.town());
        }
        return a;
    }
}
