package dev.nhncloud.result.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nhncloud-result}: reads, explains and lists the result codes of NHN Cloud APIs: Compute's by
 * default, another service's with {@code --service}.
 *
 * <p>Exit status: 0 every input read and successful; 1 some header reports a failure or a partial
 * success; 2 some
 * input unreadable or malformed; 64 bad usage.
 */
@Command(name = "nhncloud-result",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads the result header of NHN Cloud API responses (Compute, SMS, Email, KakaoTalk Bizmessage, Push)"
                + " and explains its code.",
        subcommands = {ReadCommand.class, ExplainCommand.class, CodesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:every input read and successful",
            " 1:some header reports a failure or a partial success",
            " 2:some input unreadable or malformed",
            "64:bad usage"})
public final class Main {

    /** Bad usage, as in sysexits.h. */
    static final int USAGE = 64;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with usage errors answered by the correct form and status 64. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getColorScheme().errorText(e.getMessage()));
            failed.usage(failed.getErr());
            return USAGE;
        });
        return commandLine;
    }
}
