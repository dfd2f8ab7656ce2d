"""A headless Debian chromium driven by Selenium, for the page tests.

Selenium is given ``/usr/bin/chromedriver`` and the chromium binary explicitly,
so Selenium Manager never tries to download a browser or a driver; chromium is
started with the flags that keep an offline machine quiet (no sync, no update,
no background requests) and a fresh profile. :func:`browser_or_skip` says
plainly what is missing when a test cannot have a browser.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CHROMEDRIVER = Path(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
CHROMIUM_NAMES = ("chromium", "chromium-browser")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,900", "--force-device-scale-factor=1",
    "--lang=zh-CN",
)


def chromium_path() -> Path | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def missing() -> str | None:
    """Why no browser can be had here, or None when one can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "no chromium on PATH (Debian: apt-get install chromium; .ci/run does it)"
    if not CHROMEDRIVER.is_file():
        return f"no {CHROMEDRIVER} (Debian: apt-get install chromium-driver; .ci/run does it)"
    return None


def start(profile: Path) -> Any:
    """A headless chromium with a fresh profile in ``profile``; quit it when done."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium_path())
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=str(CHROMEDRIVER), log_output=os.devnull)
    return webdriver.Chrome(service=service, options=options)


def console_errors(driver: Any) -> list[str]:
    """The page's console messages of level SEVERE (errors, failed loads, CSP refusals)."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry.get("level") == "SEVERE"]


def artefact_dir() -> Path:
    """Where screenshots are kept: $TEST_ARTIFACTS, else test-artifacts/ (git-ignored)."""
    folder = Path(os.environ.get("TEST_ARTIFACTS", REPO / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def full_page_screenshot(driver: Any, path: Path, *, width: int = 1280,
                         max_height: int = 1800) -> Path:
    """A screenshot of the page's top ``max_height`` pixels (the window is grown to it)."""
    height = driver.execute_script(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
    driver.set_window_size(width, min(int(height) + 120, max_height))
    driver.save_screenshot(str(path))
    return path
