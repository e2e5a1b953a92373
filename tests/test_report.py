"""The main job and its self-contained HTML report; rendered in headless Chromium, offline."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

from werkzaam.pipeline import read_table
from werkzaam.pipeline.cli import cli

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    from click.testing import CliRunner
    out = tmp_path_factory.mktemp("run")
    ex = REPO / "examples"
    res = CliRunner().invoke(cli, ["run", str(ex), "--meta", str(ex / "metadata.csv"), "--roles",
                                   str(ex / "roles.csv"), "-o", str(out), "--by", "setting", "-q"])
    assert res.exit_code == 0, res.output
    return out


def test_run_writes_every_output_with_every_turn(run_dir):
    names = {p.name for p in run_dir.iterdir()}
    assert {"utterances.parquet", "coded.parquet", "profiles.csv", "report.html", "report_data"} <= names
    utterances, coded = read_table(run_dir / "utterances.parquet"), read_table(run_dir / "coded.parquet")
    assert len(utterances) == len(coded) == 255
    profiles = pd.read_csv(run_dir / "profiles.csv")
    assert len(profiles) == 6 and profiles["turns"].sum() == 255
    data = pd.read_csv(run_dir / "report_data" / "profiles.csv")
    pd.testing.assert_frame_equal(data, profiles)


def test_report_is_self_contained(run_dir):
    page = (run_dir / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 6 * 4 + 2
    assert "<script" not in page and "<link" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"url\(\s*['\"]?https?:", page)


def test_session_line_without_metadata_starts_with_the_turns(tmp_path, run_dir, runner):
    coded = read_table(run_dir / "coded.parquet").drop(columns=["setting", "client_id", "worker_id",
                                                                 "session_number", "date"], errors="ignore")
    coded.to_parquet(tmp_path / "bare.parquet")
    res = runner.invoke(cli, ["report", str(tmp_path / "bare.parquet"), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 0, res.output
    assert re.findall(r"<p class='meta'>([^<]*)</p>", (tmp_path / "r.html").read_text(encoding="utf-8"))[0] \
        .startswith("beurten: ")


def test_report_in_english(tmp_path, run_dir, runner):
    out = tmp_path / "r.html"
    res = runner.invoke(cli, ["report", str(run_dir / "coded.parquet"), "-o", str(out), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "Werkzaam report: common factors in the sessions" in out.read_text(encoding="utf-8")
    assert (tmp_path / "r_data" / "profiles.csv").exists()


def _chromium_urls(page: str, tmp_path: Path, name: str) -> tuple[Path, set[str]]:
    """Open ``page`` headless with the network blocked; return the screenshot and the requested
    URLs (scheme, host and path) from Chromium's net log."""
    shot, netlog = tmp_path / f"{name}.png", tmp_path / f"{name}.json"
    subprocess.run([
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
        f"--user-data-dir={tmp_path / name}", "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", f"--log-net-log={netlog}", "--window-size=1366,3000",
        f"--screenshot={shot}", page,
    ], check=True, timeout=120, capture_output=True)
    text = netlog.read_text(encoding="utf-8").rstrip().rstrip(",")
    log = json.loads(text if text.endswith("}") else text + "]}")
    urls = {e["params"]["url"].split("?")[0] for e in log.get("events", [])
            if isinstance(e.get("params"), dict) and isinstance(e["params"].get("url"), str)}
    return shot, urls


def test_report_renders_in_headless_chromium_without_network(run_dir, tmp_path):
    assert CHROMIUM, "Debian's chromium is needed: tests/setup.sh installs it (apt-get install chromium)"
    _, baseline = _chromium_urls("about:blank", tmp_path, "blank")
    control = tmp_path / "control.html"  # a page that does make a request: the net log must show it
    control.write_text("<img src='http://werkzaam-control.invalid/x.png'>", encoding="utf-8")
    _, control_urls = _chromium_urls(control.as_uri(), tmp_path, "control")
    assert "http://werkzaam-control.invalid/x.png" in control_urls
    shot, urls = _chromium_urls((run_dir / "report.html").as_uri(), tmp_path, "report")
    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours and len(colours) > 50, "the page looks blank"
    rel = sum(n for n, (r, g, b) in colours if abs(r - 0x1b) < 20 and abs(g - 0x9e) < 20 and abs(b - 0x77) < 20)
    assert rel > 500, "the REL colour of the charts is missing from the screenshot"
    page_requests = {u for u in urls - baseline if not u.startswith(("file:", "data:", "about:"))}
    assert page_requests == set(), sorted(page_requests)[:5]
