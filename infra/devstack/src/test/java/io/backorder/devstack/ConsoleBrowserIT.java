package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed example driven through the operator console in headless Chromium, against the whole
 * local stack: B and C show backordered in red, A is forced, everything is filled, C approved and
 * shipped, and the dashboard (open in another tab, never reloaded) changes as it happens. Then
 * purchasing for what A still waits for (generate, send, the document, the suppliers), and a receipt
 * made with the keyboard alone. The browser console must stay free of errors throughout.
 * Screenshots of each page are kept in {@code target/console-screenshots/}.
 *
 * <p>The browser is Debian's {@code chromium} with its {@code chromium-driver} ({@code .ci/run}
 * installs both; nothing downloads a browser). Without them the test is reported as not run, with
 * a banner saying so; on CI ({@code CI=true}) a missing browser fails it instead.
 */
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("backorder.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("backorder.chromedriver",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalStack stack;
    private static WebDriver browser;

    @BeforeAll
    static void startTheStackAndTheBrowser() throws Exception {
        boolean browserThere = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!browserThere) {
            String banner = """

                    ************************************************************************************
                    ConsoleBrowserIT WAS NOT RUN: no Chromium at %s or no chromedriver at %s.
                    Install Debian's browser: apt-get install -y chromium chromium-driver (.ci/run does).
                    ************************************************************************************
                    """.formatted(CHROMIUM, CHROMEDRIVER);
            System.err.println(banner);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(banner);
            }
            Assumptions.abort(banner);
        }
        Path repo = Path.of(System.getProperty("backorder.repo.root", "../..")).toAbsolutePath().normalize();
        Path runDir = Files.createTempDirectory(Path.of("target"), "browser-run-").toAbsolutePath();
        stack = LocalStack.start(new StackOptions(repo, runDir, LocalStackIT.freePortOffset(), false, null),
                new PrintStream(Files.newOutputStream(runDir.resolve("stack.out")), true));
        Files.createDirectories(SCREENSHOTS);
        browser = chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void the_seed_example_runs_through_the_console_and_the_dashboard_follows_without_a_reload() throws Exception {
        try {
            driveTheSeedExample();
        } catch (RuntimeException | AssertionError failed) {
            screenshot("failed-here");
            throw failed;
        }
    }

    private void driveTheSeedExample() throws Exception {
        new DemoData(System.out).load(stack.serviceUrl("inventory-service"), stack.serviceUrl("order-service"),
                stack.serviceUrl("purchasing-service"));
        String a = orderNumberOf("WEB-10001");
        String b = orderNumberOf("WEB-10002");
        String c = orderNumberOf("WEB-10003");
        String console = stack.serviceUrl("reporting-service") + "/";

        browser.get(console);
        signIn("demo");
        String dashboardTab = browser.getWindowHandle();
        awaitText(By.cssSelector("#orders-waiting .figure"), "3");
        ((JavascriptExecutor) browser).executeScript("window.neverReloaded = true;");
        screenshot("1-dashboard-before");

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(console + "#/backorders/order");
        signIn("demo"); // a new tab is a new session
        for (String waiting : List.of(b, c)) {
            WebElement needed = until(By.xpath("//table[contains(@class,'report')]//tr[td/a[text()='" + waiting
                    + "']]/td[@data-field='needed']"));
            assertThat(needed.getAttribute("class")).as("order " + waiting + " needed in red").contains("needed-red");
        }
        screenshot("2-backorders-by-order");

        browser.get(console + "#/orders/" + a);
        until(By.id("line-1-quantity")).sendKeys("4");
        click(By.id("line-1-force"));
        awaitText(By.cssSelector("#order-message .message.done"), "Force line 1: backordered");
        awaitText(By.cssSelector(".order-lines tr:nth-child(1) td[data-field='needed']"), "4");
        screenshot("3-order-a-forced");

        browser.get(console + "#/fill");
        WebElement approve = until(By.id("approve"));
        if (approve.isSelected()) {
            approve.click(); // the operator approves on the order page, as the seed tells it
        }
        click(By.id("fill-now"));
        awaitText(By.xpath("//table//tr[td/a[text()='" + c + "']]/td[@data-field='filled']"), "2");
        awaitText(By.xpath("//table//tr[td/a[text()='" + b + "']]/td[@data-field='filled']"), "1");
        assertThat(browser.findElement(By.id("fill-totals")).getText()).as("the fill's totals above its lines")
                .matches("Fill fill-\\S+: \\d+ line\\(s\\) looked at, \\d+ filled with \\d+ unit\\(s\\),"
                        + " \\d+ unit\\(s\\) still needed\\.");
        screenshot("4-fill-backorders");

        browser.get(console + "#/orders/" + c);
        awaitText(By.cssSelector(".order-lines tr:nth-child(1) td[data-field='allocated']"), "2");
        click(By.id("approve-order"));
        awaitText(By.cssSelector("#order-message .message.done"), "Approve: approved");
        click(By.id("ship-order"));
        awaitText(By.cssSelector("#order-message .message.done"), "Ship:");
        awaitText(By.cssSelector(".order-lines tr:nth-child(1) td[data-field='shipped']"), "2");
        assertThat(textOf(By.id("main"))).as("the order page shows no missing values as text")
                .doesNotContain("null").doesNotContain("undefined");
        screenshot("5-order-c-shipped");

        browser.switchTo().window(dashboardTab);
        awaitText(By.cssSelector("#orders-waiting .figure"), "1");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.neverReloaded === true;"))
                .as("the dashboard changed without a reload").isEqualTo(true);
        screenshot("6-dashboard-after");

        buyWhatStillWaits(console);
        receiveByKeyboardOnly(console);

        for (String page : List.of("#/backorders/customer", "#/backorders/summary", "#/not-shipped", "#/imports",
                "#/orders", "#/processor", "#/items?sku=SKU", "#/purchasing", "#/suppliers", "#/parameters")) {
            browser.get(console + page);
            until(By.cssSelector("main h1"));
            screenshot("7-" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        }
        click(By.id("sign-out"));
        signIn("viewer");
        awaitText(By.id("user-name"), "viewer");
        assertThat(browser.findElement(By.cssSelector(".top nav a[href='#/fill']")).isDisplayed())
                .as("a viewer is not offered Fill Backorders").isFalse();
        assertThat(browser.findElement(By.cssSelector(".top nav a[href='#/backorders/order']")).isDisplayed())
                .as("a viewer reads the reports").isTrue();
        browser.get(console + "#/orders/" + b);
        awaitText(By.cssSelector(".order-lines tr:nth-child(1) td[data-field='allocated']"), "2");
        assertThat(textOf(By.id("main"))).as("a viewer sees the order").contains(b);
        assertThat(browser.findElements(By.cssSelector("#approve-order, [id$='-force'], [id$='-fill']")))
                .as("a viewer is not offered the order's actions").isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        screenshot("13-signed-in-as-viewer");

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    /**
     * Purchasing for what A still waits for: the demo's draft is cancelled, a purchase order generated in its
     * place, sent, and its printable document opened; then the suppliers page shows the demo's supplier.
     */
    private void buyWhatStillWaits(String console) throws Exception {
        browser.get(console + "#/purchasing");
        until(By.cssSelector("table.purchase-orders"));
        for (String draft : purchaseOrders("DRAFT")) {
            click(By.id("cancel-" + draft));
            awaitText(By.cssSelector("#purchasing-message .message.done"), "Cancel " + draft + ": now cancelled");
        }
        click(By.cssSelector("#generate button[type='submit']"));
        awaitText(By.cssSelector("#purchasing-message .message.done"), "Generate: ");
        assertThat(textOf(By.id("purchasing-message"))).as("a purchase order was generated")
                .doesNotContain("no new purchase order");
        By generated = By.cssSelector("#generated table.generated td[data-field='poNumber'] a");
        String po = textOf(generated).strip();
        assertThat(textOf(By.id("generated"))).contains("SKU123").contains("SKU999");
        assertThat(textOf(By.id("main"))).as("the purchasing page shows no missing values as text")
                .doesNotContain("null").doesNotContain("undefined").doesNotContain("[object");
        screenshot("8-purchase-order-generated");

        click(generated);
        awaitText(By.cssSelector("main h1"), "Purchase order " + po);
        awaitText(By.id("po-status"), "DRAFT");
        click(By.id("send-" + po));
        click(By.cssSelector("dialog[open] button[type='submit']"));
        awaitText(By.id("po-status"), "SENT");
        awaitText(By.cssSelector("#purchasing-message .message.done"), "Send " + po + ": now sent");
        screenshot("9-purchase-order-sent");

        // The link is fetched with the user's credentials and opened from memory in a tab of its own.
        String consoleTab = browser.getWindowHandle();
        Set<String> tabs = browser.getWindowHandles();
        click(By.id("document-" + po));
        new WebDriverWait(browser, PATIENCE).until(driver -> driver.getWindowHandles().size() > tabs.size());
        browser.switchTo().window(browser.getWindowHandles().stream().filter(tab -> !tabs.contains(tab))
                .findFirst().orElseThrow());
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), po));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("SKU123").contains(DemoData.SUPPLIER_NAME);
        screenshot("10-purchase-order-document");
        browser.close();
        browser.switchTo().window(consoleTab);

        browser.get(console + "#/suppliers");
        awaitText(By.cssSelector("#supplier-" + DemoData.SUPPLIER_ID + " td[data-field='sku']"), "SKU123");
        assertThat(textOf(By.id("supplier-" + DemoData.SUPPLIER_ID))).contains(DemoData.SUPPLIER_NAME)
                .contains("SKU999");
        screenshot("11-suppliers");
    }

    /**
     * One action with the keyboard alone: Tab from the top of the items page to Receive on the red gizmos, Enter
     * opens the dialog with the cursor in its first field, Enter submits it; the keyboard is back on the button,
     * its focus visible. Then Escape closes the Adjust dialog without doing anything.
     */
    private void receiveByKeyboardOnly(String console) throws Exception {
        browser.get(console + "#/items?sku=SKU999");
        awaitText(By.cssSelector("table.items td[data-field='sku']"), "SKU999");
        String onHandBefore = textOf(By.cssSelector("table.items td[data-field='onHand']")).strip();
        WebElement receive = until(By.id("receive-SKU999"));

        tabUntilFocused(receive);
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;")).as("focus visible").isEqualTo("solid");
        press(Keys.ENTER);
        until(By.cssSelector("dialog[open]"));
        assertThat(browser.switchTo().activeElement().getAttribute("name")).as("the dialog's first field has the cursor")
                .isEqualTo("quantity");
        press("2");
        press(Keys.ENTER);
        awaitText(By.cssSelector("#items-message .message.done"), "Receipt of SKU999: done");
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog")));
        awaitText(By.cssSelector("table.items td[data-field='onHand']"), String.valueOf(Integer.parseInt(onHandBefore) + 2));
        awaitFocusOn("receive-SKU999", "the keyboard is back on the button that opened the dialog");
        screenshot("12-items-received-by-keyboard");

        press(Keys.TAB);
        awaitFocusOn("adjust-SKU999", "Tab moves to the next button");
        press(Keys.ENTER);
        until(By.cssSelector("dialog[open]"));
        press(Keys.ESCAPE);
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog")));
        awaitFocusOn("adjust-SKU999", "Escape gives the keyboard back");
    }

    /**
     * Waits until the element with this id has the keyboard. A live update may redraw the list while focus is read:
     * the element read is then stale, and read again (the redraw keeps focus on the element with the same id).
     */
    private static void awaitFocusOn(String id, String why) {
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .withMessage(why + ": focus on #" + id)
                .until(driver -> id.equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    /** Tab, as an operator would, until the element has the keyboard; fails if it never comes. */
    private static void tabUntilFocused(WebElement target) {
        for (int presses = 0; presses < 80; presses++) {
            press(Keys.TAB);
            if (browser.switchTo().activeElement().equals(target)) {
                return;
            }
        }
        throw new AssertionError("80 presses of Tab never reached " + target.getAttribute("id"));
    }

    private static void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** The purchase orders of a status, as purchasing-service lists them. */
    private static List<String> purchaseOrders(String status) throws Exception {
        HttpResponse<String> response = HTTP.send(ApiCredentials.signed(HttpRequest.newBuilder(URI.create(
                stack.serviceUrl("purchasing-service") + "/api/purchase-orders?status=" + status))).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> numbers = new ArrayList<>();
        JSON.readTree(response.body()).forEach(order -> numbers.add(order.path("poNumber").asText()));
        return numbers;
    }

    /** The console's login form, with a local user of the README's table (whose password is its name). */
    private static void signIn(String user) {
        until(By.id("login-user")).sendKeys(user);
        until(By.id("login-password")).sendKeys(user);
        click(By.id("login-submit"));
        awaitText(By.id("user-name"), user);
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1366,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static WebElement until(By locator) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks the element once it shows, finding it again if a live update redrew it between finding and clicking
     * (a click on a stale element does nothing, so it is never made twice).
     */
    private static void click(By locator) {
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(driver -> {
            until(locator).click();
            return true;
        });
    }

    /**
     * The text of the element once it shows, read again if a live update redrew it between finding and reading (the
     * supplier row went stale so in one CI run).
     */
    private static String textOf(By locator) {
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> until(locator).getText());
    }

    private static void awaitText(By locator, String text) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textMatches(locator,
                Pattern.compile("^\\s*" + Pattern.quote(text) + ".*", Pattern.DOTALL)));
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String orderNumberOf(String storefrontOrderId) {
        return Awaitility.await().atMost(PATIENCE).until(() -> findOrderNumber(storefrontOrderId),
                number -> number != null);
    }

    private static String findOrderNumber(String storefrontOrderId) throws Exception {
        HttpResponse<String> response = HTTP.send(ApiCredentials.signed(HttpRequest.newBuilder(URI.create(
                stack.serviceUrl("order-service") + "/api/orders?size=500"))).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode order : JSON.readTree(response.body()).path("orders")) {
            if (order.path("storefrontOrderId").asText().equals(storefrontOrderId)) {
                return order.path("orderNumber").asText();
            }
        }
        return null;
    }
}
