package org.cybernorms.cen.server.cli;

import org.cybernorms.cen.reasoner.Engine;
import picocli.CommandLine.Option;

/** The {@code --engine} option of every command that reasons. */
final class EngineOption {

    @Option(names = "--engine", paramLabel = "hermit|fast",
            description = "The OWL engine: hermit (the reference) or fast (forward rules, tested equal to HermiT; "
                    + "the default). See docs/performance.md.")
    private Engine engine = Engine.DEFAULT;

    Engine engine() {
        return engine;
    }
}
