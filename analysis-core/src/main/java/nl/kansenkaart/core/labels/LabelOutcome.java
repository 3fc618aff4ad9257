package nl.kansenkaart.core.labels;

import java.time.LocalDate;
import java.util.List;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The label-C verdict for one pand. Every outcome carries the office use it was based on and writes
 * its own Dutch reason line ("kantoor 62 % van 1.240 m2, label E (2019)"), built only when asked so
 * a million results stay cheap.
 */
public sealed interface LabelOutcome {

    /** The office use the verdict rests on. */
    OfficeUse use();

    /** The kind of verdict, for counting, colouring and storing. */
    Kind kind();

    /** The reason line a consultant reads on the map and in the sheet. */
    String reason();

    /** The kinds of verdict, with the words the user sees. */
    enum Kind {
        NOT_OBLIGED("niet verplicht"),
        COMPLIANT("voldoet"),
        NON_COMPLIANT("voldoet niet"),
        NO_LABEL("verplicht, geen label"),
        PARTLY_LABELLED("deels gelabeld"),
        EXEMPT("vrijgesteld"),
        UNKNOWN("onbekend");

        private final String dutch;

        Kind(String dutch) {
            this.dutch = dutch;
        }

        /** The Dutch name for legends and sheets. */
        public String dutch() {
            return dutch;
        }
    }

    /** Why a pand is not obliged. */
    enum NotObligedWhy {
        NOT_STANDING,
        NO_AREA,
        NO_OFFICE,
        SHARE_TOO_LOW,
        /** Below the area threshold (the legal {@code >=} reading). */
        AREA_TOO_SMALL,
        /** At most the area threshold (the strict {@code >} reading). */
        AREA_NOT_ABOVE
    }

    /** Which criterion made a label comply. */
    enum ComplianceBasis {
        LABEL_CLASS,
        ENERGY_INDEX,
        PRIMARY_FOSSIL
    }

    /**
     * Not obliged.
     *
     * @param why the first rule that excludes it
     * @param threshold the threshold that was missed (share 0..1 or m2), 0 when not a threshold
     */
    record NotObliged(OfficeUse use, NotObligedWhy why, double threshold) implements LabelOutcome {
        @java.lang.Override
        public Kind kind() {
            return Kind.NOT_OBLIGED;
        }

        @java.lang.Override
        public String reason() {
            String base =
                    switch (why) {
                        case NOT_STANDING -> "pand niet in gebruik ("
                                + use.status().bagName() + ")";
                        case NO_AREA -> "geen actieve verblijfsobjecten met gebruiksoppervlakte";
                        case NO_OFFICE -> (use.mixedUseOfficeUnits() > 0
                                        ? "geen vbo met uitsluitend kantoorfunctie ("
                                        : "geen kantoorfunctie (")
                                + DutchNumbers.rounded(use.totalAreaM2()) + " m2)";
                        case SHARE_TOO_LOW -> use.summary() + ": minder dan " + DutchNumbers.percentFloor(threshold)
                                + " kantoor";
                        case AREA_TOO_SMALL -> "kantoor " + DutchNumbers.decimal(use.officeAreaM2(), 1)
                                + " m2 (" + DutchNumbers.percentFloor(use.share()) + "): minder dan "
                                + DutchNumbers.decimal(threshold, 1) + " m2";
                        case AREA_NOT_ABOVE -> "kantoor " + DutchNumbers.decimal(use.officeAreaM2(), 1)
                                + " m2 (" + DutchNumbers.percentFloor(use.share()) + "): niet meer dan "
                                + DutchNumbers.decimal(threshold, 1) + " m2";
                    };
            return base + use.notes();
        }
    }

