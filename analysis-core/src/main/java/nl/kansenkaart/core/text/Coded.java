package nl.kansenkaart.core.text;

/** An option of an assumption that is written to a properties file as a short Dutch code. */
public interface Coded {
    /** The code in the properties file ("gelijk_verdeeld"). */
    String code();

    /** What the option means, in Dutch, for the report. */
    String description();
}
