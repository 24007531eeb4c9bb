#!/usr/bin/python3
"""Screenshots of the web UI's main pages for docs/screenshots/, taken from a running demo (./demo.sh).

Needs Debian's chromium, chromium-driver and python3-selenium. The platform's own view is taken as the demo's
cq-video.officer. Usage:
  tools/screenshots.py [http://localhost:8080] [admin] [demo-admin]
"""
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
user = sys.argv[2] if len(sys.argv) > 2 else "admin"
password = sys.argv[3] if len(sys.argv) > 3 else "demo-admin"
officer, officer_password = "cq-video.officer", "demo-officer-pw"
out = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--window-size=1280,1000", "--lang=zh-CN", "--hide-scrollbars"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    def sign_in(name, secret):
        driver.get(base + "/login")
        driver.find_element(By.ID, "username").send_keys(name)
        driver.find_element(By.ID, "password").send_keys(secret)
        driver.find_element(By.ID, "sign-in").click()

    sign_in(user, password)

    def shot(name, path, prepare=None):
        driver.get(base + path)
        if prepare:
            prepare()
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(height, 800), 2400))
        driver.save_screenshot(str(out / (name + ".png")))
        driver.set_window_size(1280, 1000)
        print("wrote", out / (name + ".png"))

    def first_link(css):
        return driver.find_element(By.CSS_SELECTOR, css).get_attribute("href")[len(base):]

    shot("overview", "/ui")
    shot("filings", "/ui/filings?family=COMPLAINTS&span=30")
    driver.implicitly_wait(5)
    shot("platform", "/ui/platforms/cq-live",
         lambda: (driver.find_element(By.CSS_SELECTOR, "#chart-reviewers canvas"),
                  driver.find_element(By.ID, "verify").click(), driver.find_element(By.ID, "chain-valid")))
    shot("platform-charts", "/ui/platforms/cq-news#charts-heading",
         lambda: driver.find_element(By.CSS_SELECTOR, "#chart-slaShare canvas"))
    driver.get(base + "/ui/platforms/cq-video")
    shot("report", first_link("#reports a"))
    shot("flags", "/ui/flags?state=OPEN")
    driver.get(base + "/ui/flags?rule=UNDERSTAFFED")
    shot("flag", first_link("#flags a"))
    shot("incidents", "/ui/incidents")
    driver.get(base + "/ui/incidents")
    shot("incident", first_link("#incidents a"))
    driver.get(base + "/ui/notices?kind=STAFF")
    shot("notice", first_link("#notices a"))
    shot("notices", "/ui/notices")
    shot("admin-platform", "/ui/admin/platforms/cq-live")
    shot("admin-staff", "/ui/admin/staff")
    shot("admin-audit", "/ui/admin/audit")
    shot("enforcement", "/ui/enforcement")
    driver.get(base + "/ui/enforcement?kind=RECTIFICATION_ORDER")
    shot("enforcement-action", first_link("#actions a"))
    shot("rectifications", "/ui/rectifications")
    driver.get(base + "/ui/rectifications")
    shot("rectification", first_link("#cases a[href*='/ui/rectifications/']"))
    today = (datetime.now(timezone.utc) + timedelta(hours=8)).date()
    driver.get(base + "/ui/meeting-packs?from=" + str(today - timedelta(days=30)) + "&to=" + str(today))
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name=typicalCases]")[:2]:
        box.click()
    driver.find_element(By.ID, "make").click()
    shot("meeting-packs", "/ui/meeting-packs")
    shot("overview-en", "/ui?lang=en")
    driver.get(base + "/ui?lang=zh_CN")
    driver.delete_all_cookies()
    sign_in(officer, officer_password)
    shot("own", "/ui/own")
    shot("own-notices", "/ui/own/notices")
finally:
    driver.quit()
