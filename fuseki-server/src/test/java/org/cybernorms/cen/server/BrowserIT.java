package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader sees, in Debian's headless Chromium driven by its ChromeDriver (paths set
 * explicitly: Selenium Manager never downloads anything). Screenshots go to
 * {@code target/screenshots/}.
 */
public class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static ChromeDriver browser;
    private static Path profile;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        base = SharedServer.get().url();
        profile = Files.createTempDirectory("cen-chromium-profile");
        browser = chromium(profile);
    }

    /** Debian's headless Chromium with a fresh profile in {@code profile}; quit it when done. */
    public static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1200,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chromium;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStatesPage() throws IOException {
        String[] found = new String[2];
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            conn.querySelect("SELECT ?s ?label { ?s a <" + CEN.State.getURI() + "> ; <" + RDFS.label.getURI()
                    + "> ?label FILTER(STRSTARTS(STR(?s), \"" + CEN.ID + "state/\") && LANGMATCHES(LANG(?label), \"en\")) "
                    + "FILTER EXISTS { ?x ?p ?s } } ORDER BY ?s LIMIT 1", row -> {
                        found[0] = row.getResource("s").getURI();
                        found[1] = row.getLiteral("label").getLexicalForm();
                    });
        }
        assertThat(found[0]).as("a State that something refers to").isNotNull();
        browser.get(base + "id/" + found[0].substring(CEN.ID.length()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(found[1]);
        assertThat(browser.getTitle()).contains(found[1]);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Statements").contains("Referred to by")
                .contains(found[0]);
        WebElement typeLink = browser.findElement(By.cssSelector("table.statements a[href='/ontology#State']"));
        assertThat(typeLink.isDisplayed()).isTrue();
        screenshot("state-page.png");

        typeLink.click();
        assertThat(browser.getCurrentUrl()).endsWith("/ontology#State");
        assertThat(browser.findElement(By.id("State")).getText()).contains("cen:State");
    }

    @Test
    void theOntologyPage() throws IOException {
        browser.get(base + "ontology");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("CEN-KG ontology");
        WebElement state = browser.findElement(By.id("State"));
        assertThat(state.getText()).contains("cen:State").contains("Subclass");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Classes").contains("Object properties");
        screenshot("ontology-page.png");
    }

    @Test
    void theResearchersOperationMarksInferences() throws IOException {
        browser.get(base + "id/operation/issue-5-registry-manipulation");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Issue 5 <registry> manipulation & \"deletion\"");
        assertThat(browser.findElements(By.cssSelector("tr.inferred"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("ul.citations blockquote")).getText())
                .isEqualTo("The service altered entries in the voter registry.");
        screenshot("operation-page.png");
    }

    @Test
    void theFusekiUiListsTheDataset() throws IOException {
        browser.get(base + "sparql-editor/");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> d.findElement(By.tagName("body")).getText().contains("/cen"));
        assertThat(browser.getTitle()).contains("Fuseki");
        screenshot("fuseki-ui.png");
    }

    private static void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    /** Saves what the browser shows under {@code target/screenshots/}. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Path.of(System.getProperty("cen.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(dir.resolve(name))).isPositive();
    }

}
