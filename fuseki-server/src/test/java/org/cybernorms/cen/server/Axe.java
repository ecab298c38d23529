package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the maintained accessibility checker (npm, pinned in {@code src/test/node};
 * {@code ./run-tests} installs it with {@code npm ci}), run in the page a browser shows.
 */
public final class Axe {

    private static String script;

    private Axe() {}

    /** Fails, listing them, when axe-core finds a serious or critical violation on the browser's page. */
    @SuppressWarnings("unchecked")
    public static void assertNoSeriousViolation(ChromeDriver browser, String page) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(script());
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => "
                + "({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertThat(serious).as(page + ": axe-core's serious or critical violations").isEmpty();
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = Path.of(System.getProperty("basedir", ".")).resolve("src/test/node/node_modules/axe-core/axe.min.js");
            if (!Files.isRegularFile(file)) {
                fail("axe-core is not installed: run `npm ci --no-audit --no-fund` in " + file.getParent().getParent().getParent()
                        + " (./run-tests does this before the build)");
            }
            try {
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
