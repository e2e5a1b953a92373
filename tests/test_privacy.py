"""Privacy: pseudonymisation, no network, no transcript text in messages or logs, safe files."""
import logging
import os
import socket
import stat

import pandas as pd
import pytest

from werkzaam.pipeline import ingest, read_table
from werkzaam.pipeline.cli import cli

SECRET = "Karel Vandeputte woont in de Kerkstraat 12 in Merksem"
SESSION = f"""JA: Dag meneer Vandeputte, hoe gaat het met Roos?
C: Goed. {SECRET}. Bel me op 0475 12 34 56.
JA: Uw rijksregisternummer is 87.06.14-123.45, klopt dat?
C: Ja. En mijn dochter Roos is zeventien nu.
"""


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args[1:] if len(args) > 1 else args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_pseudonymize_replaces_personal_data_consistently(runner, write, tmp_path, no_network):
    src = write("s1.txt", SESSION)
    out, key = tmp_path / "p.csv", tmp_path / "key.csv"
    res = runner.invoke(cli, ["pseudonymize", str(src), "-o", str(out), "--key", str(key), "-q"])
    assert res.exit_code == 0, res.output
    table = read_table(out)
    text = " ".join(table["text"])
    for secret in ("Vandeputte", "Kerkstraat", "Merksem", "0475 12 34 56", "87.06.14-123.45", "Roos", "zeventien"):
        assert secret not in text, secret
    roos = [t for t in table["text"] if "dochter" in t][0]
    assert roos.split("dochter ")[1].split(" ")[0] in table.loc[0, "text"]  # same tag for Roos both times
    keyed = pd.read_csv(key)
    assert set(keyed.columns) == {"session_id", "tag", "original"} and "Roos" in set(keyed["original"])
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert no_network == []


def test_speaker_label_names_are_pseudonymised_in_label_and_text(write):
    from werkzaam.pipeline.pseudonymize import Pseudonymizer, pseudonymize_table
    table = ingest([write("s.txt", "Ellen: Dag, ik ben Ellen. Hoe gaat het?\nMarc: Goed, Ellen.\n"
                                   "Ellen: Fijn.\nMarc: Ja.\n")]).table
    out, key = pseudonymize_table(table, Pseudonymizer())
    ellen = out.loc[0, "speaker"]
    assert ellen.startswith("[PERSOON-") and ellen in out.loc[0, "text"] and ellen in out.loc[1, "text"]
    assert "Ellen" not in " ".join(out["text"]) + " ".join(out["speaker"])
    assert out.loc[1, "speaker"] != ellen


def test_without_key_no_mapping_is_written(runner, write, tmp_path):
    res = runner.invoke(cli, ["pseudonymize", str(write("s.txt", SESSION)), "-o", str(tmp_path / "p.csv"), "-q"])
    assert res.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv", "s.txt"]
    assert "the mapping was discarded" in res.stderr