    /**
     * Obliged and compliant.
     *
     * @param label the deciding label (the weakest of the office units' labels)
     * @param date its registration date
     * @param basis the criterion it meets
     * @param wholeBuilding true when the label was registered for the pand as a whole
     */
    record Compliant(OfficeUse use, EnergyLabel label, LocalDate date, ComplianceBasis basis, boolean wholeBuilding)
            implements LabelOutcome {
        @java.lang.Override
        public Kind kind() {
            return Kind.COMPLIANT;
        }

        @java.lang.Override
        public String reason() {
            String criterion =
                    switch (basis) {
                        case LABEL_CLASS -> "";
                        case ENERGY_INDEX -> ", energie-index "
                                + DutchNumbers.decimal(label.energyIndex().orElse(0), 2);
                        case PRIMARY_FOSSIL -> ", primair fossiel "
                                + DutchNumbers.decimal(
                                        label.primaryFossilKwhPerM2().orElse(0), 2) + " kWh/m2";
                    };
            return use.summary() + ", " + labelText(label, wholeBuilding) + criterion + use.notes();
        }
    }

    /** Obliged, labelled, but not C or better (D to G) by any criterion. */
    record NonCompliant(OfficeUse use, EnergyLabel label, LocalDate date, boolean wholeBuilding)
            implements LabelOutcome {
        @java.lang.Override
        public Kind kind() {
            return Kind.NON_COMPLIANT;
        }

        @java.lang.Override
        public String reason() {
            return use.summary() + ", " + labelText(label, wholeBuilding) + use.notes();
        }
    }

    /** Obliged and no valid label registered for any office unit or for the pand. */
    record NoLabel(OfficeUse use) implements LabelOutcome {
        @java.lang.Override
        public Kind kind() {
            return Kind.NO_LABEL;
        }

        @java.lang.Override
        public String reason() {
            return use.summary() + ", geen geregistreerd label" + use.notes();
        }
    }

    /**
     * Obliged; some office units have a valid label, others none.
     *
     * @param labelledUnitIds office units with a label
     * @param unlabelledUnitIds office units without one
     * @param weakest the weakest label among the labelled ones
     * @param weakestComplies whether that label complies
     */
    record PartlyLabelled(
            OfficeUse use,
            List<String> labelledUnitIds,
            List<String> unlabelledUnitIds,
            EnergyLabel weakest,
            boolean weakestComplies)
            implements LabelOutcome {
        public PartlyLabelled {
            labelledUnitIds = List.copyOf(labelledUnitIds);
            unlabelledUnitIds = List.copyOf(unlabelledUnitIds);
        }

        @java.lang.Override
        public Kind kind() {
            return Kind.PARTLY_LABELLED;
        }

        @java.lang.Override
        public String reason() {
            int all = labelledUnitIds.size() + unlabelledUnitIds.size();
            String missing = String.join(", ", unlabelledUnitIds.subList(0, Math.min(3, unlabelledUnitIds.size())))
                    + (unlabelledUnitIds.size() > 3 ? ", ..." : "");
            return use.summary() + ", " + labelledUnitIds.size() + " van " + all + " kantoor-vbo's gelabeld (zwakste "
                    + labelText(weakest, false) + (weakestComplies ? ", voldoet" : ", voldoet niet")
                    + "); zonder label: " + missing + use.notes();
        }
    }

    /**
     * Obliged but exempt by the consultant's flag on the pand.
     *
     * @param flag the override key that exempts it ("monument", "sloop", ...)
     */
    record Exempt(OfficeUse use, String flag) implements LabelOutcome {
        @java.lang.Override
        public Kind kind() {
            return Kind.EXEMPT;
        }

        @java.lang.Override
        public String reason() {
            return use.summary() + ", vrijgesteld: " + flag.replace('_', ' ') + " (opgave adviseur)" + use.notes();
        }
    }

    /**
     * Obliged, but the data to judge the label is missing.
     *
     * @param missing what is missing, in Dutch
     */
    record Unknown(OfficeUse use, String missing) implements LabelOutcome {
        @java.lang.Override
        public Kind kind() {
            return Kind.UNKNOWN;
        }

        @java.lang.Override
        public String reason() {
            return use.summary() + ", onbekend: " + missing + use.notes();
        }
    }

    /** "label E (2019)" or "pandlabel E (2019)". */
    private static String labelText(EnergyLabel label, boolean wholeBuilding) {
        return (wholeBuilding ? "pandlabel " : "label ") + label.labelClass().code() + " ("
                + label.registeredOn().getYear() + ")";
    }
}
