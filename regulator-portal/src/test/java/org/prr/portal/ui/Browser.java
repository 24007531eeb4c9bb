package org.prr.portal.ui;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver ({@code CHROMIUM} and {@code CHROMEDRIVER} point elsewhere;
 * {@code .ci/run} installs both when missing). No download at run time: the driver is named, so Selenium Manager
 * has nothing to fetch.
 */
final class Browser implements AutoCloseable {

    private final String base;
    private final WebDriver driver;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A new visitor: no session, no language chosen. */
    void forgetCookies() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The element, waiting up to 10 s; when it never comes, the failure says what page was shown instead. */
    WebElement find(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException absent) {
            throw new AssertionError(
                    "no " + css + " on " + path() + ", which reads:\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    absent);
        }
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return find(css).getText();
    }

    /** The page as the browser holds it, hidden parts included. */
    String source() {
        return driver.getPageSource();
    }

    /** The paths of the page's links to this portal, in page order. */
    List<String> links() {
        return driver.findElements(By.cssSelector("a[href]")).stream()
                .map(link -> link.getAttribute("href"))
                .filter(href -> href.startsWith(base + "/"))
                .map(href -> href.substring(base.length()))
                .toList();
    }

    String pageText() {
        return find("body").getText();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** What a script run in the page returns (numbers as Double or Long, lists, maps, null). */
    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** The window's size in CSS pixels, as a tablet or a desktop screen has it. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Picks an option of a select by its value. */
    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    /** Clicks a link or a button that loads another page, and waits until the browser has left this one. */
    void click(String css) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.leftBehind = true");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(loaded -> Boolean.TRUE.equals(script.executeScript(
                        "return window.leftBehind !== true && document.readyState === 'complete'")));
    }

    /** Clicks something that changes this page in place. */
    void clickInPlace(String css) {
        find(css).click();
    }

    void signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        click("#sign-in");
        find("#signed-in-user, .sign-in [role=alert]");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
