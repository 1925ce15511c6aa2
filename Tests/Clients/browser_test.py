"""The browser view of `geokg serve`, in a real headless Chromium driven by Selenium: search an entity, open it,
click a node of its diagram, run a query in the editor, and open an entity whose label is hostile markup, which
must show as text and run nothing. With --screenshot PNG it only saves the entity page of China, for the README
(make screenshot).
Exits 1 with the list of failures.

Usage: browser_test.py --geokg .build/debug/geokg [--screenshot docs/serve-entity.png] [--store STORE]
(in the virtualenv of Tests/Clients/requirements.txt, with chromium and chromium-driver installed)
"""
import argparse
import json
import os
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from served_store import Failures, HOSTILE, HOSTILE_LABEL, Server, hostile_triples, sample_store

def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1800"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def screenshot(geokg, store, path):
    """Saves China's entity page on the sample store (no hostile entity) to `path`."""
    server = Server(geokg, store)
    driver = browser()
    try:
        driver.get(server.url("/#entity=" + "https://w3id.org/geokg/entity/China".replace(":", "%3A").replace("/", "%2F")))
        WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#entity-diagram svg"))
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        driver.save_screenshot(path)
    finally:
        driver.quit()
        server.stop()
    print(path)
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/debug/geokg")
    parser.add_argument("--screenshot", help="save the entity page of China here")
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    failures = Failures()
    check = failures.check

    with tempfile.TemporaryDirectory(prefix="geokg-browser-") as folder:
        if args.screenshot:
            return screenshot(geokg, sample_store(geokg, folder), args.screenshot)
        store = sample_store(geokg, folder, [hostile_triples(folder)])
        server = Server(geokg, store)
        driver = browser()
        wait = WebDriverWait(driver, 20)
        try:
            driver.get(server.url("/"))
            # Search an entity and open it.
            driver.find_element(By.ID, "search-text").send_keys("China")
            driver.find_element(By.ID, "search").click()
            link = wait.until(lambda d: next((a for a in d.find_elements(By.CSS_SELECTOR, "#search-results a")
                                              if a.text == "China"), None))
            link.click()
            wait.until(lambda d: d.find_element(By.ID, "entity-name").text == "China")
            nodes = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#entity-diagram svg g.node.clickable"))
            check(len(nodes) >= 3, f"China's diagram has {len(nodes)} clickable nodes")
            facts = driver.find_elements(By.CSS_SELECTOR, "#entity-facts tr")
            check(len(facts) > 5, f"China's page lists {len(facts) - 1} facts")
            check(any("Wikidata" in a.get_attribute("href") or "wikidata.org" in a.get_attribute("href")
                      for a in driver.find_elements(By.CSS_SELECTOR, "#entity-description a")),
                  "China's page has no Wikidata link")
            # Click another entity's node in the diagram: its page opens.
            target = next(n for n in nodes
                          if n.find_element(By.TAG_NAME, "title").get_attribute("textContent") not in
                          ("https://w3id.org/geokg/entity/China", HOSTILE))
            target_iri = target.find_element(By.TAG_NAME, "title").get_attribute("textContent")
            shape = target.find_elements(By.CSS_SELECTOR, "text") or target.find_elements(By.CSS_SELECTOR, "*")
            shape[0].click()
            wait.until(lambda d: d.find_element(By.ID, "entity-iri").text == target_iri)
            check(driver.find_element(By.ID, "entity-name").text not in ("", "China"),
                  "clicking a diagram node did not open that entity")
            # Run a query in the editor.
            editor = driver.find_element(By.ID, "query-text")
            check("PREFIX geo: <https://w3id.org/geokg/ontology#>" in editor.get_attribute("value"),
                  "the editor does not declare the prefixes")
            driver.find_element(By.ID, "run-query").click()
            rows = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#query-results tr")[1:] or None)
            check(any("meets" in r.text or "memberOf" in r.text for r in rows), "the sample query's table is wrong")
            # The hostile label shows as text and runs nothing.
            driver.get(server.url("/#entity=" + HOSTILE.replace(":", "%3A").replace("/", "%2F")))
            wait.until(lambda d: d.find_element(By.ID, "entity-iri").text == HOSTILE)
            name = driver.find_element(By.ID, "entity-name")
            check(name.get_attribute("textContent") == HOSTILE_LABEL,
                  f"the hostile label is not shown as its text: {name.get_attribute('textContent')!r}")
            check(driver.execute_script("return document.querySelectorAll('#entity img, #entity script').length") == 0,
                  "the hostile label became elements of the page")
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#entity-diagram svg"))
            check(driver.execute_script("return window.hacked === undefined"), "the hostile label's script ran")
            try:
                driver.switch_to.alert
                failures.append("an alert opened")
            except NoAlertPresentException:
                pass
        except TimeoutException as error:
            failures.append(f"the page did not get there in time: {error.msg or 'timeout'}")
            driver.save_screenshot(os.path.join(tempfile.gettempdir(), "geokg-browser-failure.png"))
        finally:
            driver.quit()
            check(server.stop() == 0, "geokg serve did not stop cleanly")
    print(json.dumps({"test": "browser", "failures": failures}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
