"""A self-contained HTML report (inline SVG charts from matplotlib, inline CSS, no scripts, no
network) plus a data folder with the same numbers as CSV."""
from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from werkzaam.pipeline.atomic import atomic_path, write_text_atomic  # noqa: E402
from werkzaam.pipeline.codebook import NONE_CODE  # noqa: E402
from werkzaam.pipeline.flags import evaluate_flags, load_flags  # noqa: E402
from werkzaam.pipeline.profiles import (PHASES, code_matrix, factor_codes, group_profiles,  # noqa: E402
                                        session_profiles, transitions)

COLORS = {"REL": "#1b9e77", "HOOP": "#d95f02", "OPL": "#7570b3", "EVAL": "#e7298a", NONE_CODE: "#d0d0d0"}
EXTRA_COLORS = ["#66a61e", "#e6ab02", "#a6761d", "#1f78b4"]
plt.rcParams.update({"svg.fonttype": "path", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False})

TEXT = {
    "nl": {
        "title": "Werkzaam-rapport: werkzame factoren in de gesprekken",
        "intro": "Per gesprek en per groep: hoe werker en cliënt samen werken aan relatie (REL), hoop (HOOP), "
                 "oplossingen (OPL) en evaluatie (EVAL). Automatische codes zijn schattingen: controleer ze.",
        "overview": "Overzicht", "sessions": "Gesprekken", "groups": "Vergelijking per groep",
        "trajectories": "Trajecten per cliënt", "methods": "Methode", "flags": "Signalen",
        "no_flags": "Geen signalen.", "fingerprint": "Vingerafdruk: aandeel beurten per factor, werker en cliënt",
        "timeline": "Tijdlijn: elke beurt, gekleurd per code", "phases": "Fasen: begin, midden, eind",
        "transitions": "Overgangen: welke code volgt op welke", "examples": "Voorbeelden per code",
        "share": "aandeel beurten", "worker": "werker", "client": "cliënt", "turn": "beurt",
        "from": "van", "to": "naar", "session_number": "sessienummer", "turns": "beurten",
        "client_talk": "aandeel woorden van de cliënt", "data": "De cijfers staan ook als CSV in",
        "overview_chart": "Geschat aandeel beurten per factor (gemiddelde kans, 95%-interval)",
        "phase": {"begin": "begin", "midden": "midden", "eind": "eind"},
    },
    "en": {
        "title": "Werkzaam report: common factors in the sessions",
        "intro": "Per session and per group: how worker and client build the relationship (REL), hope (HOOP), "
                 "solutions (OPL) and evaluation (EVAL) together. Automatic codes are estimates: check them.",
        "overview": "Overview", "sessions": "Sessions", "groups": "Comparison by group",
        "trajectories": "Trajectories per client", "methods": "Methods", "flags": "Flags",
        "no_flags": "No flags.", "fingerprint": "Fingerprint: share of turns per factor, worker and client",
        "timeline": "Timeline: every turn, coloured by code", "phases": "Phases: beginning, middle, end",
        "transitions": "Transitions: which code follows which", "examples": "Examples per code",
        "share": "share of turns", "worker": "worker", "client": "client", "turn": "turn",
        "from": "from", "to": "to", "session_number": "session number", "turns": "turns",
        "client_talk": "client's share of the words", "data": "The numbers are also in the CSV files in",
        "overview_chart": "Estimated share of turns per factor (mean probability, 95% interval)",
        "phase": {"begin": "beginning", "midden": "middle", "eind": "end"},
    },
}

