package nl.kansenkaart.samples.generator;

import java.util.Map;

/**
 * The fictional postcodes of the park: one PC4 per street group, and a new PC6 every ten house
 * numbers on each side of a street, as PostNL assigns them along a street.
 */
final class Postcodes {
    /** Dutch postcodes do not use these letters; the alphabet below leaves them out. */
    private static final String LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

    private record Base(String pc4, int first, int second) {}

    private static final Map<String, Base> BASES = Map.ofEntries(
            Map.entry("Vaartweg/odd", new Base("9403", 1, 0)),
            Map.entry("Industrieweg/even", new Base("9403", 2, 0)),
            Map.entry("Industrieweg/odd", new Base("9403", 2, 10)),
            Map.entry("Turfstekerstraat/even", new Base("9403", 5, 3)),
            Map.entry("Sluiskade/even", new Base("9404", 8, 0)),
            Map.entry("Kanaalstraat/odd", new Base("9404", 9, 1)),
            Map.entry("Kanaalstraat/even", new Base("9404", 9, 11)),
            Map.entry("Veenkade/odd", new Base("9404", 12, 2)),
            Map.entry("Zeilmakerstraat/even", new Base("9405", 14, 0)),
            Map.entry("Zeilmakerstraat/odd", new Base("9405", 14, 10)));

    private Postcodes() {}

    /** The postcode ("9403BA") of a house number on a street of the park. */
    static String of(String street, int number) {
        Base base = BASES.get(street + (number % 2 == 1 ? "/odd" : "/even"));
        if (base == null) {
            throw new IllegalArgumentException("geen postcode voor " + street + " " + number);
        }
        int step = (number - 1) / 20;
        int second = base.second() + step;
        int first = base.first() + second / LETTERS.length();
        return base.pc4() + LETTERS.charAt(first % LETTERS.length()) + LETTERS.charAt(second % LETTERS.length());
    }
}
