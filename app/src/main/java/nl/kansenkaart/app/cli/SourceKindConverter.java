package nl.kansenkaart.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import nl.kansenkaart.io.SourceKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --as} values (parks, buildings, ...) as {@link SourceKind}, with a Dutch refusal. */
final class SourceKindConverter implements ITypeConverter<SourceKind> {

    @Override
    public SourceKind convert(String value) {
        return SourceKind.fromOption(value)
                .orElseThrow(() -> new DutchConversionException(Msg.get("import.unknownKind", value, options())));
    }

    static String options() {
        return Arrays.stream(SourceKind.values()).map(SourceKind::option).collect(Collectors.joining(", "));
    }

    /** The {@code --as} values for the usage help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SourceKind.values()).map(SourceKind::option).iterator();
        }
    }

    /** A conversion failure whose message is already Dutch, so the error handler shows it as is. */
    static final class DutchConversionException extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        DutchConversionException(String message) {
            super(message);
        }
    }
}