METHODS = {
    "nl": """<p>Elke beurt is gecodeerd met het Werkzaam-codeboek ({codebook}) en het model {model}
(gegroepeerde kruisvalidatie: macro-F1 {cv}; alleen regels: {rules}). Een beurt kan meerdere codes
hebben; OVERIG is een beurt zonder factor.</p>
<p><b>Aandeel</b> ('share') telt de beurten die het model een code geeft. De <b>geschatte aandelen</b>
in het overzicht ('pshare') zijn het gemiddelde van de kansen van het model, met een 95%-interval
uit bootstrap over de beurten van het gesprek. Het model geeft een code binnen elk gesprek aan zoveel
beurten als de kansen samen optellen, dus 'share' en 'pshare' verschillen alleen door afronding (zie
benchmarks/prevalence.py en benchmarks/decision_rules.py). Groepsvergelijkingen tonen het gemiddelde over gesprekken met een
bootstrap-interval over gesprekken.</p>
<p><b>Let op:</b> automatische codes zijn schattingen. Controleer een steekproef van beurten (kolom
'why' in de data) voor u conclusies trekt, zeker over één gesprek.</p>""",
    "en": """<p>Every turn was coded with the Werkzaam codebook ({codebook}) and the model {model}
(grouped cross-validation: macro-F1 {cv}; rules only: {rules}). A turn can carry several codes;
OVERIG is a turn with none of the factors.</p>
<p><b>Share</b> counts the turns the model assigns a code. The <b>estimated shares</b> in the
overview ('pshare') are the mean of the model's probabilities, with a 95% interval from a
bootstrap over the session's turns. Within each session the model gives a code to as many turns
as its probabilities add up to, so 'share' and 'pshare' differ only by rounding (see
benchmarks/prevalence.py and benchmarks/decision_rules.py). Group comparisons show the mean over sessions with a bootstrap
interval over sessions.</p>
<p><b>Caveat:</b> automatic codes are estimates. Check a sample of turns (column 'why' in the
data) before drawing conclusions, certainly about a single session.</p>""",
}

CSS = """body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:24px 32px}h1{font-size:1.6em;margin-bottom:4px}
h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:36px}h3{margin:18px 0 6px}
section.session{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:12px 20px;margin:16px 0}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}.grid>div{min-width:0}
svg{max-width:100%;height:auto}table{border-collapse:collapse;font-size:.9em;margin:6px 0}
td,th{border-bottom:1px solid #eee;padding:3px 8px;text-align:left;vertical-align:top}
.flag{background:#fff4e5;border-left:4px solid #e69500;padding:6px 10px;margin:6px 0}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
.meta{color:#666;font-size:.9em}.why{color:#666;font-size:.85em}nav a{margin-right:14px}"""


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]


def _colors(codes: list[str]) -> dict[str, str]:
    extra = iter(EXTRA_COLORS)
    return {c: COLORS.get(c) or next(extra, "#888888") for c in [*codes, NONE_CODE]}


def _interval_bars(frame: pd.DataFrame, labels: list[str], codes: list[str], t: dict,
                   figsize: tuple[float, float], title: str | None = None) -> str:
    """Horizontal bars of ``pshare_C`` per row with their 95% intervals, one bar per code."""
    fig, ax = plt.subplots(figsize=figsize)
    y = np.arange(len(frame))
    height = 0.8 / len(codes)
    colors = _colors(codes)
    for k, c in enumerate(codes):
        mid = frame[f"pshare_{c}"].to_numpy(float)
        err = np.vstack([mid - frame[f"pshare_{c}_lo"], frame[f"pshare_{c}_hi"] - mid])
        ax.barh(y + k * height, mid, height, xerr=err, color=colors[c], label=c, error_kw={"lw": 0.8})
    ax.set_yticks(y + 0.4 - height / 2, labels)
    ax.invert_yaxis()
    ax.set_xlabel(t["share"])
    if title:
        ax.set_title(title, loc="left")
    return _svg(fig)


def overview_chart(profiles: pd.DataFrame, codes: list[str], t: dict) -> str:
    return _interval_bars(profiles, list(profiles["session_id"]), codes, t,
                          (10, 0.35 * len(profiles) + 1.2), t["overview_chart"])


def fingerprint_chart(row: pd.Series, codes: list[str], t: dict) -> str:
    fig, ax = plt.subplots(figsize=(4.6, 2.6))
    x = np.arange(len(codes))
    ax.bar(x - 0.2, [row[f"share_{c}_worker"] for c in codes], 0.4, color="#4a6fa5", label=t["worker"])
    ax.bar(x + 0.2, [row[f"share_{c}_client"] for c in codes], 0.4, color="#e39b4a", label=t["client"])
    ax.set_xticks(x, codes)
    ax.set_ylim(0, 1)
    ax.set_ylabel(t["share"])
    ax.legend(frameon=False)
    return _svg(fig)


def timeline_chart(s: pd.DataFrame, codes: list[str], t: dict) -> str:
    m = code_matrix(s, codes)
    colors = _colors(codes)
    fig, ax = plt.subplots(figsize=(9.5, 1.5))
    lanes = {"worker": 1, "client": 0}
    for i, (role, (_, row)) in enumerate(zip(s["role"], m.iterrows())):
        present = [c for c in [*codes, NONE_CODE] if row[c]]
        lane = lanes.get(role, -1)
        for k, c in enumerate(present):
            ax.bar(i + 1, 0.8 / len(present), bottom=lane - 0.4 + k * 0.8 / len(present), width=0.9,
                   color=colors[c], linewidth=0)
    ax.set_yticks([1, 0, -1], [t["worker"], t["client"], ""])
    ax.set_ylim(-0.5 if (s["role"] != "other").all() else -1.5, 1.5)
    ax.set_xlim(0.3, len(s) + 0.7)
    ax.set_xlabel(t["turn"])
    ax.spines["left"].set_visible(False)
    return _svg(fig)


