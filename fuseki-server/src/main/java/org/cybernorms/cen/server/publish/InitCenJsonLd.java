package org.cybernorms.cen.server.publish;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.apache.jena.sys.JenaSystem;

/**
 * Registers {@link CenJsonLd#FORMAT} with Jena's writer registry when Jena initialises, as
 * jena-shacl's {@code InitShacl} registers its own: found by {@code ServiceLoader} through
 * {@code META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle}, so the format works
 * wherever Jena does, whichever class is used first. Idempotent.
 */
public final class InitCenJsonLd implements JenaSubsystemLifecycle {

    private static volatile boolean initialised;

    @Override
    public void start() {
        init();
    }

    @Override
    public void stop() {}

    /** After Jena's own subsystems (RIOT is 20, ARQ 30, SHACL 95), whose writer registry and JSON-LD it uses. */
    @Override
    public int level() {
        return 500;
    }

    /** Registers the format; does nothing the second time. */
    public static void init() {
        if (initialised) {
            return;
        }
        synchronized (InitCenJsonLd.class) {
            if (initialised) {
                return;
            }
            initialised = true;
            JenaSystem.logLifecycle("InitCenJsonLd - start");
            WriterDatasetRIOT writer = CenJsonLd.writer();
            RDFWriterRegistry.register(CenJsonLd.FORMAT, (RDFFormat f) -> writer);
            RDFWriterRegistry.register(CenJsonLd.FORMAT, (RDFFormat f) -> RiotLib.adapter(writer));
            JenaSystem.logLifecycle("InitCenJsonLd - finish");
        }
    }
}
