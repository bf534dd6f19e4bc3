package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.HeaderReaders;

/** Prints the bindings present, comma-separated, for {@code run.sh}'s {@code -p binding=}. */
public final class Bindings {

    private Bindings() {
    }

    /**
     * Prints the names.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println(String.join(",", HeaderReaders.available()));
    }
}