def phases_chart(row: pd.Series, codes: list[str], t: dict) -> str:
    fig, ax = plt.subplots(figsize=(4.6, 2.6))
    x = np.arange(len(PHASES))
    width = 0.8 / len(codes)
    colors = _colors(codes)
    for k, c in enumerate(codes):
        ax.bar(x + (k - (len(codes) - 1) / 2) * width, [row[f"share_{c}_{p}"] for p in PHASES], width,
               color=colors[c], label=c)
    ax.set_xticks(x, [t["phase"][p] for p in PHASES])
    ax.set_ylim(0, 1)
    ax.set_ylabel(t["share"])
    ax.legend(ncol=len(codes), frameon=False, fontsize=7)
    return _svg(fig)


def transitions_chart(trans: pd.DataFrame, t: dict) -> str:
    names = list(dict.fromkeys(trans["from_code"]))
    grid = trans.pivot(index="from_code", columns="to_code", values="count").loc[names, names]
    fig, ax = plt.subplots(figsize=(3.6, 3.0))
    ax.imshow(grid.to_numpy(), cmap="Blues")
    for i in range(len(names)):
        for j in range(len(names)):
            ax.text(j, i, int(grid.iat[i, j]), ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(names)), names, rotation=45)
    ax.set_yticks(range(len(names)), names)
    ax.set_xlabel(t["to"])
    ax.set_ylabel(t["from"])
    return _svg(fig)


def group_chart(groups: pd.DataFrame, by: str, codes: list[str], t: dict) -> str:
    labels = [f"{g} (n={n})" for g, n in zip(groups[by], groups["sessions"])]
    return _interval_bars(groups, labels, codes, t, (9, 0.5 * len(groups) + 1.5))


def trajectory_chart(profiles: pd.DataFrame, client: str, codes: list[str], t: dict) -> str:
    p = profiles[profiles["client_id"] == client].copy()
    p["_n"] = pd.to_numeric(p["session_number"], errors="coerce")
    p = p.sort_values("_n")
    colors = _colors(codes)
    fig, ax = plt.subplots(figsize=(4.6, 2.6))
    for c in codes:
        ax.errorbar(p["_n"], p[f"pshare_{c}"], yerr=[p[f"pshare_{c}"] - p[f"pshare_{c}_lo"],
                    p[f"pshare_{c}_hi"] - p[f"pshare_{c}"]], color=colors[c], marker="o", label=c, capsize=2)
    ax.set_xlabel(t["session_number"])
    ax.set_ylabel(t["share"])
    ax.set_title(str(client), loc="left")
    ax.legend(ncol=len(codes), frameon=False, fontsize=7)
    return _svg(fig)


@dataclass
class ReportResult:
    html: Path
    data_dir: Path
    profiles: pd.DataFrame
    flags: pd.DataFrame


