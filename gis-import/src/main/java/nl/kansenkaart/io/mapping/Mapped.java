package nl.kansenkaart.io.mapping;

/**
 * One feature mapped onto a domain record.
 *
 * @param value the record
 * @param repaired true when its geometry had to be repaired
 */
public record Mapped<T>(T value, boolean repaired) {}
