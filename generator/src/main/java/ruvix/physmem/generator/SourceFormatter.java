package ruvix.physmem.generator;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.FormatterException;
import com.palantir.javaformat.java.JavaFormatterOptions;

/**
 * Formats emitted sources with palantir-java-format, the formatter the build applies to
 * hand-written code, so that generated code reads like the rest of the project and passes the
 * same format check. The formatter is deterministic: the same input always gives the same bytes.
 *
 * <p>palantir-java-format uses javac's parser, so the JVM must export javac's internal packages
 * to it: see the {@code javac.internal.exports} property of the root pom.
 */
final class SourceFormatter {
    private static final Formatter FORMATTER = Formatter.createFormatter(JavaFormatterOptions.builder()
            .style(JavaFormatterOptions.Style.PALANTIR)
            .build());

    private SourceFormatter() {}

    static String format(String source) {
        try {
            return FORMATTER.formatSourceAndFixImports(source);
        } catch (FormatterException e) {
            throw new IllegalStateException("the generator emitted Java that does not parse: " + e.getMessage(), e);
        } catch (IllegalAccessError e) {
            throw new IllegalStateException(
                    "palantir-java-format needs javac's internal packages: run the JVM with the"
                            + " --add-exports flags of the root pom's javac.internal.exports property",
                    e);
        }
    }
}
