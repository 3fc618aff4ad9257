package nl.kansenkaart.io.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.core.model.BagIds;
import nl.kansenkaart.core.model.UsePurpose;

/** BAG values as sources write them: ids with or without prefix, lists as text or arrays, 9999 years. */
final class BagValues {
    private BagValues() {}

    static String pandId(Object value) throws ValueProblem {
        try {
            return BagIds.pandId(DutchValues.idText(value));
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig pand-id", "'" + value + "'");
        }
    }

    static String unitId(Object value) throws ValueProblem {
        try {
            return BagIds.unitId(DutchValues.idText(value));
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig verblijfsobject-id", "'" + value + "'");
        }
    }

    /** Any BAG object id ("NL.IMBAG.Nummeraanduiding.0518200000355181", "518200000355181") as 16 digits. */
    static String objectId(Object value) throws ValueProblem {
        String t = DutchValues.idText(value);
        if (t.regionMatches(true, 0, "NL.IMBAG.", 0, 9)) {
            t = t.substring(t.lastIndexOf('.') + 1);
        }
        if (!t.matches("[0-9]{1,16}")) {
            throw new ValueProblem("ongeldig BAG-id", "'" + value + "'");
        }
        return "0".repeat(16 - t.length()) + t;
    }

    /** One or more pand ids: a list value, or text separated by commas, semicolons or braces. */
    static List<String> pandIds(Object value) throws ValueProblem {
        List<String> ids = new ArrayList<>();
        for (Object part : parts(value)) {
            ids.add(pandId(part));
        }
        if (ids.isEmpty()) {
            throw new ValueProblem("geen pand-id");
        }
        return ids;
    }

    static Set<UsePurpose> purposes(Object value) throws ValueProblem {
        Set<UsePurpose> result = EnumSet.noneOf(UsePurpose.class);
        try {
            for (Object part : parts(value)) {
                result.addAll(UsePurpose.parseList(String.valueOf(part)));
            }
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("onbekend gebruiksdoel", e.getMessage());
        }
        if (result.isEmpty()) {
            throw new ValueProblem("geen gebruiksdoel");
        }
        return result;
    }

    /** A bouwjaar: 9999 (and 0) mean unknown in the BAG; other values outside 1000..2200 are a problem. */
    static OptionalInt constructionYear(OptionalInt year) throws ValueProblem {
        if (year.isEmpty() || year.getAsInt() == 9999 || year.getAsInt() == 0) {
            return OptionalInt.empty();
        }
        if (year.getAsInt() < 1000 || year.getAsInt() > 2200) {
            throw new ValueProblem("ongeldig bouwjaar", Integer.toString(year.getAsInt()));
        }
        return year;
    }

    private static List<Object> parts(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            out.addAll(list);
            return out;
        }
        if (value instanceof Number) {
            out.add(value);
            return out;
        }
        for (String s : String.valueOf(value).replaceAll("[\\[\\]{}\"]", "").split("[,;|]")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
