package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"read", "explain", "codes"})
    void everyCommandHasHelpAndVersion(String command) {
        Cli help = Cli.run(command, "--help");
        assertEquals(0, help.status);
        assertTrue(help.out.startsWith("Usage: nhncloud-result " + command), help.out);
        Cli version = Cli.run(command, "--version");
        assertEquals(0, version.status);
        assertTrue(version.out.startsWith("nhncloud-result "), version.out);
    }

    @Test
    void theTopLevelHelpListsTheCommandsAndExitStatuses() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("read") && help.out.contains("explain") && help.out.contains("codes"), help.out);
        assertTrue(help.out.contains("64   bad usage"), help.out);
    }

    @Test
    void badUsageExplainsTheCorrectFormWithStatus64() {
        Cli unknownCommand = Cli.run("list");
        assertEquals(64, unknownCommand.status);
        assertTrue(unknownCommand.err.contains("Usage: nhncloud-result"), unknownCommand.err);

        Cli badBinding = Cli.run("read", "--binding", "moshi", "x.json");
        assertEquals(64, badBinding.status);
        assertTrue(badBinding.err.contains("Invalid value for option '--binding': expected one of " + HeaderReaders.available()
                + " (was 'moshi')"), badBinding.err);
        assertTrue(badBinding.err.contains("Usage: nhncloud-result read"), badBinding.err);

        Cli badCode = Cli.run("explain", "ten");
        assertEquals(64, badCode.status);
        assertTrue(badCode.err.contains("Usage: nhncloud-result explain"), badCode.err);

        assertEquals(64, Cli.run("codes", "--format", "yaml").status);
        assertEquals(64, Cli.run("explain").status);
        assertEquals(64, Cli.run("read", "--lang", "fr").status);
    }
}
