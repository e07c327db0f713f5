package ruvix.physmem.generator;

/** Javadoc text for emitted members, wrapped so that emitted lines stay short. */
final class Docs {
    /** Columns of javadoc text; with the indentation of a member, lines stay within 100. */
    static final int WIDTH = 90;

    private Docs() {}

    /** {@code text} as lines of at most {@link #WIDTH} characters (longer words stay whole). */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.strip().split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.append('\n').toString();
    }
}
