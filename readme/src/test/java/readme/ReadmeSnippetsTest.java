package readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of README.md compiles, against the artifacts the README shows, so
 * that a snippet pasted into an application compiles there too (given what it says it takes as
 * given: see {@link Context}).
 *
 * <ul>
 * <li>A block with a {@code class} or {@code record} declaration at its top level is a compilation
 *     unit; without imports of its own it gets those of one of the profiles below.</li>
 * <li>Any other block is a sequence of statements: it becomes the body of a method of a subclass
 *     of {@link Context}, in the order written, so a name used before it is declared does not
 *     compile, nor one declared twice.</li>
 * <li>Imports: the README's statement blocks name types by their simple names, as an IDE imports
 *     them; a block compiles when it compiles with the imports of one profile (Jackson 2,
 *     Jackson 3, Gson, JSON-P, HttpClient, Spring), each the SDK's core, the JDK's and one library's
 *     packages, so that Gson's and JSON-P's {@code JsonParser} never meet (nor Spring's
 *     {@code @Service} and the SDK's {@code Service}, which the Jackson and HttpClient profiles
 *     import).</li>
 * </ul>
 */
class ReadmeSnippetsTest {

    private static final Pattern JAVA = Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("^(public |final |abstract )*(class|record|interface) (\\w+)",
            Pattern.MULTILINE);
    private static final List<String> COMMON = List.of("dev.nhncloud.result", "java.io", "java.net", "java.net.http",
            "java.nio", "java.nio.charset", "java.time", "java.util");
    private static final List<List<String>> PROFILES = List.of(
            List.of("com.fasterxml.jackson.databind", "com.fasterxml.jackson.databind.json", "dev.nhncloud.result.service",
                    "dev.nhncloud.result.jackson"),
            List.of("tools.jackson.databind", "tools.jackson.databind.json", "dev.nhncloud.result.jackson3"),
            List.of("com.google.gson", "dev.nhncloud.result.gson"),
            List.of("jakarta.json", "jakarta.json.stream", "jakarta.json.spi", "jakarta.json.bind", "dev.nhncloud.result.jsonp"),
            List.of("dev.nhncloud.result.httpclient", "io.github.resilience4j.retry", "com.fasterxml.jackson.databind",
                    "dev.nhncloud.result.service", "dev.nhncloud.result.jackson"),
            List.of("org.springframework.web.client", "org.springframework.stereotype", "dev.nhncloud.result.spring"));

    static List<String> blocks() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme")), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA.matcher(readme);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    @Test
    void theReadmeHasItsJavaBlocks() throws IOException {
        // A change of fence (```Java, ``` java) would silently leave a block out.
        assertTrue(blocks().size() >= 10, "README.md has " + blocks().size() + " ```java blocks");
        String readme = Files.readString(Path.of(System.getProperty("readme")), StandardCharsets.UTF_8);
        assertEquals(blocks().size(), readme.split("```java\n", -1).length - 1);
        assertTrue(!readme.toLowerCase(Locale.ROOT).contains("``` java"), "a ``` java fence");
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompiles() throws IOException {
        List<String> blocks = blocks();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            String first = block.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
            tests.add(DynamicTest.dynamicTest("block " + (i + 1) + ": " + first.strip(), () -> compiles(block)));
        }
        return tests.stream();
    }

    private static void compiles(String block) throws IOException {
        List<String> failures = new ArrayList<>();
        boolean hasImports = block.startsWith("import ") || block.contains("\nimport ");
        for (List<String> profile : hasImports ? List.of(List.<String>of()) : PROFILES) {
            String failure = compile(unit(block, profile, hasImports));
            if (failure == null) {
                return;
            }
            failures.add((profile.isEmpty() ? "its own imports" : profile.get(profile.size() - 1)) + ":\n" + failure);
        }
        fail("README.md's block does not compile with any profile's imports:\n" + block + "\n\n" + String.join("\n", failures));
    }

    /** The block as a compilation unit: its name, its source. */
    private static String[] unit(String block, List<String> profile, boolean hasImports) {
        StringBuilder source = new StringBuilder("package readme;\n");
        if (!hasImports) {
            for (String pkg : COMMON) {
                source.append("import ").append(pkg).append(".*;\n");
            }
            for (String pkg : profile) {
                source.append("import ").append(pkg).append(".*;\n");
            }
            source.append("import readme.Context.*;\n");
        }
        Matcher type = TYPE.matcher(block);
        if (type.find()) {
            return new String[] {type.group(3), source.append(block).append('\n').toString()};
        }
        source.append("class Snippet extends Context {\n    @SuppressWarnings(\"unused\")\n    Object snippet() throws Throwable {\n")
                .append(block).append("\n        return null;\n    }\n}\n");
        return new String[] {"Snippet", source.toString()};
    }

    /** Compiles one unit; null when it compiles, else the diagnostics. */
    private static String compile(String[] unit) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-snippet");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///readme/" + unit[0] + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return unit[1];
                }
            };
            List<String> options = List.of("--release", "17", "-proc:none", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null, List.of(source)).call();
            if (compiled) {
                return null;
            }
            StringBuilder report = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> report.append("  line ").append(d.getLineNumber()).append(": ")
                    .append(d.getMessage(Locale.ROOT)).append('\n'));
            return report.toString();
        } finally {
            try (Stream<Path> created = Files.walk(out)) {
                created.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
    }
}
