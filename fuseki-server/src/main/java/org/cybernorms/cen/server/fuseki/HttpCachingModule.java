package org.cybernorms.cen.server.fuseki;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.cybernorms.cen.server.web.CachingFilter;
import org.cybernorms.cen.server.web.EntityTags;

/**
 * HTTP caching on every path ({@link CachingFilter}). Listed first among the modules, so
 * that its filter runs before every other: a matching {@code If-None-Match} is answered
 * before any feature does work.
 */
public final class HttpCachingModule implements FusekiModule {

    /**
     * How long a shared cache may keep an answer without asking again: short, because a CDN
     * keeps the old data that long after a deployment that does not purge it.
     */
    public static final int SHARED_MAX_AGE_SECONDS = 300;

    private final EntityTags tags;

    /** @param tags the validators of the served data */
    public HttpCachingModule(EntityTags tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "cen-http-caching";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new CachingFilter(tags, SHARED_MAX_AGE_SECONDS));
    }
}
