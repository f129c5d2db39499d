package dev.quire.cli;

import picocli.CommandLine;

/** The version printed by {@code quire --version}, from the jar's manifest when packaged. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"quire " + current()};
    }
}
