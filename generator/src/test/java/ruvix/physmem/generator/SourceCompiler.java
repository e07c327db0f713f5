package ruvix.physmem.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources in process (javax.tools) and loads them. */
final class SourceCompiler {
    private SourceCompiler() {}

    /**
     * Writes {@code sources} below {@code dir}, compiles them warning-free against the test class
     * path, and returns a class loader for them.
     */
    static ClassLoader compile(Path dir, List<GeneratedSource> sources) throws IOException {
        Path src = dir.resolve("src");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of(
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString()));
        for (GeneratedSource source : sources) {
            args.add(SourceWriter.write(src, source).toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        if (rc != 0) {
            throw new AssertionError("generated sources do not compile cleanly (exit " + rc + ") " + diagnostics);
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, SourceCompiler.class.getClassLoader());
    }
}