def test_main_job_opens_no_socket_and_logs_no_text(runner, write, tmp_path, no_network, caplog):
    caplog.set_level(logging.DEBUG)
    write("in/s1.txt", SESSION)
    write("in/broken.vtt", f"geen webvtt maar {SECRET}\n")
    res = runner.invoke(cli, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert res.exit_code == 1  # the broken file is reported, the rest is written
    assert (tmp_path / "out" / "report.html").exists()
    assert no_network == []
    for fragment in ("Vandeputte", "Kerkstraat", "0475"):
        assert fragment not in res.output and fragment not in caplog.text
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Vandeputte" not in page and "Merksem" not in page
    for name in ("utterances.parquet", "coded.parquet", "profiles.csv", "report.html"):
        assert stat.S_IMODE(os.stat(tmp_path / "out" / name).st_mode) == 0o600


@pytest.mark.parametrize("folder, min_files, min_listed, tuned_on", [
    ("pii", 12, 400, True),               # the development set: the rules were written while looking at it
    ("pii-independent", 8, 200, True),    # written independently; its misses were read once, after measuring
    ("pii-fresh", 6, 200, True),          # written independently after that; likewise
    ("pii-holdout", 6, 250, False),       # written after the first rules; its strings never read
    ("pii-blind", 6, 300, True),          # two more blind writers, measured once, then their misses read
    ("pii-blind2", 6, 300, True),         # and two more, after the rules learnt from pii-blind
    ("pii-blind3", 6, 340, True),         # and two more, after the rules learnt from pii-blind2
    ("pii-blind4", 6, 350, True),         # and two more, after the rules learnt from pii-blind3
    ("pii-blind5", 6, 380, True),         # and two more, after the rules learnt from pii-blind4
    ("pii-blind6", 6, 390, True),         # and two more, after the rules learnt from pii-blind5
    ("pii-blind7", 6, 360, True),         # and two more, after the rules learnt from pii-blind6
    ("pii-blind8", 6, 440, True),         # and two more, after the rules learnt from pii-blind7
    ("pii-blind9", 6, 440, True),         # and two more, after the rules learnt from pii-blind8
    ("pii-blind10", 6, 470, True),        # and two more, after the rules learnt from pii-blind9
    ("pii-blind11", 6, 460, True),        # and two more, after the rules learnt from pii-blind10
    ("pii-blind12", 6, 330, True),        # and two more, after the rules learnt from pii-blind11
    ("pii-blind13", 6, 340, True),        # and two more, after the rules learnt from pii-blind12
    ("pii-blind14", 6, 460, True),        # and two more, after the rules learnt from pii-blind13
    ("pii-blind15", 6, 500, True),        # and two more, after the rules learnt from pii-blind14
    ("pii-blind16", 6, 410, True),        # and two more, after the rules learnt from pii-blind15
    ("pii-blind17", 6, 470, True),        # and two more, after the rules learnt from pii-blind16
    ("pii-blind18", 6, 530, True),        # and two more, after the rules learnt from pii-blind17
    ("pii-blind19", 6, 520, True),        # and two more, after the rules learnt from pii-blind18
    ("pii-blind20", 6, 470, True),        # and two more, after the rules learnt from pii-blind19
    ("pii-blind21", 6, 520, True),        # and two more, after the rules learnt from pii-blind20
    ("pii-blind22", 6, 450, True),        # and two more, measured with the same rules as pii-blind21
    ("pii-blind23", 6, 470, True),        # and two more, after the rules learnt from pii-blind21 and 22
    ("pii-blind24", 6, 510, True),        # and two more, after the rules learnt from pii-blind23
    ("pii-blind25", 6, 500, True),        # and two more, after the rules learnt from pii-blind24
    ("pii-blind26", 6, 530, True),        # and two more, after the rules learnt from pii-blind25
])
def test_pii_leakage_figures_are_in_the_docs(folder, min_files, min_listed, tuned_on):
    """The docs state each set's current figure; on the sets the rules were improved on, at most 2% leaks.
    The holdout figure is the honest one for unseen transcripts and is reported, not tuned."""
    import importlib.util
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("pii_leakage", repo / "benchmarks" / "pii_leakage.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.leakage(repo / "tests" / "data" / folder)
    assert result["files"] >= min_files and result["listed"] >= min_listed
    if tuned_on:
        assert result["rate"] <= 0.02, result
    line = (f"{result['files']} transcripts, {result['listed']} listed strings, {result['leaked']} still present: "
            f"{result['rate']:.1%}")
    assert line in (repo / "docs" / "privacy.md").read_text(encoding="utf-8"), "update docs/privacy.md"


def _pseudonymized_texts(write, transcript: str) -> list[str]:
    from werkzaam.pipeline.pseudonymize import pseudonymize_table, shared_pseudonymizer
    out, _ = pseudonymize_table(ingest([write("s.txt", transcript)]).table, shared_pseudonymizer())
    return out["text"].tolist()


@pytest.mark.parametrize("turn, secret", [
    ("C: Ik word ingeschreven op donderdag de 27ste.", "27ste"),
    ("C: Geboren op twaalf augustus tweeduizend tien.", "twaalf augustus"),
    ("C: Op den vijfde augustus word ik zesenveertig.", "vijfde augustus"),
    ("C: Mijn nummer? Nul vier zesentachtig, vierendertig, twaalf, negenenvijftig.", "zesentachtig"),
    ("C: Mijn BSN... 2554 82 802.", "2554 82 802"),
    ("C: Dus ge zijt vijfenveertig?", "vijfenveertig"),
    ("C: Toen Roos zeven werd, zag ik haar voor het laatst.", "zeven werd"),
    ("C: Ze zit op De Zevensprong, groep zes.", "Zevensprong"),
    ("C: Ik sprak met mevrouw Ria Hoop van de woningdienst.", "Hoop"),
    ("C: Ik zie u terug op de negentiende.", "negentiende"),
    ("C: Mijn gsm is 0487, zesenveertig, dertig, twaalf.", "zesenveertig, dertig"),
    ("C: Mijn BSN is negen een twee, drie vier vijf, zes zeven acht.", "drie vier vijf"),
    ("C: De postcode is vierenzeventig twaalf AT.", "twaalf AT"),
    ("C: Mijn dossiernummer is 2024/PV/08812.", "08812"),
    ("C: Zeg maar Pat, iedereen zegt Pat.", "Pat"),
    ("C: Ik ben Mieke Verschueren, uw nieuwe begeleider.", "Mieke"),
    ("C: Er komt iemand van Zorgkracht voor het douchen.", "Zorgkracht"),
    ("C: Mijn zoon van 12 zit nog op de lagere school.", "12"),
    ("C: Toen ik 15 was, ben ik van huis weggelopen.", "15"),
    ("C: Op mijn zestiende ben ik gestopt met school.", "zestiende"),
    ("C: Ze wordt volgende maand 18.", "18"),
    ("C: Ze zijn 8 en 11.", "11"),
    ("C: Mijn dochter, 14, wil niet meer naar school.", "14"),
    ("C: De oudste is 16, de jongste 12.", "12"),
    ("C: Hij is geboren in 79.", "79"),
    ("W: Hoe oud was je toen? Twaalf? Dertien?", "Dertien"),
    ("C: Het notitienummer is GE.21.F4.019283/2024.", "019283"),
    ("W: Uw dossier: BR-W, schuine streep, 2023, schuine streep, 11873.", "11873"),
    ("C: De referentie is 8812 0044 1937 2205.", "8812 0044"),
    ("C: Geboren op negen-vier-tweeënnegentig.", "negen-vier"),
    ("W: Dan zie ik u de zesde, om half elf.", "zesde"),
    ("C: Op Insta heet ik kevin_dhondt, of op TikTok kevinn07.", "kevinn07"),
    ("C: Ze heet daar mira.vdb, met een puntje.", "mira.vdb"),
    ("C: Mail maar naar tom punt claes at gmail punt com.", "tom punt claes"),
    ("C: Die van Vandenberghe Incasso bellen elke dag.", "Vandenberghe"),
    ("C: Hij voetbalt bij vv Rijnsburg, op zaterdag.", "Rijnsburg"),
    ("C: We woonden eerst aan de Kiel, achter de kerk.", "Kiel"),
    ("C: Mijn schoonzus, Greet, helpt met de kinderen.", "Greet"),
    ("C: Verhaegen. V-E-R-H-A-E-G-E-N.", "V-E-R-H"),
    ("C: Het polisnummer is 4471 203.", "4471 203"),
    ("C: Zijn Snapchat is jorisvdb.", "jorisvdb"),
    ("C: Ze woont in de Vondelstraat 12.", "Vondelstraat"),
    ("W: Goed, dan tot de negende.", "negende"),
    ("C: Op den zevenentwintigsten maart moet ik voorkomen.", "zevenentwintigsten"),
    ("C: Mijn gsm is nul vier zeven één, achtendertig, twaalf, vijfenzestig.", "achtendertig"),
    ("C: Het is nul vijf punt elf punt negentien, streepje tweehonderdveertig punt zeven.", "negentien"),
    ("C: Den Audi, twee KLM negen acht één.", "KLM"),
    ("C: Ik ben zelf 58, ik kan dat niet meer.", "58"),
    ("C: We hebben een kleine, die is vier maanden.", "vier maanden"),
    ("C: Stuur het naar 3740 Bilzen, alstublieft.", "Bilzen"),
    ("C: Ik werk in Ede, bij de bakker.", "Ede"),
    ("C: Mijn maatje, de Jelle, die is er altijd.", "Jelle"),
    ("C: Mag ik ook Saartje zeggen, zoals uw mama?", "Saartje"),
    ("C: Zijn Opel? H X drie zes nul B.", "H X drie"),
    ("C: Dat is met d-e... D-e-w-u-l-f.", "D-e-w-u-l-f"),
    ("C: Dus u bent nu... 44.", "44"),
    ("W: Noem mij gerust Bram, iedereen zegt Bram.", "Bram"),
    ("C: Ja, tegen den elfden.", "elfden"),
    ("C: Ze noemt hem \"Kobeke\", zo schattig.", "Kobeke"),
    ("C: Özlem, mijn buurvrouw, die helpt.", "Özlem"),
    ("C: Op Insta ben ik jo.v99.", "jo.v99"),
    ("C: Met een W, W van Willem, O van Otto, U van Utrecht, T van Tinus.", "O van Otto"),
    ("C: Dat is V als in Victor, A als in Anton, N als in Nico.", "A als in Anton"),
    ("C: Ik ben drieëntwintig. Volgend jaar vierentwintig.", "vierentwintig"),
    ("C: Luwam is tweeënhalf.", "tweeënhalf"),
    ("C: Ja, de achtste. Toen was het weer mis.", "achtste"),
    ("C: Het contractnummer... 40-3318-07.", "3318"),
    ("C: Ik stream op twitch.tv/nachtuil_jvd, soms.", "nachtuil_jvd"),
    ("C: Ze kan binnenlopen bij TEJO Kortrijk, dat is gratis.", "TEJO"),
    ("C: Bij FACT Woensel-Noord, van de GGzE.", "Woensel-Noord"),
    ("C: Het zaaknummer is WMO-2025-03318.", "03318"),
    ("C: En Gerrit-Jan, GJ zeggen we, die woont in Ede.", "GJ"),
    ("C: Het budgetnummer... wacht, hier. 4471 0983.", "4471 0983"),
    ("C: Mail naar m punt hendriks at jeugdzorg streepje ov punt nl.", "jeugdzorg"),
    ("C: Mijn oude nummer was nul zes, eenenveertig... ik weet het niet meer.", "eenenveertig"),
    ("C: Yas zegt: geen haast.", "Yas"),
    ("C: Mijn naam daar is BossieJ_073.", "BossieJ_073"),
    ("C: Iedereen op het KW1C weet het.", "KW1C"),
    ("C: Zéro septante-et-un, quarante-cinq, douze, trente.", "quarante-cinq"),
    ("C: Geboren? Zeventien drie nul twee.", "Zeventien drie"),
    ("C: Ik werk daar sinds vorig jaar op de HU, aan de kassa.", "HU"),
    ("C: Ja zo noemen de jongens me. Relle. Van Jerrel.", "Relle"),
    ("C: Drie mèrt. Ich bin vierentachtig.", "vierentachtig"),
    ("C: Nul veer drie, drie twee ein, vief ach, nul zeve.", "vief ach"),
    ("C: Vanhoof, met één f: v-a-n-h-o-o-f.", "v-a-n-h"),
    ("C: Het polisnummer staat hier op mijne gsm... euh... 45.118.902.", "118.902"),
    ("C: Ah ja, is op de brief. 8.812.347.", "812.347"),
    ("C: Faculteit Bio-ingenieurswetenschappen, eerste bach.", "Bio-ingenieurswetenschappen"),
    ("C: Bij de politie, ja. PZ Kouter.", "Kouter"),
    ("C: Donderdag 4... ja. Na het werk.", "Donderdag 4"),
    ("C: Dus ik ben nou zevenenveertig.", "zevenenveertig"),
    ("C: En Pieter-Jan. PJ. Die werkt bij ons. Hij belt altijd met PJ.", "PJ"),
    ("C: De kleine is zes joar.", "zes joar"),
    ("C: De groep heet Nieuwe Start, op woensdag.", "Nieuwe Start"),
    ("W: Uw nummer van in de gevangenis, voor het verslag, was dat 104582?", "104582"),
    ("C: Ik help in de moskee Al-Wahda op zaterdag.", "Al-Wahda"),
    ("W: Zeventien, twee, negentien eenentachtig, ik schrijf het op.", "negentien eenentachtig"),
    ("C: Dus ik word volgend jaar vijfenveertig, maar daar denk ik niet aan.", "vijfenveertig"),
    ("C: Nee, privé. kennyvh.97. Daar staat niks op.", "kennyvh.97"),
    ("C: Z'n account heet... wacht, dennis punt vdven nul dertien.", "vdven"),
    ("C: jenny punt doelwijt tweeëntachtig, at gmail punt com.", "doelwijt"),
    ("C: Nee, met de i zonder punt. Y, dan ı zonder punt, l, d, ı zonder punt, z.", "l, d"),
    ("C: Nee wacht, 't is eenentwintig nul negen, ik draai dat altijd om.", "eenentwintig nul negen"),
    ("C: Postcode vijfenzeventig vierendertig, A H.", "vierendertig"),
    ("C: 22/17305. Dat staat hier bovenaan.", "17305"),
    ("W: 2025-044187. Goed dat u dat al gedaan heeft.", "044187"),
    ("C: Die auto staat op mijn naam. Zeven, K T X, twaalf.", "K T X"),
    ("C: Het dossiernummer: TH, streep, vijfentwintig, streep, achtentachtig eenendertig.", "achtentachtig eenendertig"),
    ("C: Zijn Snap was jesse.r_040, en verder niks.", "jesse.r_040"),
    ("C: Negentien, zegt ie zelf. En tegen haar zei ie eerst dè ie zeventien was.", "ie zeventien"),
    ("C: Negentien, zegt ie zelf. En tegen haar zei ie eerst dè ie zeventien was.", "Negentien"),
    ("W: Z79421. Ja, een betalingsregeling.", "79421"),
    ("C: Kruisekestroate zesenvyftig. Acht negen vier nul, Poperinge.", "zesenvyftig"),
    ("C: Kruisekestroate zesenvyftig. Acht negen vier nul, Poperinge.", "negen vier nul"),
    ("C: 'k Zyn zesendertig.", "zesendertig"),
    ("C: Z'n nummer es nul vyf zeuven, twintig, achtenveertig, dertien.", "achtenveertig"),
    ("C: Drie maanden achter. R&B eit ebeld.", "R&B"),
    ("C: Bus twee. Achtduizend achthonderd Roeselare.", "Achtduizend"),
    ("C: Ze heeft een nieuw account gemaakt, tammy.j.91, en van daaruit stuurt ze foto's.", "tammy.j.91"),
    ("C: Sinds den vyftienden augustus woon ik daar.", "vyftienden"),
    ("C: Geboren ip twoalf juli, in 't ziekenhuis.", "twoalf juli"),
    ("C: ...zevenentwintig, eenennegentig, dertig. Dat is haar nummer.", "eenennegentig"),
    ("C: Ik zit op een studio, bus 4. Twee-acht-nul-nul.", "Twee-acht-nul-nul"),
    ("C: Proteion, elke ochtend. Die helpt met wassen.", "Proteion"),
    ("C: Wierzbicka. W-I-E-R-Z-B-I-C-K-Ą, met een staartje.", "W-I-E-R"),
    ("C: Vijf augustus... negentien achtentachtig.", "achtentachtig"),
    ("W: Negen mei negentien, vijftien januari tweeëntwintig. Waar zijn ze nu?", "tweeëntwintig"),
    ("C: De zevende van de vierde, tweeduizend zeventien. Om tien voor vijf.", "zevende van de vierde"),
    ("C: Kijk maar op www punt de streepje bakkerij punt nl, of op bakkerij punt be.", "bakkerij"),
    ("C: 't Nummer is honderdtweeënveertig, mo d'r staat gin nummer op.", "honderdtweeënveertig"),
    ("T: Plus czterdzieści osiem, sześćset, dwanaście, siedemdziesiąt trzy.", "dwanaście"),
    ("T: Urodził się trzeciego marca dwa tysiące czternastego.", "trzeciego marca"),
    ("C: Maar iedereen zei het met ij, hè. K-L-IJ-N-S-M-A.", "K-L-IJ"),
    ("C: Op TikTok. Die heet daar... hoe heet ze nou eigenlijk... sanne laag streepje nul negen.", "sanne"),
    ("C: jadey punt m k liggend streepje. Met een y.", "jadey"),
    ("C: En op school noemen ze mij de Kip. Omdat ik zo klein ben.", "Kip"),
    ("C: Natuurlijk. Ik woon op nummer honderdzestig, ik ben altijd thuis.", "honderdzestig"),
    ("W: Dus +33 6 12 48 93 07, in Frankrijk?", "48 93 07"),
    ("C: Nee. Tsegay is... mijn vader. Ik ben Dawit.", "Tsegay"),
    ("C: Ik heb dat aan Riet gevraagd, die woont ernaast.", "Riet"),
    ("W: Goed zo, Lies. Tot volgende week dan.", "Lies"),
    ("C: Ik ben geboren le trois juillet, mille neuf cent quatre-vingt-douze.", "trois juillet"),
    ("C: Mijn zus heet Ewa, die woont in Polen.", "Ewa"),
    ("C: Nee, achtenveertig op 't einde. Vier acht.", "achtenveertig"),
    ("C: Nee, driehonderdtwaalf. Drie één twee.", "Drie één twee"),
    ("C: Het is kaa, el, vijf zes twee, bee.", "vijf zes twee"),
    ("C: Zes één twee drie, pé er. Dat is hier in de buurt.", "Zes één twee drie"),
    ("C: Tweehonderdvijf B, op de tweede verdieping.", "Tweehonderdvijf B"),
    ("C: Ja. Nummer zevenentachtig, de deur met de bel die niet werkt.", "zevenentachtig"),
    ("C: Mijn zoon is vier en twintig jaar, hij woont in Gent.", "vier en twintig"),
    ("C: Zij is geboren in Kırşehir, bij haar grootmoeder.", "Kırşehir"),
    ("C: Hij zat op het Koninklijk Atheneum Brasschaat, tot het vierde jaar.", "Atheneum Brasschaat"),
    ("C: Hier achter de kerk. Acht vier nul nul, 't is niet moeilijk.", "Acht vier nul nul"),
    ("W: En de negende ook? Dan zet ik het in de agenda.", "negende"),
    ("C: Mijn jongste, Mila. Vijf maanden.", "Vijf maanden"),
    ("C: Het is anouk-devries88 at hotmail, met een streepje.", "anouk-devries88"),
    ("C: Bij mijn tante. Honderdvierenzestig, tweede verdieping.", "Honderdvierenzestig"),
    ("C: Ik ga naar praktijk Zonnewende, bij de kerk.", "Zonnewende"),
    ("C: Mbuyi met een M. Dat is mijn familienaam.", "Mbuyi"),
    ("C: Gust. Hij woont naast ons.", "Gust"),
    ("W: En hoe oud is hij nu, zevenenveertig?", "zevenenveertig"),
    ("C: Geboren op twaalf moart tweeënnegentig, in Izegem.", "twaalf moart"),
    ("W: Het kenteken is dus T K, driehonderdvijftien, B.", "driehonderdvijftien"),
    ("W: De derde, kwart over tien. Past dat?", "De derde"),
    ("C: Iedereen zeit Mo tegen hem.", "Mo"),
    ("C: We wonen op 118C, de bovenste bel.", "118C"),
    ("C: Ze gaat naar BSO De Vlindertuin na school.", "Vlindertuin"),
    ("C: Mijn mail is j.vandongen at gmail punt com.", "j.vandongen"),
    ("C: Kijk op Sportvrij punt en el slash lid.", "Sportvrij"),
    ("C: Hij woont op d'Elsdonk, bij de kerk.", "Elsdonk"),
    ("C: Koen weet het al, die heeft het gezien.", "Koen"),
    ("C: Hij is opgepakt op tweede kerstdag, 's nachts.", "tweede kerstdag"),
    ("C: Op oldjoarsdag, joa. Mooi cadeau.", "oldjoarsdag"),
    ("C: Dat mout hij opzuiken. Vief februari, vier uur.", "Vief februari"),
    ("C: Zèsentwintig fibberwarie, twiedoezend-en-drie.", "fibberwarie"),
    ("C: Jao. Tiende van de twelfde. 't Waar koud.", "Tiende van de twelfde"),
    ("C: Maondag veerentwintig, zaoterdag negenentwintig. Acht oor.", "negenentwintig"),
    ("C: Maandag zeventien, da is late week.", "zeventien"),
    ("C: Jordy, twieëntwintig. Mer gein geld.", "twieëntwintig"),
    ("C: Binnenkort zevenentwintig, volgende maand.", "zevenentwintig"),
    ("C: Ja. Binnen zes weken eenentwintig, amai.", "eenentwintig"),
    ("C: Ze woont in Kanaleneiland, bij de moskee.", "Kanaleneiland"),
    ("C: We zijn verhuisd naar de Seefhoek.", "Seefhoek"),
    ("C: Ja. HSV De Sardine, van Vlissingen.", "Sardine"),
    ("C: Het parketnummer: Twaalf, schuine streep, honderddrieëntachtig.", "honderddrieëntachtig"),
    ("C: Ze is geboren in Bălți, in Moldavië.", "Bălți"),
    ("C: Ja, zes. Șase ani, in Molenbeek.", "Șase ani"),
    ("C: Mama mea e bolnavă. Are optzeci și unu de ani.", "optzeci"),
    ("C: Ja, hij is m1lan.gnt op Insta.", "m1lan.gnt"),
    ("C: Op de Deldenerstraat, nummer negentig. Nee, wacht, tweeënnegentig.", "tweeënnegentig"),
    ("C: Mijn gsm: nul zes, drieënvijftig, elf, zevenentachtig. Nee, vierentwintig. Eindigt op vierentwintig.",
     "vierentwintig"),
    ("C: Ich en de kinderen. Elif twaalf, Matteo zes, Nour vier, allemaal in één keer.", "twaalf"),
    ("C: Ja. En ik word in februari vijfentachtig.", "vijfentachtig"),
    ("C: Ze was toen nog ni eens twee maanden.", "twee maanden"),
    ("C: Nee, 47a. Wij zitten op 47a, beneden.", "47a"),
    ("C: Dus 43-II kan eruit, de benedenwoning is 9-bis.", "9-bis"),
    ("W: Rechtbank, hier in Utrecht. Dertien-nul-een. Zet het meteen in je telefoon.", "Dertien-nul-een"),
    ("C: Geboren op tolve oktober, in Snits.", "tolve oktober"),
    ("C: Santjin desimber. Ik skriuw it op.", "Santjin desimber"),
    ("C: Ja. hylke punt hoekstra apenstaartje shaw punt c-a. Dat is Canadees.", "hoekstra"),
    ("C: Zijn naam is deniz.3600_. Met een underscore.", "deniz"),
    ("C: Ja, mo zet der bus 7 bij, anders komt mijn post verkeerd.", "bus 7"),
    ("C: 'k Moest lopen van de Grote Markt.", "Grote Markt"),
    ("C: Vierde verdiep, zonder lift hè.", "Vierde verdiep"),
    ("C: Drie-hoog, zonder lift.", "Drie-hoog"),
    ("C: Ze hangen aan de C-mine rond.", "C-mine"),
    ("C: Hij wil naar de Kolonie, in As, met Jan.", "in As"),
    ("C: De Zonnewijzer, achter de kerk. Groep vier.", "Zonnewijzer"),
    ("C: Bij Vandecasteele, tegen de Vismijn. Filetteren.", "Vismijn"),
    ("C: Ja. In Keren. Papier zegt januari.", "Keren"),
    ("C: Dat is rachid point elkhattabi septante-huit arobase hotmail point be.", "elkhattabi"),
    ("C: Dat steet d'r op. wilmadekker, an elkaar, apenstaartje, kpnmail, punt, nl.", "wilmadekker"),
    ("C: Ja, 't is m punt kabasele at st... nee, wacht.", "kabasele"),
    ("C: ewelina punt nowak zevenentachtig at w p punt p l. Dat is het.", "nowak"),
    ("C: Dubbel-u dubbel-u dubbel-u, punt, de kroon, aan elkaar, streepje, deurwaarders, punt, en-el.", "deurwaarders"),
    ("C: Kenteken iks-ef, twee negen zes, er.", "twee negen zes"),
    ("C: Van mij is 't een negen acht, vief vief negen, vier vief acht.", "vief vief negen"),
    ("C: 't Staat op een klevertje, hier: 5102 3388 41.", "5102 3388 41"),
    ("C: Jan den twidde van de tweede, ja.", "twidde"),
    ("C: Den dartiende. Of de vijftiende.", "dartiende"),
    ("C: Ja... carnavalsmaandag, da weet ik nog.", "carnavalsmaandag"),
    ("C: Voor den vijfden december, Sinterklaas. Dan is het klaar.", "Sinterklaas"),
    ("C: Hij is vijftien, il a quinze ans, en sinds de zomer.", "quinze"),
    ("C: Ik ben Sarah, van vzw Kompas.", "Kompas"),
    ("C: In de Lindelaan. Dertien-achtendertig GE.", "Dertien-achtendertig"),
    ("C: Ja, sûnt de simmer. Parkstrjitte ienentweintich. Boppe de bakker.", "ienentweintich"),
    ("C: Njoggen nul nul ien, bee el. Alle brieven komme oan.", "Njoggen nul nul ien"),
    ("C: Fjirde fan 'e sechste. Ik bin no fiifenfjirtich jier.", "Fjirde"),
    ("C: Fjirde fan 'e sechste. Ik bin no fiifenfjirtich jier.", "fiifenfjirtich"),
    ("C: Hy is no alve jier, hy wurdt tolve op tongersdei.", "tolve"),
    ("C: Hy keatst al fan syn sânde. Dat wie syn alles.", "sânde"),
    ("C: Nul seis, trije fjouwer, sân acht, ien acht, njoggen twa.", "trije fjouwer"),
    ("C: Het is jan at-teken gmail punt com.", "jan"),
    ("C: Stuur het naar marieke at gmail. Punt com.", "marieke"),
    ("C: De baby is drie weken oud.", "drie weken"),
    ("C: Ze is in haar twintigste levensjaar.", "twintigste"),
    ("C: Hij is achter in de vijftig, denk ik.", "vijftig"),
    ("C: Sinds zijn achtste woont hij bij ons.", "achtste"),
    ("C: Kerkstraat, jao, mer 't is twelf bus ein, ich zit boeve.", "twelf bus ein"),
    ("C: Ze hebbe e klein, de Lena, die is drei jaor.", "drei jaor"),
    ("C: Och, Mien zee ook niks tot ze drij was. En kiek noe.", "drij"),
    ("C: BE vieventachtig, nul zeuve drei drei, twee acht veer nul, negetien nul zes. Hij", "zeuve drei drei"),
    ("C: Mit Anna, misschien. Tweede kerstdaag wilde ze komme.", "kerstdaag"),
    ("C: Ja... 't was nie simpel. Sof was razend, en terecht.", "Sof"),
    ("C: kimmie at live punt nl. Kimmie met ie-e.", "Kimmie"),
    ("C: Zijn broer woont net over de grens, Kehrstraße 9.", "Kehrstraße"),
    ("C: Zo'n oude Golf mit Duits kenteken, VIE-TW 442, van toen.", "VIE-TW 442"),
    ("C: 0472 12 34 95. Nee wacht, 't is omgekeerd op 't einde: negenenvijftig.", "negenenvijftig"),
    ("C: Mijn mail is kevin punt vanhecke at gmail punt com. Met twee e's in vanhecke, hè.", "vanhecke"),
    ("C: Op de Hoogpoort, boven de frituur, nummer 212, of 214, 'k weet het nie zeker meer.", "214"),
    ('C: Op uw verblijfskaart staat "ALNOURI, Mahmoud", aan elkaar.', "ALNOURI"),
    ("C: Ik heb Amina, Lama, Omar en de baby, Sara.", "Lama"),
    ("C: Ja, lore punt vos at gmail punt com. Lore, l-o-r-e, en vos aan elkaar.", "l-o-r-e"),
    ("C: Hij woont in Marseille, 48 rue d'Aubagne, 13001 Marseille.", "13001"),
    ("C: Met het Suikerfeest heb ik hem nog gebeld.", "Suikerfeest"),
    ("C: En de klein Noor, die is veertien maond.", "veertien maond"),
    ("C: Kasia. Dwudziesty czerwca... sorry. 20 juni.", "Dwudziesty czerwca"),
    ("C: aga punt wroblewska, małpa, wp punt pl. Zonder streepje.", "wroblewska"),
    ("C: Mama, chetvertoho hrudnya.", "hrudnya"),
    ("C: Maar den vierde moesten we een grote levering doen.", "vierde"),
    ("C: shaunitje at hotmail punt com. Shaunitje aan elkaar, met t-j-e.", "Shaunitje"),
    ("C: ravi punt jagessar, aan elkaar... nee, met een punt. ravi.jagessar@gmail.com.", "jagessar"),
    ("C: Ze heet daar roos.bakels_ met zo'n streepje.", "bakels"),
])
def test_spoken_personal_data_is_replaced(write, turn, secret):
    assert secret not in " ".join(_pseudonymized_texts(write, turn + "\n"))


def test_answer_to_an_age_question_is_an_age_but_a_scaling_answer_is_not(write):
    texts = _pseudonymized_texts(write, "W: Hoe oud is Nour nu?\nC: Vier. Ze gaat naar de kleuterklas.\n"
                                        "W: Op tien, waar sta je nu?\nC: Vier.\n")
    assert texts[1].startswith("[LEEFTIJD-") and texts[3] == "Vier."


def test_an_age_corrected_in_the_answer_is_an_age(write):
    texts = _pseudonymized_texts(write, "W: Hoe oud is Jolien nu eigenlijk?\n"
                                        "C: Drieëntwintig. Nee, vierentwintig, ze is verjaard in augustus.\n")
    assert "twintig" not in texts[1]


def test_a_further_age_after_a_recurring_age_is_an_age(write):
    texts = _pseudonymized_texts(write, "W: Dus u bent vierendertig?\nC: Ja, vierendertig. In maart vijfendertig.\n")
    assert texts[1].startswith("Ja, [LEEFTIJD-1]. In maart [LEEFTIJD-2]")


def test_an_answer_to_a_question_about_a_number_is_personal_data_but_a_scale_is_not(write):
    texts = _pseudonymized_texts(write, "W: Huisnummer 118, dat klopt nog?\nC: Ja, honderdachttien. Derde etage.\n"
                                        "W: Hebt u het dossiernummer?\nC: Hier. Negen, tweehonderdveertien, zeventig.\n"
                                        "W: Welk cijfer op tien, voor uw nummer van vandaag?\nC: Zeven.\n")
    assert texts[1] == "Ja, [ID-1]. [ADRES-2]." and "tweehonderdveertien" not in texts[3]
    assert texts[5] == "Zeven."


def test_an_answer_to_a_question_about_a_name_is_a_name(write):
    texts = _pseudonymized_texts(write, "W: Welke school?\nC: De Piramide, in Ledeberg.\n"
                                        "W: En hoe heet de juf?\nC: Zij? Ik weet het niet.\n")
    assert texts[1].startswith("[NAAM-1], in") and texts[3] == "Zij? Ik weet het niet."


@pytest.mark.parametrize("turn", [
    "C: Mooi. Niks aan de hand, pas volgende week.",
    "C: Facebook is stom, ik zit veel te veel op TikTok.",
    "C: Dat was de zesde keer dat hij te laat kwam.",
    "C: Huurtoeslag. Haha, en de zorgtoeslag ook.",
    "C: En als het een zeven wordt, wat is er dan anders?",
    "C: Ik heb een schuld van 400 euro bij de Belastingdienst.",
    "C: Het wordt 3 uur voor ik thuis ben.",
    "C: Op mijn eerste werkdag was ik zenuwachtig.",
    "C: Vorige keer was het een vier, nu een zes.",
    "C: We gaan naar het CGG en de VDAB, en het OCMW betaalt.",
    "C: Nee, de eerste. Die was beter.",
    "C: Dat was de achtste keer.",
    "C: Op een schaal van nul tot tien, een zes.",
    "C: Dát wil ik niet, echt niet.",
    "C: Zo noemen ze me. Ik vind dat stom.",
    "C: Dat kost 2.340.000 euro, zegt hij.",
    "C: Donderdag 4 uur kan ik.",
    "C: OK. Dat doen we dan.",
    "C: In 2019 betaalde ik 250000 euro af.",
    "C: Het punt is dat ik geen tijd heb, snap je.",
    "C: Het werd twee nul voor ons, en toen drie een.",
    "C: Op dat punt van mijn account wil ik niet terugkomen.",
    "C: Zes, zegt ze. Op tien.",
    "C: Van 2019-2020 woonde ik daar, en in 2021/2022 niet.",
    "C: We sliepen in een B&B, dat kostte tweeduizend Euro.",
    "C: We betaalden eenentwintig, tweeëntwintig, dertig euro per maand.",
    "C: Wiskunde, daar was ik slecht in. Halfzes ben ik thuis.",
    "C: Dat was de tweede van de drie kinderen, en de eerste van de tweede klas die slaagde.",
    "C: Het punt is dat hij niet komt, dat is het punt.",
    "C: Met een liggend streepje ertussen, en zonder laag streepje.",
    "C: Zeg maar de helft, dat is genoeg.",
    "C: Een vijf. Nee, zes. Zes.",
    "C: Vierhonderdvijftig.",
    "C: 'k Ben moe. 'k Wil naar huis, \"Ben je klaar?\" vroeg ze.",
    "C: Dat is de vier en de vijf, en dan de zes.",
    "C: Frans en wiskunde, daar ben ik slecht in.",
    "C: Ik woon hier. Drie maanden.",
    "C: De vierde keer lukte het.",
    "C: Door de regen kwam ik te laat.",
    "C: Ik heb 4G, een A4 en de eerste twee weken vrij.",
    "C: Ik woon er al twaalf maanden, boven de bakker.",
    "C: We spelen in de B-reeks, met een C-attest.",
    "C: Ik neem de bus 7 naar huis.",
    "C: Het Juridisch Loket en de Raad voor de Kinderbescherming.",
    "C: Ik spreek het Roemeens, zegt de Vlaamse overheid.",
    "C: Schoenen, vierenvijftig. Weer die jaaropgave.",
    "C: Met kerst zie ik de kinderen, en na de vakantie weer.",
    "C: Acolo am lucrat doisprezece ani în construcții.",
    "C: Ne zes. Van nul tot tien, ne zes.",
    "C: Het is niet dertig, het is zeventig euro.",
    "C: Artikel 12a en lokaal 14b.",
    "C: Oké, zesentwintig, drie van de dertig.",
    "C: Maandag twee afspraken, dinsdag drie uur.",
])
def test_numbers_that_are_not_ages_stay(write, turn):
    assert _pseudonymized_texts(write, turn + "\n") == [turn[3:]]


def test_a_phone_number_dictated_over_several_turns_is_replaced(write):
    texts = _pseudonymized_texts(write, "W: Uw gsm-nummer?\nC: Nul vier negen zeven...\nW: Nul vier negen zeven.\n"
                                        "C: ... vier en vijftig. Wacht. Vier en vijftig, dertig.\nW: Ja?\n"
                                        "C: Zeven en tachtig. 06 12 34 56 78, nee, 56 87.\n"
                                        "W: Op tien, hoe gaat het nu?\nC: Zeven.\n")
    assert not any(w in " ".join(texts) for w in ("vijftig", "dertig", "tachtig", "56 87"))
    assert texts[7] == "Zeven."


def test_a_number_said_back_from_the_turn_before_is_replaced(write):
    texts = _pseudonymized_texts(write, "W: Het adres is Bulkemsweg 41 in Simpelveld.\nC: Ein-en-veertig. Goed.\n"
                                        "W: Je dossiernummer is WT25-03318.\nC: W T vijfentwintig... schrijf je het op?\n"
                                        "W: Op tien, hoe gaat het sinds 12 maart?\nC: Twaalf. Echt goed.\n")
    assert texts[1] == "[LOCATIE-3]. Goed." and texts[3] == "W T [ID-2]... schrijf je het op?"
    assert texts[5] == "Twaalf. Echt goed."


def test_a_number_answering_a_question_about_an_address_and_an_age_said_back_with_a_capital_are_replaced(write):
    texts = _pseudonymized_texts(write, "W: En uw eigen adres, Paul Krugerlaan...?\nC: Tweehonderdveertien. Klopt.\n"
                                        "C: Ze is nu vier maanden.\nW: Vier maanden, amai, al zo groot.\n")
    assert texts[1] == "[ID-1]. Klopt." and texts[3] == "[LEEFTIJD-1], amai, al zo groot."


def test_an_ordinal_after_den_is_a_date_only_from_the_fourth(write):
    texts = _pseudonymized_texts(write, "C: Den tweede was beter. Maar den vierde moesten we leveren.\n")
    assert texts == ["Den tweede was beter. Maar den [DATUM-1] moesten we leveren."]


def test_a_number_after_of_is_an_alternative_only_with_as_many_digits(write):
    texts = _pseudonymized_texts(write, "C: Nummer 212, of 214, denk ik. Bel 0472 12 34 56, of twee keer.\n")
    assert "214" not in texts[0] and texts[0].endswith(", of twee keer.")


def test_an_age_after_a_name_is_not_taken_from_a_scale_answer(write):
    texts = _pseudonymized_texts(write, "W: Op tien, waar staat Elif nu?\nC: Elif zes, denk ik.\n")
    assert texts[1].endswith("zes, denk ik.")


@pytest.mark.parametrize("transcript, said", [
    ("W: En u woont op de Haaksbergerstraat 112?\nC: Honderdtwaalf, ja.\n", "Honderdtwaalf"),
    ("W: Uw rijksregisternummer staat hier als 96.02.27-145.08.\nC: Da klopt. Honderdvijfenveertig, acht.\n",
     "Honderdvijfenveertig"),
    ("W: Het huis aan de Sweerts de Landasstraat, nummer honderdtwaalf.\nC: Honderdveertien. Nie honderdtwaalf.\n",
     "Honderdveertien"),
    ("W: En je zus?\nC: Ze woont op de Hatertseweg, nummer vierhonderd-en-nog-wat... Vierhonderdzesentwintig.\n",
     "Vierhonderdzesentwintig"),
    ("W: En je woont op Kluiverboom 52, 9733 CL Groningen.\nC: Nee, vijfentwintig. Dat gaat altijd fout.\n", "vijfentwintig"),
    ("W: Ik heb Kluiverboom 25 genoteerd.\nC: Oh, sorry, vijfentwintig. Ja.\n", "vijfentwintig"),
])
def test_a_number_said_back_in_hundreds_or_in_part_is_replaced(write, transcript, said):
    assert said not in _pseudonymized_texts(write, transcript)[1]


def test_a_name_found_once_is_replaced_throughout_the_session(write):
    texts = _pseudonymized_texts(write, "W: Zit ze nog op De Kleine Wereld?\nC: Ja.\n"
                                        "W: En De Kleine Wereld, belt die school je nog?\nC: Nee. 't OCMW wel.\n")
    assert texts[0] == "Zit ze nog op [INSTELLING-1]?" and texts[2] == "En [INSTELLING-1], belt die school je nog?"
    assert texts[3] == "Nee. 't OCMW wel."  # generic public services stay


def test_a_short_unknown_name_found_once_is_replaced_throughout_the_session(write):
    texts = _pseudonymized_texts(write, "W: En de jongste?\nC: Ze zegt: Luwam is twee.\n"
                                        "C: Luwam gaat naar de peuteropvang.\n")
    assert "Luwam" not in " ".join(texts) and texts[2].startswith("[NAAM-1] gaat")


def test_a_part_of_a_found_name_is_replaced_where_it_occurs_alone(write):
    texts = _pseudonymized_texts(write, "W: U bent mevrouw Doelwijt?\nC: Ja, Jennifer Doelwijt.\n"
                                        "W: Doelwijt, lange ij, staat erin. En Jennifer met twee n?\n")
    assert "Doelwijt" not in texts[2] and "Jennifer" not in texts[2]


def test_a_surname_with_particles_written_as_one_word_is_replaced(write):
    texts = _pseudonymized_texts(write, "W: U bent Dennis van der Meer?\nC: Ja. Vandermeer, alles aan elkaar.\n")
    assert "Vandermeer" not in texts[1]


def test_words_that_are_never_personal_data_stay(write):
    texts = _pseudonymized_texts(write, "C: We gaan met de Ramadan naar familie, via Facebook geregeld.\n")
    assert "Ramadan" in texts[0] and "Facebook" in texts[0]


def test_a_holiday_of_one_day_is_a_date_but_a_season_is_not(write):
    texts = _pseudonymized_texts(write, "C: Ze komt voor Kerstmis, en met kerst zijn we thuis.\n")
    assert texts == ["Ze komt voor [DATUM-1], en met kerst zijn we thuis."]


def test_session_ids_and_file_paths_that_name_someone_are_replaced(tmp_path):
    from werkzaam.pipeline.pseudonymize import pseudonymize_table, shared_pseudonymizer
    named = tmp_path / "2024-03-12_kevin_peeters.txt"
    named.write_text("W: Dag Kevin, hoe gaat het?\nC: Goed.\n", encoding="utf-8")
    plain = tmp_path / "sessie-07.txt"
    plain.write_text("# session_id: vl-ja-07\nW: Dag, hoe gaat het?\nC: Goed.\n", encoding="utf-8")
    out, key = pseudonymize_table(ingest([named, plain]).table, shared_pseudonymizer())
    assert list(dict.fromkeys(out["session_id"])) == ["[SESSIE-1]", "vl-ja-07"]
    assert out.loc[out["session_id"] == "[SESSIE-1]", "source"].iloc[0] == "[BESTAND-1]"
    assert "kevin" not in " ".join(map(str, out.to_numpy().ravel())).lower()
    assert set(key.loc[key["tag"].isin(["[SESSIE-1]", "[BESTAND-1]"]), "original"]) == {
        "2024-03-12_kevin_peeters", str(named)}