def _examples(s: pd.DataFrame, codes: list[str], n: int = 2) -> str:
    colors = _colors(codes)
    rows = []
    for c in codes:
        top = s[s[c].astype(bool)].sort_values(f"p_{c}", ascending=False).head(n)
        for _, r in top.iterrows():
            rows.append(f"<tr><td><b style='color:{colors[c]}'>{c}</b></td><td>{html.escape(str(r['speaker']))}"
                        f" ({r['turn']})</td><td>{html.escape(str(r['text']))}<div class='why'>"
                        f"{html.escape(str(r['why']))}</div></td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def write_report(coded: pd.DataFrame, out: str | Path, lang: str = "nl", by: str | None = None,
                 flags_path: str | Path | None = None, model_meta: dict | None = None,
                 codebook_label: str = "", shown: pd.DataFrame | None = None) -> ReportResult:
    """Write ``out`` (HTML) and ``<out stem>_data/`` (CSV: profiles, transitions, flags, groups).

    ``shown`` is the table whose turns are quoted as examples (a pseudonymised copy of ``coded``,
    row for row); the numbers always come from ``coded``.
    """
    shown = coded if shown is None else shown
    t = TEXT[lang]
    out = Path(out)
    codes = factor_codes(coded)
    profiles = session_profiles(coded)
    trans = transitions(coded)
    flags = evaluate_flags(coded, load_flags(flags_path), lang)
    groups = group_profiles(profiles, by) if by else None
    data_dir = out.parent / f"{out.stem}_data"
    data_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in (("profiles", profiles), ("transitions", trans), ("flags", flags), ("groups", groups)):
        if frame is not None:
            with atomic_path(data_dir / f"{name}.csv") as tmp:
                frame.to_csv(tmp, index=False)
    legend = "<div class='legend'>" + "".join(
        f"<span><i style='background:{col}'></i>{c}</span>" for c, col in _colors(codes).items()) + "</div>"
    parts = [f"<h1>{t['title']}</h1><p>{t['intro']}</p>",
             f"<nav><a href='#overview'>{t['overview']}</a><a href='#sessions'>{t['sessions']}</a>"
             + (f"<a href='#groups'>{t['groups']}</a>" if groups is not None else "")
             + f"<a href='#trajectories'>{t['trajectories']}</a><a href='#methods'>{t['methods']}</a></nav>",
             f"<h2 id='overview'>{t['overview']}</h2>", legend, overview_chart(profiles, codes, t),
             f"<h3>{t['flags']}</h3>"]
    parts += [f"<div class='flag'><b>{html.escape(str(f.session_id or f.client_id))}</b>: {html.escape(f.reason)}</div>"
              for f in flags.itertuples()] or [f"<p>{t['no_flags']}</p>"]
    parts.append(f"<h2 id='sessions'>{t['sessions']}</h2>")
    for sid, s in coded.groupby("session_id", sort=False):
        row = profiles.set_index("session_id").loc[sid]
        meta = ", ".join(f"{k}: {html.escape(str(v))}" for k, v in row.items()
                         if k in ("setting", "client_id", "worker_id", "session_number", "date") and pd.notna(v))
        session_flags = flags[flags["session_id"] == sid]
        parts += [f"<section class='session' id='s-{html.escape(str(sid))}'><h3>{html.escape(str(sid))}</h3>",
                  "<p class='meta'>" + "; ".join(filter(None, [
                      meta, f"{t['turns']}: {int(row['turns'])}",
                      f"{t['client_talk']}: {row['client_talk_share']:.0%}"])) + "</p>"]
        parts += [f"<div class='flag'>{html.escape(r)}</div>" for r in session_flags["reason"]]
        parts += [f"<h4>{t['timeline']}</h4>", legend, timeline_chart(s, codes, t),
                  "<div class='grid'>", f"<div><h4>{t['fingerprint']}</h4>{fingerprint_chart(row, codes, t)}</div>",
                  f"<div><h4>{t['phases']}</h4>{phases_chart(row, codes, t)}</div>", "</div>",
                  "<div class='grid'>", f"<div><h4>{t['transitions']}</h4>"
                  f"{transitions_chart(trans[trans['session_id'] == sid], t)}</div>",
                  f"<div><h4>{t['examples']}</h4>{_examples(shown.loc[s.index], codes)}</div>", "</div></section>"]
    if groups is not None:
        parts += [f"<h2 id='groups'>{t['groups']}: {html.escape(by)}</h2>", group_chart(groups, by, codes, t)]
    parts.append(f"<h2 id='trajectories'>{t['trajectories']}</h2><div class='grid'>")
    if {"client_id", "session_number"} <= set(profiles.columns):
        for client, n in profiles["client_id"].value_counts().items():
            if n >= 2:
                parts.append(f"<div>{trajectory_chart(profiles, client, codes, t)}</div>")
    parts.append("</div>")
    meta = model_meta or {}
    cv = meta.get("cv", {})
    parts += [f"<h2 id='methods'>{t['methods']}</h2>", METHODS[lang].format(
        codebook=html.escape(codebook_label or "?"), model=html.escape(meta.get("name", "?")),
        cv=f"{cv.get('classifier', {}).get('macro_f1', float('nan')):.2f}",
        rules=f"{cv.get('rules_only', {}).get('macro_f1', float('nan')):.2f}"),
        f"<p class='meta'>{t['data']} <code>{html.escape(data_dir.name)}/</code>.</p>"]
    page = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{t['title']}</title>"
            f"<style>{CSS}</style></head><body><main>{''.join(parts)}</main></body></html>")
    write_text_atomic(out, page)
    return ReportResult(out, data_dir, profiles, flags)
