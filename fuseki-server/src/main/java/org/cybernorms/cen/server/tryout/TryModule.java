package org.cybernorms.cen.server.tryout;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.reasoner.Engine;

/**
 * Trying a case at {@code /try}: a researcher's Turtle reasoned with the knowledge base in
 * a private copy ({@link CaseTrial}), never entering the served data.
 *
 * <p>The knowledge base a case is added to ({@link TryBase}) is loaded and reasoned once,
 * on a background thread started when the server has started, so that start-up does not
 * wait for it; the first try waits for it if it is not ready yet.
 */
public final class TryModule implements FusekiModule {

    /** How many cases are reasoned at once; one more is answered 503. */
    public static final int AT_ONCE = 2;

    private final Supplier<TryBase> base;
    private final TryLimits limits;

    /**
     * @param inputs the inputs the served dataset was made from
     * @param engine the engine the server reasons with
     * @param timeout the server's time limit, which a try also keeps
     */
    public TryModule(Inputs inputs, Engine engine, Duration timeout) {
        this.base = new Supplier<>() {
            private TryBase value;

            @Override
            public synchronized TryBase get() {
                if (value == null) {
                    value = TryBase.of(inputs, engine);
                }
                return value;
            }
        };
        this.limits = new TryLimits(AT_ONCE, timeout);
    }

    @Override
    public String name() {
        return "cen-try";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/try", new TryServlet(base, limits));
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        Thread warm = new Thread(base::get, "cen-try-base");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        limits.shutdown();
    }
}
