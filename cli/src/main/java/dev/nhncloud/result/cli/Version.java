package dev.nhncloud.result.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the runnable jar's manifest. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"nhncloud-result " + (version == null ? "(version unknown: not run from the jar)" : version)};
    }
}
