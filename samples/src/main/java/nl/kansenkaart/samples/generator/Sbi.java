package nl.kansenkaart.samples.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The SBI activity codes the sample companies use, with the Dutch description and a word for names. */
record Sbi(String code, String description, String trade) {

    static final List<Sbi> INDUSTRY = List.of(
            new Sbi("2562", "Algemene metaalbewerking", "Metaalbewerking"),
            new Sbi("2511", "Vervaardiging van metalen constructiewerken en delen daarvan", "Staalbouw"),
            new Sbi("1623", "Vervaardiging van overig timmerwerk voor de bouw", "Kozijnen"),
            new Sbi("2229", "Vervaardiging van overige producten van kunststof", "Kunststoffen"),
            new Sbi("4941", "Goederenvervoer over de weg (geen verhuizingen)", "Transport"),
            new Sbi("4673", "Groothandel in hout, bouwmaterialen en sanitaire artikelen", "Bouwmaterialen"),
            new Sbi("4321", "Elektrotechnische bouwinstallatie", "Elektrotechniek"),
            new Sbi(
                    "4322",
                    "Installatie van sanitair en van verwarmings- en luchtbehandelingsapparatuur",
                    "Installatietechniek"),
            new Sbi("4520", "Onderhoud en reparatie van auto's", "Autoservice"),
            new Sbi("1812", "Drukkerijen (niet van dagbladen)", "Drukkerij"),
            new Sbi("2830", "Vervaardiging van landbouwmachines", "Machinebouw"),
            new Sbi("4120", "Algemene burgerlijke en utiliteitsbouw", "Bouw"),
            new Sbi("4334", "Schilderen en glaszetten", "Schilderwerken"));

    static final List<Sbi> OFFICE = List.of(
            new Sbi("6920", "Accountancy, administratie en belastingadvisering", "Accountants"),
            new Sbi("7112", "Ingenieurs en overig technisch ontwerp en advies", "Ingenieursbureau"),
            new Sbi("6201", "Ontwikkelen, produceren en uitgeven van software", "Software"),
            new Sbi("7022", "Organisatie-adviesbureaus", "Advies"),
            new Sbi("7810", "Arbeidsbemiddeling", "Personeelsdiensten"));

    static final List<Sbi> RETAIL = List.of(
            new Sbi("4752", "Winkels in ijzerwaren, gereedschappen, verf en bouwmaterialen", "Bouwmarkt"),
            new Sbi("4759", "Winkels in meubels, verlichting en overige huishoudelijke artikelen", "Keukens"),
            new Sbi("4511", "Handel in en reparatie van personenauto's en lichte bedrijfsauto's", "Autobedrijf"),
            new Sbi("4764", "Winkels in sport- en kampeerartikelen", "Sport & Outdoor"));

    static final List<Sbi> OTHER = List.of(
            new Sbi("5210", "Opslag", "Opslag"),
            new Sbi("7732", "Verhuur van machines en werktuigen voor de bouw", "Verhuur"),
            new Sbi("6820", "Verhuur van overig onroerend goed", "Vastgoed"));

    private static final Map<String, Sbi> BY_CODE = java.util.stream.Stream.of(INDUSTRY, OFFICE, RETAIL, OTHER)
            .flatMap(List::stream)
            .collect(Collectors.toMap(Sbi::code, Function.identity(), (a, b) -> a));

    /** The description of a code used here. */
    static String describe(String code) {
        Sbi s = BY_CODE.get(code);
        if (s == null) {
            throw new IllegalArgumentException("onbekende SBI-code " + code);
        }
        return s.description();
    }
}
