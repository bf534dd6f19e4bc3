package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.service.CodeEntry;
import dev.nhncloud.result.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --service} on {@code read}, {@code explain} and {@code codes}, and the README's table of each service. */
class ServiceCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String response(String name, boolean isSuccessful, int code, String message) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"header\":{\"isSuccessful\":" + isSuccessful + ",\"resultCode\":" + code
                + ",\"resultMessage\":\"" + message + "\"},\"body\":{\"data\":null}}").toString();
    }

    private static List<JsonNode> lines(Cli cli) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : cli.out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    /**
     * Every documented code of a service, read with the flag the provider documents: success only
     * for {@code isSuccessful: true} with code 0, Email's 1000 a partial success, everything else
     * a failure; and the exit status says so.
     */
    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void readReportsSuccessOnlyWhereTheProviderDoes(Service service) throws IOException {
        List<String> args = new ArrayList<>(List.of("read", "--service", service.id()));
        List<CodeEntry> entries = service.catalogue().entries();
        for (CodeEntry entry : entries) {
            args.add(response("code" + entry.firstCode() + ".json", entry.isSuccessfulFlag(), entry.firstCode(), "as documented"));
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(1, cli.status, cli.err);
        List<JsonNode> lines = lines(cli);
        assertEquals(entries.size(), lines.size());
        for (int i = 0; i < entries.size(); i++) {
            CodeEntry entry = entries.get(i);
            JsonNode line = lines.get(i);
            assertEquals(service.id(), line.get("service").asText());
            assertEquals(entry.name(), line.get("name").asText());
            assertEquals(entry.firstCode() == 0, line.get("success").asBoolean(), line::toString);
            assertEquals(entry.firstCode() == 0 ? "SUCCESS" : entry.isSuccessfulFlag() ? "PARTIAL_SUCCESS" : "FAILURE",
                    line.get("verdict").asText(), line::toString);
            assertTrue(line.get("consistent").asBoolean(), line::toString);
            assertEquals(entry.remedy().name(), line.get("remedy").asText());
        }
        assertEquals(service == Service.EMAIL ? 1 : 0, lines.stream().filter(l -> l.get("verdict").asText().equals("PARTIAL_SUCCESS")).count());
    }

    @Test
    void aPartialSuccessIsNotAnExitStatusOfSuccess() throws IOException {
        String partial = response("partial.json", true, 1000, "Some of your requests are successful.");
        String ok = response("ok.json", true, 0, "success");
        assertEquals(0, Cli.run("read", "--service", "email", ok).status);
        Cli email = Cli.run("read", "--service", "email", partial, ok);
        assertEquals(1, email.status, "a partial success is not a success");
        assertEquals("{\"source\":\"" + partial.replace("\\", "\\\\") + "\",\"binding\":\"jackson\",\"service\":\"email\",\"header\":"
                + "{\"isSuccessful\":true,\"resultCode\":1000,\"resultMessage\":\"Some of your requests are successful.\"},"
                + "\"name\":\"PARTIALLY_SUCCESSFUL\",\"documented\":true,\"detail\":\"Some of your requests are successful.\","
                + "\"consistent\":true,\"verdict\":\"PARTIAL_SUCCESS\",\"success\":false,\"remedy\":\"FIX_REQUEST\",\"retryable\":false}",
                email.out.lines().findFirst().orElseThrow());
        // The same bytes as Compute read them: code 1000 is no success there, and the line is Compute's.
        JsonNode compute = JSON.readTree(Cli.run("read", partial).out);
        assertEquals("UNRECOGNIZED", compute.get("kind").asText());
        assertFalse(compute.has("service") || compute.has("verdict"), "Compute's lines are as they were");
    }

    /** A flag the provider does not document for a code, or a code it never documented, fails closed in every format. */
    @Test
    void anUndocumentedOrContradictingHeaderIsAFailure() throws IOException {
        String undocumented = response("undocumented.json", true, 1000, "looks fine");
        String contradicting = response("contradicting.json", false, 0, "SUCCESS");
        Cli json = Cli.run("read", "--service", "sms", undocumented, contradicting);
        assertEquals(1, json.status);
        for (JsonNode line : lines(json)) {
            assertEquals("FAILURE", line.get("verdict").asText());
            assertFalse(line.get("success").asBoolean());
            assertFalse(line.get("consistent").asBoolean());
        }
        assertEquals("UNRECOGNIZED", lines(json).get(0).get("name").asText());
        assertFalse(lines(json).get(0).get("documented").asBoolean());
        Cli text = Cli.run("read", "--service", "sms", "--format", "text", undocumented);
        assertTrue(text.out.matches("(?s).*\n  FAILURE +1000 UNRECOGNIZED  SMS  \\(undocumented\\)  \\(inconsistent: isSuccessful=true\\)\n.*"),
                text.out);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void readTextLinesUpAndNamesThePartialSuccessInEveryLanguage(Language language) throws IOException {
        Cli cli = Cli.run("read", "--service", "email", "--format", "text", "--lang", language.name(),
                response("partial.json", true, 1000, "Some of your requests are successful."),
                response("failed.json", false, -2032, "All of receivers are failed to send."),
                response("ok.json", true, 0, "success"), dir.resolve("absent.json").toString());
        assertEquals(2, cli.status, cli.err);
        Set<Integer> columns = new HashSet<>();
        for (String line : cli.out.lines().toList()) {
            if (line.startsWith("  ")) {
                int value = line.indexOf("  ", 2);
                while (line.charAt(value) == ' ') {
                    value++;
                }
                columns.add(TerminalColumns.width(line.substring(0, value)));
            }
        }
        assertEquals(1, columns.size(), () -> columns + ":\n" + cli.out);
        Words words = Words.of(language);
        assertTrue(cli.out.contains(words.get("outcome.partialSuccess") + " "), cli.out);
        assertTrue(cli.out.contains(Service.EMAIL.catalogue().lookup(1000).description(language.locale)), cli.out);
        assertTrue(cli.out.contains("-2032 ALL_RECEIVERS_FAILED  Email"), cli.out);
    }

    @Test
    void explainTellsTheNameFlagVerdictAndRemedy() {
        Cli push = Cli.run("explain", "--service", "push", "50123");
        assertEquals(0, push.status, push.err);
        assertEquals(String.join("\n",
                "50123  INTERNAL_ERROR  50001–50501  Push",
                "  meaning        An internal error occurred in the Push service; the provider asks for it to be reported.",
                "  isSuccessful   false (as documented)",
                "  verdict        FAILURE",
                "  remedy         CONTACT_SUPPORT: Contact NHN Cloud support; the caller cannot fix this.",
                "  retryable      no", ""), push.out);
        Cli undocumented = Cli.run("explain", "--service", "sms", "--", "-31337");
        assertTrue(undocumented.out.startsWith("-31337  UNRECOGNIZED  SMS  (undocumented)\n"), undocumented.out);
        assertFalse(undocumented.out.contains("isSuccessful"), "no flag is documented for it");
        assertTrue(undocumented.out.contains("  verdict        FAILURE"), undocumented.out);
        Cli korean = Cli.run("explain", "--service", "email", "--lang", "ko", "1000");
        assertTrue(korean.out.contains("  판정           PARTIAL_SUCCESS"), korean.out);
    }

    @Test
    void explainJsonIsTheEntry() throws IOException {
        JsonNode partial = JSON.readTree(Cli.run("explain", "--service", "email", "--format", "json", "--lang", "ja", "1000").out);
        assertEquals("email", partial.get("service").asText());
        assertEquals(1000, partial.get("resultCode").asInt());
        assertEquals("PARTIALLY_SUCCESSFUL", partial.get("name").asText());
        assertTrue(partial.get("isSuccessful").asBoolean());
        assertEquals("PARTIAL_SUCCESS", partial.get("verdict").asText());
        assertEquals(Service.EMAIL.catalogue().lookup(1000).description(Locale.JAPANESE), partial.get("description").asText());
        JsonNode range = JSON.readTree(Cli.run("explain", "--service", "push", "--format", "json", "50501").out);
        assertEquals(50001, range.get("firstCode").asInt());
        assertEquals(50501, range.get("lastCode").asInt());
        JsonNode unknown = JSON.readTree(Cli.run("explain", "--service", "push", "--format", "json", "50502").out);
        assertTrue(unknown.get("isSuccessful").isNull(), "undocumented: no flag to state");
        assertFalse(unknown.get("documented").asBoolean());
    }

    /** {@code codes --service S --format json}: one object per documented code (or range), in the catalogue's order, with its flag. */
    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void codesListsEveryDocumentedCode(Service service) throws IOException {
        Cli cli = Cli.run("codes", "--service", service.id(), "--format", "json");
        assertEquals(0, cli.status, cli.err);
        assertEquals(1, cli.out.lines().count());
        JsonNode codes = JSON.readTree(cli.out).get("codes");
        List<CodeEntry> entries = service.catalogue().entries();
        assertEquals(entries.size(), codes.size());
        for (int i = 0; i < entries.size(); i++) {
            CodeEntry entry = entries.get(i);
            JsonNode row = codes.get(i);
            assertEquals(entry.isRange() ? entry.firstCode() + "–" + entry.lastCode() : String.valueOf(entry.firstCode()),
                    row.get("resultCode").asText());
            assertEquals(entry.name(), row.get("name").asText());
            assertEquals(String.valueOf(entry.isSuccessfulFlag()), row.get("isSuccessful").asText());
            assertEquals(entry.verdict().name(), row.get("verdict").asText());
            assertEquals(entry.remedy().name(), row.get("remedy").asText());
            assertEquals(entry.description(Locale.ENGLISH), row.get("description").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void codesTablesFitIn100ColumnsInEveryLanguage(Language language) {
        for (Service service : Service.values()) {
            Cli cli = Cli.run("codes", "--service", service.id(), "--lang", language.name());
            assertEquals(0, cli.status, cli.err);
            cli.out.lines().forEach(line -> assertTrue(TerminalColumns.width(line) <= 100, () -> service + ": " + line));
            String joined = cli.out.replaceAll("\\s+", "");
            for (CodeEntry entry : service == Service.COMPUTE ? List.<CodeEntry>of() : service.catalogue().entries()) {
                assertTrue(joined.contains(entry.description(language.locale).replaceAll("\\s+", "")), () -> entry + " in " + service);
            }
        }
        assertEquals(Cli.run("codes", "--lang", language.name()).out, Cli.run("codes", "--service", "compute", "--lang", language.name()).out);
    }

    /** Each service's table in the README is the catalogue; editing one without the other fails here. */
    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void theReadmeShowsEachServicesTable(Service service) throws IOException {
        String readme = Files.readString(Cli.projectRoot().resolve("README.md"));
        String begin = "<!-- codes:" + service.id() + ":begin (generated by `nhncloud-result codes --service " + service.id()
                + " --format markdown`) -->\n";
        String end = "<!-- codes:" + service.id() + ":end -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has no generated table of " + service + " between the markers");
        assertEquals(Cli.run("codes", "--service", service.id(), "--format", "markdown").out, readme.substring(from + begin.length(), to),
                "README.md's table of " + service + " differs from `nhncloud-result codes --service " + service.id()
                        + " --format markdown`: regenerate it");
        assertTrue(readme.contains(service.source()), "the README says where " + service + "'s codes come from, and when");
    }

    @Test
    void anUnknownServiceIsBadUsage() {
        for (String command : List.of("read", "explain", "codes")) {
            Cli cli = command.equals("explain") ? Cli.run(command, "--service", "fax", "0") : Cli.run(command, "--service", "fax");
            assertEquals(64, cli.status, command);
            assertTrue(cli.err.contains("Invalid value for option '--service': expected one of compute, sms, email,"
                    + " kakaotalk-bizmessage, push but was 'fax'"), cli.err);
            assertTrue(cli.err.contains("Usage: nhncloud-result " + command), cli.err);
        }
        assertEquals(0, Cli.run("codes", "--service", "KakaoTalk-Bizmessage", "--format", "json").status, "any case, as other values");
    }
}
