"""Pseudonymisation of utterance tables with deduce (Dutch de-identification, offline), extended
for Flanders: Belgian places and sub-municipalities, Belgian phone numbers, rijksregisternummers,
postcodes, Flemish street forms, spoken ages and dates, institutions and employers.

Every personal data string is replaced by a tag such as ``[PERSOON-1]`` that is the same for the
same string throughout a session, also in speaker labels (a speaker ``Ellen`` becomes
``[PERSOON-2]`` in ``speaker`` and wherever the text names her). The mapping back to the
originals is returned only when asked for (``--key``); otherwise it is discarded.
"""
from __future__ import annotations

import bisect
import logging
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import pandas as pd
import simplemma

from werkzaam.pipeline.marks import clean_text
from werkzaam.pipeline.roles import builtin_role

# deduce calls logging.basicConfig(stream=sys.stdout, level=DEBUG) when imported; with a handler
# on the root logger that call does nothing, so no text can reach a log through it.
if not logging.getLogger().handlers:
    logging.getLogger().addHandler(logging.NullHandler())

import docdeid as dd  # noqa: E402
from deduce import Deduce  # noqa: E402
from deduce import __version__ as DEDUCE_VERSION  # noqa: E402

#: deduce tags (and Werkzaam's) -> the category in the replacement tag.
CATEGORIES = {
    "persoon": "PERSOON", "patient": "PERSOON", "locatie": "LOCATIE", "straat": "ADRES",
    "huisnummer": "ADRES", "datum": "DATUM", "leeftijd": "LEEFTIJD", "telefoonnummer": "TELEFOON",
    "emailadres": "EMAIL", "url": "URL", "bsn": "ID", "id": "ID", "rijksregisternummer": "ID",
    "ziekenhuis": "INSTELLING", "zorginstelling": "INSTELLING", "instelling": "INSTELLING",
}
#: With dialect forms ("moart", Limburgish "fibberwarie", "meert").
_MONTH_NAMES = ("januari|jannewarie|februari|fibberwarie|febberwarie|maart|moart|maort|meert|april|mei|juni|juli|"
                "augustus|september|oktober|november|december")
_MONTHS = f"{_MONTH_NAMES}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
#: With dialect forms ("maondag", "zaoterdag", "vriedag").
_WEEKDAYS = ("m(?:aa|ao|oa)ndag|dinsdag|diensdag|woensdag|goensdag|d(?:o|u)nderdag|dondersdag|vr(?:ij|ie|y)dag|"
             "z(?:a|ao|oa)terdag|zondag")
#: West-Flemish spellings too: "vyf", "zeuven", "zesenvyftig".
_UNITS = "een|één|eén|twee|drie|vier|v(?:ij|y)f|zes|zeu?ven|acht|negen"
#: Digits as Limburg, Groningen and other dialects say them ("nul veer drie, vief ach", "zèsentwintig", "drij",
#: "vieventachtig").
_DIALECT_DIGITS = "ein|twie|twij|drei|drij|veer|vaaier|vief|viev|zees|zès|zeu?ve|ach|nege"
#: Dutch number words 10-99 (phone numbers are read out in pairs; Flemish also "twee en tachtig", dialects
#: "veerentwintig", "Ein-en-veertig"), 1-99,
#: and ordinal words 1-31
#: (eerste ... eenendertigste).
_TWO_DIGITS = (rf"(?:(?:{_UNITS}|{_DIALECT_DIGITS})(?:[eë]n|\s+en\s+|-[eë]n-))?"
               rf"(?:twintig|dertig|veertig|v(?:ij|y|ie)ftig|zestig|zeu?ventig|tachtig|negentig)|"
               f"tien|elf|tw(?:a|o)alf|twelf|dertien|veertien|v(?:ij|y)ftien|zestien|zeu?ventien|achttien|negen?tien")
_NUMBER_WORDS = f"{_TWO_DIGITS}|{_UNITS}"
_ORDINAL_WORDS = (f"(?:(?:{_UNITS})[eë]n)?(?:twintig|dertig)ste|eerste|tw(?:ee|ie|i)d?de|d[eèa]rde|vierde|v(?:ij|y)fde|zesde|"
                  "zeu?vende|achtste|negende|tiende|elfde|tw(?:a|o)alfde|"
                  "(?:d[ea]r|veer|v(?:ij|y)f|zes|zeu?ven|acht|negen)tiende")
_LATE_ORDINALS = (f"(?:(?:{_UNITS})[eë]n)?(?:twintig|dertig)ste|elfde|tw(?:a|o)alfde|"
                  "(?:d[ea]r|veer|v(?:ij|y)f|zes|zeu?ven|acht|negen)tiende")
_DIGIT_WORDS = "nul|een|één|twee|drie|vier|v(?:ij|y)f|zes|zeu?ven|acht|negen"
#: Frisian (official in Friesland): days 1-31 and months ("tolve oktober", "Santjin desimber").
_FRISIAN_UNITS = "ien|twa|trije|fjouwer|fiif|seis|sân|san|acht|njoggen"
_FRISIAN_DAY = (rf"(?:(?:{_FRISIAN_UNITS})en)?(?:tweintich|tritich)|{_FRISIAN_UNITS}|tsien|alve|tolve|trettjin|"
                "fjirtjin|fyftjin|sechstjin|santjin|achttjin|njoggentjin|\\d{1,2}")
_FRISIAN_MONTHS = ("jannewaris|febrewaris|maart|april|maaie|juny|july|augustus|septimber|oktober|novimber|"
                   "desimber")
#: Frisian numbers 1-99 (ages "alve jier", phone numbers "Nul seis, trije fjouwer") and ordinals 1-31.
_FRISIAN_NUMBER = (rf"(?:(?:{_FRISIAN_UNITS})en)?(?:tweintich|tritich|fjirtich|fyftich|sechstich|santich|tachtich|"
                   rf"njoggentich)|tsien|alve|tolve|trettjin|fjirtjin|fyftjin|sechstjin|santjin|achttjin|njoggentjin|"
                   rf"{_FRISIAN_UNITS}")
_FRISIAN_MONTH_ORDINAL = "earste|twadde|tredde|fjirde|fyfde|sechs[dt]e|sânde|achtste|njoggende|tsiende|alfde|tolfde"
_FRISIAN_ORDINAL = (rf"(?:(?:{_FRISIAN_UNITS})en)?(?:tweintich|tritich)ste|(?:tret|fjir|fyf|sechs|san|acht|njoggen)tjinde|"
                    rf"{_FRISIAN_MONTH_ORDINAL}")
_FRENCH_UNITS = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf"
_FRENCH_NUMBER = (rf"(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|nonante|quatre-vingts?)"
                  rf"(?:[\s-]et[\s-]une?|-(?:{_FRENCH_UNITS}|dix|onze))?|dix|onze|douze|treize|quatorze|quinze|seize|"
                  rf"dix-sept|dix-huit|dix-neuf|{_FRENCH_UNITS}|z[ée]ro")
_FRENCH_MONTHS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
_FRENCH_YEAR = (rf"(?:mille[\s-]+neuf[\s-]+cents?|deux[\s-]+mille)(?:[\s-]+(?:{_FRENCH_NUMBER}))?|"
                rf"(?:{_FRENCH_NUMBER})(?:[\s-]+(?:{_FRENCH_UNITS}))?")
# Polish (the largest group of EU labour migrants in Flanders and the Netherlands; sessions with an
# interpreter carry numbers and dates said in it)
_POLISH_NUMBER = ("zero|jeden|jedna|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|"
                  "dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|dziewiętnaście|"
                  "dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|"
                  "dziewięćdziesiąt|sto|dwieście|trzysta|czterysta|pięćset|sześćset|siedemset|osiemset|dziewięćset")
#: Polish ordinals of the day (nominative: "dwudziesty czerwca"; the genitive ends in -ego).
_POLISH_ORDINAL = ("pierwszy|drugi|trzeci|czwarty|piąty|szósty|siódmy|ósmy|dziewiąty|dziesiąty|jedenasty|dwunasty|"
                   "trzynasty|czternasty|piętnasty|szesnasty|siedemnasty|osiemnasty|dziewiętnasty|dwudziesty|trzydziesty")
#: Ukrainian months in the genitive, transliterated and in Cyrillic ("chetvertoho hrudnya", "4 грудня").
_UKRAINIAN_MONTHS = ("sichnya|lyutoho|bereznya|kvitnya|travnya|chervnya|lypnya|serpnya|veresnya|zhovtnya|lystopada|"
                     "hrudnya|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня")
_POLISH_MONTHS = ("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|"
                  "grudnia")
#: The local part of an e-mail address read out apart ("ravi punt jagessar"), in a turn with an e-mail address.
_EMAIL_LOCAL = re.compile(r"(?<![\w.\0-])[a-z][\w-]*(?:\s+(?:punt|point|streepje|underscore)\s+[a-z][\w-]*)+(?![\w\0-])")
#: Words read out in an e-mail address: joins, the at sign, and what people add ("aan elkaar").
_EMAIL_JOIN = "punt|point|streepje|liggend streepje|underscore|min|koppelteken|tiret"
_EMAIL_AT = "at-teken|atteken|at-sign|apenstaartje|apestaartje|apenstaart|aapje|arobase|arobas|małpa|malpa|klammeraffe|at"
_EMAIL_FILLER = r"(?:(?:alles\s+)?aa?n\s+elkaar|zonder\s+spatie)"
_SPOKEN_YEAR = rf"\d{{4}}|'\d{{2}}|tweeduizend(?:[\s-]?(?:en[\s-]?)?(?:{_NUMBER_WORDS}))?|negentien[\s-]?(?:{_NUMBER_WORDS})"
_AGE_NUMBER = (rf"\d{{1,3}}(?:,5)?|anderhalf|(?:{_UNITS}|tien|elf|twaalf)[eë]nhalf|{_NUMBER_WORDS}|"
               rf"(?!ach\b)(?:{_DIALECT_DIGITS})")
_NAME = r"(?:[A-Z][\w'’-]+|van|de|den|der|ter|ten|vanden|vande|'t)"
#: Capitalised words that start a sentence, not a name (after "mijn zus," or "zo noemen ze me.").
_NOT_A_NAME = (r"(?:Ik|Ja|Nee|Dat|Die|Dit|Het|De|En|Maar|Dus|Oké|Ok|Hoe|Wat|Waar|Wanneer|Ze|Hij|Zij|We|Wij|Ge|Gij|"
               r"Je|Jij|U|Als|Toen|Want|Omdat|Allee|Nou|Zo|Ook|Nu|Dan|Of|Om|Na|Voor|Van|In|Op|Bij|Met|Euh|Eh|Hm)")
#: Words for people, after which "van 12" is an age ("een zoon van 12", "de kleine van vier").
_PERSON_NOUNS = ("zoon|zoontje|zoons|dochter|dochtertje|dochters|kind|kindje|kinderen|kinders|jongen|jongetje|"
                 "jongens|meisje|meiske|meisjes|manneke|ventje|gast|gastje|kerel|vent|man|vrouw|broer|broertje|"
                 "broers|zus|zusje|zussen|zuster|baby|bebe|puber|tiener|kleinzoon|kleindochter|kleinkind|"
                 "kleinkinderen|neef|nicht|vriend|vriendje|vriendin|lief|partner|moeder|vader|mama|papa|oma|"
                 "opa|jongere|jongeman|dame|heer|kleine|oudste|jongste|middelste|tweeling|stiefzoon|"
                 "stiefdochter|pleegkind|pleegzoon|pleegdochter|mannen|vrouwen|patiënt|cliënt|client")
_POSSESSIVES = "mijn|m'n|mn|zijn|z'n|haar|d'r|der|je|jouw|uw|hun|onze|ons"
#: What may follow an age said as a bare number (so "ben 3 dagen", "wordt 3 uur" are not ages).
_AFTER_AGE = (r"(?=\s*(?:[.,;:!?…)]|$|(?:en|of|nu|toen|maar|dus|al|nog|pas|geworden|geleden|jaar|hè|he|hoor|"
              r"pff|ofzo|denk|geloof|volgens|intussen|inmiddels|eigenlijk|zelf|ondertussen|vorige|volgende|"
              r"deze|dit|in|op)\b))")
_STREET_SUFFIX = ("straat|steenweg|lei|laan|dreef|plein|kaai|vest|wegel|baan|weg|dijk|hof|markt|singel|"
                  "pad|dam|gracht|kade|ring|park|berg|veld|hoek|poort|brug|beek|dries|kouter|akker|heide|bos|"
                  "plantsoen|erf|straatje|gang|stee|boulevard|square|plaats|stroate|stroat|stroatje|"
                  "strjitte|strjitsje|dyk|paad|leane|loane|grêft|buorren|straße|strasse|platz|allee|gasse")
#: Nouns after an ordinal that make it no date ("de zesde keer", "de vierde klas").
_NOT_A_DATE = ("keer|klas|graad|jaar|leerjaar|middelbaar|verdieping|plaats|eeuw|kind|week|maand|dag|les|zit|"
               "poging|ronde|stap|plek|rij|versie|brief|maal|zoon|dochter|kleinkind|gesprek|sessie|afspraak|"
               "uur|helft|deel|fase|etage|straat|huis")
_HUNDREDS = rf"(?:(?:{_UNITS})?honderd(?:en)?(?:{_NUMBER_WORDS})?)"
#: Werkzaam's patterns: (name, tag, regular expression, capturing group).
PATTERNS = [
    ("intl_phone", "telefoonnummer", r"(?<![\w+])(\+\d{2,3}(?:[\s.-]?\(?0?\)?\d{1,4}){3,6})(?![\w])", 1),
    ("be_phone", "telefoonnummer",
     r"(?<![\d+])((?:(?:\+|00)3[12][\s./-]?(?:\(0\)\s?)?\d|0\d)(?:[\s./-]?\d){7,8})(?!\d)", 1),
    ("rijksregisternummer", "rijksregisternummer",
     r"(?<!\d)(\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2})(?!\d)", 1),
    ("bsn_context", "bsn", r"(?i)\bBSN(?:-?nummer)?[:\s]*(\d(?:[\s.]?\d){8})(?!\d)", 1),
    ("be_postcode", "locatie", r"(?<![\d,.])([1-9]\d{3})(?=\s+[A-Z])", 1),
    ("place_after_postcode", "locatie",
     r"(?<![\d,.])[1-9]\d{3}(?:\s?[A-Z]{2})?\s+([A-Z][a-zà-ÿ'’-]+(?:[\s-][A-Z][a-zà-ÿ'’-]+)*)", 1),
    ("postcode_five_digits", "locatie", r"(?<![\d,.€])(\d{5})(?=\s+(?!Euro\b|EUR\b)[A-ZÀ-Ý][a-zà-ÿ])", 1),
    ("street_french", "straat",
     r"(?<![\w-])((?:\d{1,4}(?:\s?bis)?,?\s+)?(?:rue|avenue|boulevard|chaussée|place|chemin|allée|impasse|quai)\s+"
     r"(?:de\s+la\s+|du\s+|des\s+|de\s+|d['’]|l['’])?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*(?:,?\s+\d{1,4})?)(?![\w-])", 1),
    ("nl_postcode", "locatie", r"(?<!\d)([1-9]\d{3}\s?[A-Z]{2})(?![\w])", 1),
    ("street", "straat",
     rf"(?<![\w'’-])((?:{_NAME}\s){{0,4}}[A-Z][\w'’-]*(?:{_STREET_SUFFIX})(?:\s+(?:nummer|nr\.?)?\s*\d+\s?[a-zA-Z]?"
     rf"(?:\s*(?:bus|b\.)\s*\d+)?|,?\s+(?:(?i:nummer)\s+)?(?i:{_HUNDREDS}|{_NUMBER_WORDS}|{_FRISIAN_NUMBER})(?![\w]))?)(?![\w])", 1),
    ("house_number", "huisnummer", r"(?i)\b((?:nummer|nr\.?|huisnummer)\s*\d+\s?[a-z]?(?:\s*bus\s*\d+)?)\b", 1),
    ("box_number", "huisnummer",
     rf"(?i)(?<!de )(?<!den )(?<!met )(?<!neem )(?<!nemen )(?<!pak )(?<!pakken )(?<!lijn )"
     rf"\b(bus\s+(?:\d{{1,3}}|{_TWO_DIGITS}|{_UNITS}))(?![\w]|[.,]\d)", 1),
    ("floor", "huisnummer",
     rf"(?i)(?<![\w-])((?:{_ORDINAL_WORDS}|\d{{1,2}}(?:ste|de|e))\s+(?:verdiep|verdieping|etage)|"
     rf"(?:één|een)-hoog|(?:twee|drie|vier|v(?:ij|y)f|zes|zeu?ven|acht|negen|tien|\d{{1,2}})[\s-]hoog)(?![\w-])", 1),
    ("house_number_box_spoken", "huisnummer",
     rf"(?i)(?<![\w-])((?:{_HUNDREDS}|{_NUMBER_WORDS}|{_DIALECT_DIGITS})\s+bus\s+(?:\d{{1,3}}|{_NUMBER_WORDS}|{_DIALECT_DIGITS}))"
     rf"(?![\w-])", 1),
    ("square", "straat", r"\b((?:Grote|Kleine|Oude|Nieuwe|Groene|Korte|Lange)\s+Markt)\b", 1),
    ("house_number_spoken", "huisnummer",
     rf"(?i)\b((?:'t\s+|het\s+)?(?:huis)?nummer\s+(?:is|es|was)\s+(?:{_HUNDREDS}|{_TWO_DIGITS})|"
     rf"nummer\s+(?:{_HUNDREDS}|{_TWO_DIGITS})|huisnummer\s+(?:{_HUNDREDS}|{_NUMBER_WORDS}))"
     r"(?:\s+(?:(?:hoofd|kleine\s+)?letter\s+)?[a-z])?(?![\w])", 1),
    ("house_number_floor", "huisnummer",
     rf"(?i)(?<![\w-])((?:{_HUNDREDS}|{_TWO_DIGITS}))(?=,?\s+(?:(?:{_ORDINAL_WORDS})\s+(?:etage|verdieping|hoog)|bus\s))", 1),
    ("house_number_digits_letter", "huisnummer", r"(?<![\w/.,-])(\d{2,4}[A-H])(?![\w/-])", 1),
    ("house_number_addition", "huisnummer",
     r"(?<![\w/.,-])(?<!rtikel )(?<!art\. )(?<!groep )(?<!klas )(?<!lokaal )"
     r"(\d{1,4}-(?:I{1,3}|IV|bis|hs|huis)|\d{2,4}[a-h])(?![\w/-]|[.,]\d)", 1),
    ("house_number_letter", "huisnummer",
     rf"(?<![\w-])((?i:{_HUNDREDS})\s+(?:(?i:hoofdletter|letter)\s+)?[A-Z]|"
     rf"(?i:{_NUMBER_WORDS})\s+(?i:hoofdletter|letter)\s+[A-Za-z])(?![\w'’-])", 1),
    ("date_day_month", "datum", rf"(?i)(?<!\d)(\d{{1,2}}(?:ste|de|e)?\s+(?:{_MONTHS})\.?(?:\s+\d{{2,4}})?)(?![\w])", 1),
    ("date_numeric", "datum", r"(?<![\d.])(\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)?\d{2})?)(?![\d/])", 1),
    ("year_of_birth", "datum",
     rf"(?i)\b(?:geboren|geb\.)\s+(?:in|op)?\s*((?:19|20)\d{{2}}|'?\d{{2}}|{_SPOKEN_YEAR})(?![\w])", 1),
    ("year_of_birth_van", "datum",
     rf"(?i)\b(?:ben|bent|is|zijt|was)(?:\s+(?:ik|hij|ze|zij|je|jij|u|ge|gij))?\s+van\s+"
     rf"((?:19|20)\d{{2}}|'\d{{2}}|negentien[\s-]?(?:{_NUMBER_WORDS})|tweeduizend[\w-]*)(?![\w])", 1),
    ("age_years", "leeftijd",
     rf"(?i)(?<![\w.,])((?:\d{{1,3}}|{_NUMBER_WORDS}|{_DIALECT_DIGITS})(?:[\s-]?jarige?|\s+j(?:aa|oa|ao)r(?:\s+oud)?))(?![\w])",
     1),
    ("age_spoken", "leeftijd",
     rf"(?i)\b(?:ben|bent|bin|is|zijn|zyn|zijt|zyt|zijde|was|waren|wordt|werd|word|is nu|was toen|van|oud)"
     rf"(?:\s+(?:ik|hij|ze|zij|je|jij|u|ge|gij|die))?"
     rf"(?:\s+(?:op|in)\s+(?:de\s+|den\s+)?(?:\d{{1,2}}(?:ste|de|e)?|{_NUMBER_WORDS}|{_ORDINAL_WORDS})\s+(?:{_MONTH_NAMES}))?"
     rf"[\s.…]+(?:(?:wel|maar|pas|al|nog|zelf|intussen|inmiddels|ondertussen|"
     rf"bijna|ongeveer|nu|nou|toen|net|ook|dus|eigenlijk|ni(?:et?)?\s+eens|amper|zelfs)[\s.…]+){{0,3}}"
     rf"((?:{_AGE_NUMBER})(?:\s+(?:m(?:aa|ao|oa)nd(?:en|e)?|weken)(?=\s*[.,;!?]|\s*$))?)(?=\s*(?:[.,;!?]|$|en\b|nu\b|"
     rf"geworden|geleden\b|jaar\b|hè|he\b|hoor\b|pff|(?:toen|maar|dus|ofzo|denk|geloof|volgens|intussen|"
     rf"inmiddels|eigenlijk|al|nog)\b|op(?!\s+(?:tien|10)\b)))", 1),
    ("age_before_verb", "leeftijd",
     rf"(?i)(?<![\w,.])(?<!een )(?<!op )((?:{_AGE_NUMBER}))\s+(?:werd|wordt|geworden|ben ik|is hij|is ze|is zij|zijt ge|"
     rf"word ik|wordt (?:hij|ze|zij))\b", 1),
    ("age_of_person", "leeftijd",
     rf"(?i)\b(?:{_PERSON_NOUNS})\s+van\s+(?:(?:pas|net|bijna|amper|al|ongeveer|rond|zo'n|nog geen)\s+)?"
     rf"((?:{_AGE_NUMBER})(?:\s+(?:jaar|maanden|maand|weken)(?:\s+oud)?)?)(?![\w])"
     rf"(?!\s*(?:euro|€|uur|procent|%|keer|kilo|meter|cm|km|minuten|seconden|dagen|pagina|punten|man\b))", 1),
    ("age_clause", "leeftijd",
     rf"(?i)\b(?:toen|als|sinds|tot|nadat|voordat|voor|tegen|zodra|wanneer|dat|dè|da|omdat)\s+"
     rf"(?:ik|hij|ie|ze|zij|je|jij|u|ge|gij|we|wij|die|[A-Z][a-zà-ÿ]+)\s+"
     rf"(?:(?:pas|net|nog|al|maar|bijna|ongeveer|amper)\s+)?((?:{_AGE_NUMBER}))\s+"
     rf"(?:was|werd|is|ben|bent|wordt|word|zijt|waren|zijn|geworden|jaar|wordde)\b", 1),
    ("age_possessive", "leeftijd",
     rf"(?i)\b(?:op|sinds|vanaf|van|tot|na|voor|rond|tegen|met|aan|vóór)\s+(?:{_POSSESSIVES})\s+"
     rf"((?:\d{{1,2}}(?:ste|de|e)?|{_ORDINAL_WORDS}|{_NUMBER_WORDS}))"
     rf"(?=\s*(?:[.,;:!?…]|$|(?:ben|heb|had|is|was|werd|ging|gingen|moest|kreeg|begon|al|toen|ik|hij|ze|zij|"
     rf"ge|gij|je|we|en|of|nog|pas|dus|zat|woonde|woon|stond|kwam|rookte|dronk|deed|wist|wilde|mocht|kon|"
     rf"liep|zit|ga|gaat|ging|jaar|heeft|hebben|zijn|mag|moet|kan|al|woont|werkt|rookt|drinkt|speelt|komt|doet)\b))", 1),
    ("age_weeks_old", "leeftijd",
     rf"(?i)(?<![\w-])((?:{_AGE_NUMBER})\s+(?:weken|week|maanden|maand|dagen|dag)\s+oud)(?![\w-])", 1),
    ("age_life_year", "leeftijd", rf"(?i)\b((?:{_ORDINAL_WORDS}|\d{{1,2}}(?:ste|de|e))\s+levensjaar)\b", 1),
    ("age_decade", "leeftijd",
     r"(?i)\b((?:begin|midden|eind|achter\s+in\s+de|voor\s+in\s+de|ergens\s+in\s+de)\s+"
     r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))(?=\s*(?:[.,;!?…]|$|(?:en|of|hè|denk|geloof|"
     r"schat|ofzo|of zo)\b))", 1),
    ("age_becomes", "leeftijd",
     rf"(?i)\b(?:wordt|word|werd|worden|werden)\s+(?:(?:volgende|volgend|deze|vorige|binnenkort|straks|in|over|"
     rf"dit|die|eind|begin|morgen|overmorgen|vandaag|gisteren|maand|week|jaar|zomer|winter|lente|herfst|dan|"
     rf"nu|al|pas|bijna|ook|eigenlijk|ze|hij|zij|ik|u|ge|gij|je|op|zaterdag|zondag|maandag|dinsdag|{_MONTH_NAMES}|"
     rf"woensdag|donderdag|vrijdag)\s+){{0,3}}((?:{_AGE_NUMBER}))"
     rf"(?=\s*(?:[.,;:!?…]|$|(?:en|in|op|hè|he|hoor|vorige|volgende|deze|dit|jaar|geworden|alweer|al)\b))", 1),
    ("age_apposition", "leeftijd",
     rf"(?:\b(?i:{_PERSON_NOUNS})|(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+)\s*[,(]\s*(\d{{1,2}}|(?i:{_NUMBER_WORDS}))\s*[,)]", 1),
    ("age_eldest", "leeftijd",
     rf"(?i)\b(?:oudste|jongste|middelste|kleinste|kleine|grootste)\s+((?:{_AGE_NUMBER})){_AFTER_AGE}", 1),
    ("age_answer", "leeftijd",
     r"(?i)(?:^|(?<=[.!?…] ))\s*((?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
     r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))(?=[\s,.!?]|$)", 1),
    ("age_said", "leeftijd",
     rf"(?i)(?:^|(?<=[.!?…] ))\s*((?!(?:tien|elf|tw(?:a|o)alf)\b)(?:{_TWO_DIGITS})|1[3-9]|[2-9]\d)(?:\s+jaar)?,\s*"
     rf"(?:zegt|zei|zeggen|zeiden)\s+"
     rf"(?:ie|hij|ze|zij|die|hem|haar)\b", 1),
    ("date_spoken", "datum",
     rf"(?i)(?<![\w])((?:(?:de|den)\s+)?(?:\d{{1,2}}(?:ste|de|e)?|{_ORDINAL_WORDS}|{_NUMBER_WORDS}|{_DIALECT_DIGITS})\s+"
     rf"(?:{_MONTH_NAMES})(?:(?:\s*(?:\.\.\.|…|,))?\s+(?:{_SPOKEN_YEAR})|\s+(?:(?:der|veer|v(?:ij|y)f|zes|zeu?ven|"
     rf"acht|negen)tien|{_TWO_DIGITS})(?=\s*[,.;!?…]|\s*$))?)(?![\w])", 1),
    ("date_weekday", "datum",
     rf"(?i)\b((?:{_WEEKDAYS})(?:\s+(?:de|den))?\s+(?:\d{{1,2}}(?:ste|de|e)|{_ORDINAL_WORDS}))(?![\w])", 1),
    ("date_weekday_number", "datum",
     rf"(?i)\b((?:{_WEEKDAYS})\s+(?:[1-9]|[12]\d|3[01]))(?![\w]|[:.,]\d|\s*(?:uur|u\b|h\b|tot|à|a\b|-))", 1),
    ("date_weekday_words", "datum",
     rf"(?i)\b((?:{_WEEKDAYS})\s+(?:{_TWO_DIGITS}|{_UNITS}|{_DIALECT_DIGITS}))"
     rf"(?=\s*[,.;!?…]|\s*$|\s+(?:en|of|dan|is|kan|past|lukt|ook|nog|al|hè|he)\b)", 1),
    ("date_ordinal", "datum",
     rf"(?i)\b((?:de|den)\s+(?:\d{{1,2}}(?:ste|de|e)n?|(?:{_LATE_ORDINALS})n?))\b(?!\s+(?:{_NOT_A_DATE}))", 1),
    ("date_ordinal_bare", "datum",
     r"(?i)\b((?:de|den)\s+(?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)n?)(?=\s*[.!?…]|\s*$)", 1),
    ("date_ordinal_verb", "datum",
     r"(?i)\b((?:de|den)\s+(?:vierde|vijfde|zesde|zevende|achtste|negende|tiende)n?)"
     r"(?=\s+(?:ook|al|nog|dan|hoeft|moet|moeten|kan|kunnen|komt|komen|gaat|gaan|past|lukt|zijn|ben|is)\b)", 1),
    ("date_ordinal_den_verb", "datum",
     rf"(?i)\b(den\s+(?!(?:eerste|tw(?:ee|ie|i)d?de|d[eèa]rde)\b)(?:{_ORDINAL_WORDS})n?)"
     r"(?=\s+(?:moesten|moest|hadden|had|was|waren|heb|hebben|heeft|ben|zijn|gingen|ging|kwam|kwamen|zat|zaten)\b)", 1),
    ("date_ordinal_flemish", "datum",
     rf"(?i)\b((?:de|den)\s+(?:{_ORDINAL_WORDS})n)\b(?!\s+(?:{_NOT_A_DATE}))", 1),
    ("date_ordinal_after", "datum",
     rf"(?i)\b(?:tot|op|voor|tegen|vanaf|na|tussen)\s+((?:de|den)\s+(?:\d{{1,2}}(?:ste|de|e)n?|(?:{_ORDINAL_WORDS})n?))"
     rf"(?=\s*(?:[.,;!?…]|$|(?:dan|om|van|of|en|hè|he|hé|eh|é|ze|zenne|hoor|ja|oké|ok|rond|tegen|in|bij|hier|"
     rf"daar|aan|al|ook|nog|klaar|af|vast|gepland|gezet)\b))", 1),
    ("date_words_hyphen", "datum",
     rf"(?i)(?<![\w-])((?:{_NUMBER_WORDS})-(?:(?:nul-)?(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)|tien|elf|twaalf)"
     rf"(?:-(?:{_NUMBER_WORDS}|\d{{2}}|\d{{4}}|{_SPOKEN_YEAR})(?![\w-])|(?=\s*[.,;!?]|\s*$)))", 1),
    ("date_words_spaced", "datum",
     rf"(?i)(?<![\w-])((?:{_NUMBER_WORDS}),?\s+(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf),?\s+"
     rf"(?:nul\s+(?:{_UNITS})|{_SPOKEN_YEAR}|(?:(?:{_UNITS})[eë]n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|"
     rf"tachtig|negentig)))(?![\w-])", 1),
    ("date_ordinal_of_month", "datum",
     rf"(?i)(?:\b(?:de|den)\s+|(?:^|(?<=[.!?…] )))((?:{_ORDINAL_WORDS}|\d{{1,2}}(?:ste|de|e))\s+van\s+(?:de|den)\s+"
     rf"(?:eerste|tw(?:ee|ie|i)d?de|d[eèa]rde|vierde|v(?:ij|y)fde|zesde|zevende|achtste|negende|tiende|elfde|tw(?:a|o|e)alfde|"
     rf"twelfde|"
     rf"\d{{1,2}}(?:ste|de|e))"
     rf"(?:,?\s+(?:{_SPOKEN_YEAR}))?)(?=\s*[,.;!?…]|\s*$)", 1),
    ("date_ordinal_time", "datum",
     r"(?i)\b((?:de|den|op de|op den)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|"
     r"tiende|\d{1,2}(?:ste|de|e)))(?=(?:\s*,?\s*(?:om|rond|tegen)\s+(?:half\s+|kwart\s+\w+\s+)?|\s*,\s*(?:half|kwart\s+\w+)\s+)"
     r"(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf))", 1),
    ("holiday", "datum",
     r"(?i)(?<![\w-])((?:(?:eerste|tweede|1e|2e)\s+)?(?:kerst|paas|pinkster)daa?g|kerst(?:avond|nacht|mis)|pasen|pinksteren|"
     r"o[ul]de?j(?:aa|oa)r(?:s?(?:dag|avond|nacht))?|nieuwjaars(?:dag|nacht)|koningsdag|koninginnedag|"
     r"bevrijdingsdag|allerheiligen|allerzielen|sinterklaas(?:avond|dag)?|pakjesavond|carnavals(?:zondag|maandag|dinsdag)|nijjiersdei|suikerfeest|offerfeest|diwali|wigilia|sint-maarten|maria-hemelvaart|hemelvaartsdag|goede\s+vrijdag|"
     r"paas(?:maandag|zondag)|pinkster(?:maandag|zondag)|wapenstilstand|valentijnsdag|moederdag|vaderdag)(?![\w-])", 1),
    ("date_frisian", "datum",
     rf"(?i)(?<![\w-])((?:{_FRISIAN_DAY})\s+(?:{_FRISIAN_MONTHS}))(?![\w-])", 1),
    ("date_frisian_ordinal", "datum",
     rf"(?i)(?<![\w-])((?:{_FRISIAN_ORDINAL})\s+fan\s+(?:'e|de)\s+(?:{_FRISIAN_MONTH_ORDINAL}|{_FRISIAN_MONTHS}))(?![\w-])", 1),
    ("age_frisian", "leeftijd",
     rf"(?i)(?<![\w-])((?:{_FRISIAN_NUMBER}|\d{{1,3}})\s+jier(?:\s+âld)?)(?![\w-])", 1),
    ("age_frisian_verb", "leeftijd",
     rf"(?i)\b(?:wurdt|wurd|waard|is|bin|wie)\s+(?:no\s+|al\s+|krekt\s+)?({_FRISIAN_NUMBER})"
     rf"(?=\s*[.,;!?]|\s*$|\s+op\b)", 1),
    ("age_frisian_since", "leeftijd",
     rf"(?i)\b(?:fan|sûnt|oant|op|nei)\s+(?:syn|har|myn|dyn|ús|jins)\s+({_FRISIAN_ORDINAL}|\d{{1,2}}(?:ste|de|e))(?![\w-])",
     1),
    ("phone_frisian", "telefoonnummer",
     rf"(?i)(?<![\w])(nul(?:[\s,.-]+(?:nul|{_FRISIAN_NUMBER})){{5,}})(?![\w])", 1),
    ("phone_words", "telefoonnummer",
     rf"(?i)(?<![\w])((?:nul|0\d{{2,3}})(?:[\s,.-]+(?:nul|{_NUMBER_WORDS}|{_DIALECT_DIGITS}|\d{{2,3}})){{3,}})(?![\w])", 1),
    ("phone_words_start", "telefoonnummer",
     rf"(?i)(?<![\w])(nul\s+(?:{_UNITS})(?:[\s,.-]+(?:{_NUMBER_WORDS}|\d{{2,3}})){{1,2}})(?![\w])", 1),
    ("phone_fragment", "telefoonnummer",
     rf"(?i)(?<![\w])((?:{_NUMBER_WORDS})(?:[\s,]+nul)+[\s,]+(?:{_NUMBER_WORDS}))(?![\w])", 1),
    ("phone_french", "telefoonnummer",
     rf"(?i)(?<![\w])(z[ée]ro(?:[\s,.-]+(?:{_FRENCH_NUMBER})){{1,}})(?![\w])", 1),
    ("date_french", "datum",
     rf"(?i)(?<![\w])((?:premier|1er|\d{{1,2}}|{_FRENCH_NUMBER})\s+(?:{_FRENCH_MONTHS})"
     rf"(?:,?\s+(?:\d{{4}}|{_FRENCH_YEAR}))?)(?![\w-])", 1),
    ("phone_polish", "telefoonnummer",
     rf"(?i)(?<![\w])((?:plus\s+)?(?:{_POLISH_NUMBER})(?:[\s,.…-]+(?:{_POLISH_NUMBER})){{3,}})(?![\w])", 1),
    ("date_polish", "datum",
     rf"(?i)(?<![\w])((?:(?:\d{{1,2}}\.?|[^\W\d_]+ego|{_POLISH_ORDINAL})\s+){{1,2}}(?:{_POLISH_MONTHS})"
     rf"(?:\s+(?:\d{{4}}|(?:dwa\s+tysiące|tysiąc\s+dziewięćset)(?:\s+[^\W\d_]+(?:ego|ym))*))?)(?![\w])", 1),
    ("date_ukrainian", "datum",
     rf"(?i)(?<![\w])((?:\d{{1,2}}|[a-z]+oho|[а-яіїєґ]+ого)\s+(?:{_UKRAINIAN_MONTHS}))(?![\w])", 1),
    ("digits_spoken", "id",
     rf"(?i)(?<![\w])((?:{_DIGIT_WORDS})(?:[\s,.-]+(?:{_DIGIT_WORDS}|{_DIALECT_DIGITS})){{6,}})(?![\w])", 1),
    ("numbers_spoken", "id",
     rf"(?i)(?<![\w])((?:{_HUNDREDS}|{_NUMBER_WORDS}|nul)(?:(?:[\s,.-]*\b(?:punt|streepje|slash|schuine streep|min)\b"
     rf"[\s,.-]*|[\s,.-]+)(?:{_HUNDREDS}|{_NUMBER_WORDS}|{_DIALECT_DIGITS}|nul)){{4,}})(?![\w])", 1),
    ("plate_letters_spoken", "id",
     rf"(?<![\w-])((?:[A-Z],?[\s-]+){{1,3}}(?:(?i:{_HUNDREDS}|{_NUMBER_WORDS}|nul),?[\s-]+){{1,4}}(?:[A-Z](?:,?[\s-]+[A-Z]){{0,2}}|"
     rf"(?i:{_NUMBER_WORDS}|nul)))(?![\w-])", 1),
    ("plate_spoken", "id",
     rf"(?<![\w-])((?:(?i:{_NUMBER_WORDS})|\d),?[\s-]+(?:[A-Z]{{3}}|[A-Z](?:[\s-][A-Z]){{2}})"
     rf"(?:,?[\s-]+(?:(?i:{_NUMBER_WORDS})|\d{{1,3}})){{1,3}})(?![\w-])", 1),
    ("postcode_spoken", "locatie",
     rf"(?<![\w])((?i:{_NUMBER_WORDS}),?\s+(?i:{_NUMBER_WORDS}),?\s+(?:[A-Z]{{2}}|[A-Z]\s[A-Z]))(?![\w])", 1),
    ("postcode_digits_hyphen", "locatie",
     rf"(?i)(?<![\w-])((?:{_DIGIT_WORDS})(?:-(?:{_DIGIT_WORDS})){{3}})(?![\w-])", 1),
    ("postcode_pairs_letters", "locatie",
     rf"(?<![\w-])((?i:{_TWO_DIGITS})[\s-](?i:{_TWO_DIGITS}),?\s+[A-Z]{{2}})(?![\w-])", 1),
    ("phone_pairs", "telefoonnummer",
     rf"(?i)(?<![\w-])(?=(?:\w+,\s*){{0,3}}\w*[eë]n(?:twintig|dertig|veertig|v(?:ij|y)ftig|zestig|zeu?ventig|tachtig|"
     rf"negentig)\b)((?:{_TWO_DIGITS})(?:,\s*(?:{_TWO_DIGITS})){{2,}})(?![\w-])"
     rf"(?!\s*(?:euro|procent|%|jaar|minuten|keer|kilo|uur)\b)", 1),
    ("postcode_digits_spoken", "locatie",
     rf"(?<![\w])((?i:{_DIGIT_WORDS})(?:,?\s+(?i:{_DIGIT_WORDS})){{3}})(?=,?\s+[A-Z][a-zà-ÿ])", 1),
    ("number_dashed_spoken", "id",
     rf"(?<![\w])((?:[A-Z]{{1,4}}|(?i:{_HUNDREDS}|{_NUMBER_WORDS}|nul))(?:,?\s+(?i:{_HUNDREDS}|{_NUMBER_WORDS}|nul|\d+)){{0,12}}"
     rf"(?:,?\s+(?i:streep|streepje|liggend streepje|schuine streep|slash)"
     rf"(?:,?\s+(?i:{_HUNDREDS}|{_NUMBER_WORDS}|nul|\d+)){{1,12}}){{1,6}})"
     rf"(?![\w])", 1),
    ("ampersand_name", "instelling", r"(?<![\w&])([A-Z]{1,3}&[A-Z]{1,3})(?![\w&])", 1),
    ("postcode_thousands_spoken", "locatie",
     rf"(?<![\w-])((?i:(?:{_UNITS})?duizend)(?:[\s-]*(?i:{_HUNDREDS}|{_NUMBER_WORDS}))*)"
     rf"(?=,?\s+(?!Euro|EUR)[A-Z][a-zà-ÿ])", 1),
    ("letters_number", "id", r"(?<![\w-])([A-Z]{1,3}\d{5,})(?![\w-])", 1),
    ("number_slashed", "id", r"(?<![\w/.,-])(\d{1,4}[/-]\d{5,}(?:[/-]\d+)*)(?![\w/-]|[.,]\d)", 1),
    ("file_number", "id",
     r"(?<![\w/.-])((?=[\w/.-]*\d{4})(?=[\w/.-]*[A-Za-z])[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+){1,5})(?![\w/-])", 1),
    ("file_number_spoken", "id",
     r"(?i)(?<![\w-])((?=[\w ,/-]{0,80}?\d)[\w-]+(?:,?\s*(?:schuine streep|slash|backslash|liggend streepje)"
     r"\s*,?\s*[\w-]+){1,5})(?![\w-])", 1),
    ("bare_long_number", "id", r"(?<![\w,.€/-])(\d{6,})(?![\w,/-]|\.\d)(?!\s*(?:euro|EUR|€|eur\b))", 1),
    ("dotted_number", "id", r"(?<![\w,.])(\d{1,3}(?:\.\d{3}){2,})(?![\w,]|\.\d)(?!\s*(?:euro|EUR|€|eur\b))", 1),
    ("long_number", "id", r"(?<![\w,.])(\d{3,4}(?:[\s.-]\d{3,4}){2,5}|\d{4}[\s.-]\d{4}[\s.-]\d{2})(?![\w,])", 1),
    ("age_french", "leeftijd",
     rf"(?i)\b(?:a|ai|as|avait|avais|aura|ont|de)\s+((?:{_FRENCH_NUMBER}|\d{{1,2}})\s+ans)(?![\w])", 1),
    ("age_romanian", "leeftijd",
     r"(?i)(?:\b(?:are|am|ai|au|avea|aveam|împlinește|împlineşte|face)\s+|(?:^|(?<=[.!?…] )))((?:\d{1,3}|unu|doi|două|trei|patru|cinci|[șş]ase|[șş]apte|opt|nouă|zece|\w+sprezece|"
     r"(?:două|trei|patru|cinci|[șş]ai|[șş]apte|opt|nouă)zeci(?:\s+[șş]i\s+\w+)?)\s+(?:de\s+)?ani)(?![\w])", 1),
    ("age_adverb", "leeftijd",
     rf"(?i)\b(?:bijna|al|pas|net|maakt\s+(?:u|je|jou|hem|haar|mij|me)|binnenkort|straks|"
     rf"(?:binnen|over)\s+\w+\s+(?:dagen|weken|week|maand|maanden))\s+((?:(?:{_UNITS}|{_DIALECT_DIGITS})[eë]n)?"
     rf"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|"
     rf"dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)(?=\s*[.,;!?]|\s*$)", 1),
    ("introduced_name", "persoon",
     r"(?i:\bzeg maar|\bik ben|\bik heet|\bnoem me|\bnoem mij|\bmijn naam is|\bdit is)\s+([A-Z][a-zà-ÿ'’-]+)", 1),
    ("named_institution", "instelling",
     r"(?<=[a-zà-ÿ,] )((?:De|Het|Den|'t|Ter|Ten) [A-Z][a-zà-ÿ][\w'’-]*(?: [A-Z][a-zà-ÿ][\w'’-]*)*)", 1),
    ("postcode_words_alone", "locatie",
     rf"(?i)(?:^|(?<=[.!?…] ))((?!nul\b)(?:{_DIGIT_WORDS})(?:\s+(?:{_DIGIT_WORDS})){{3}})(?=\s*[.,!?…])", 1),
    ("postcode_alone", "locatie", r"(?<![\d,.€])((?!(?:19|20)\d{2}\b)[1-9]\d{3})(?=\s*[.,!?]|\s*$)", 1),
    ("titled_name", "persoon",
     rf"\b(?:meneer|mevrouw|mijnheer|madame|juffrouw|dokter|meester|dhr\.?|mevr\.?|mw\.?|dr\.?|mr\.?|"
     rf"tante|nonkel|oom|opa|oma|bomma|bompa)\s+({_NAME}(?:\s+{_NAME})*)", 1),
    ("institution", "instelling",
     rf"\b((?:(?i:basisschool|lagere school|middelbare school|school|atheneum|college|lyceum|instituut)|"
     rf"ziekenhuis|kliniek|UZ|AZ|CAW|OCMW|CGG|CAD|VDAB|huisartsenpraktijk|praktijk|BSO|KDV|kinderopvang|"
     rf"kinderdagverblijf|crèche|peuterspeelzaal|apotheek|woonzorgcentrum|"
     rf"rusthuis|jeugdhuis|sportclub|voetbalclub|KV|KRC|RSC|Faculteit|faculteit|PZ|Politiezone|politiezone|"
     rf"moskee|kerk|parochie|synagoge|tempel|vzw|VZW|asbl|ASBL)"
     rf"\s+(?:[A-Z][\w'’-]+)(?:\s+{_NAME})*)", 1),
    ("business", "instelling",
     rf"\b((?:(?!(?:Bij|Van|Naar|Op|In|Met|Voor|Via|Aan|En|Maar|Ja|Nee|Ik|Hij|Ze|We)\s)[A-Z][\w'’&-]+\s+){{1,4}}"
     rf"(?:Incasso|Incassobureau|Incassodiensten|Bewindvoering|Bewind|Advocaten|"
     rf"Advocatenkantoor|Gerechtsdeurwaarders|Deurwaarders|Transport|Transporten|Logistiek|Bouw|Schilderwerken|"
     rf"Installatietechniek|Schoonmaak|Uitzendbureau|Interim|Services|Service|Groep|Group|Holding|Makelaardij|"
     rf"Verhuur|Garage|Bakkerij|Slagerij|Kapsalon|BV|B\.V\.|NV|bv|bvba|VOF|vzw|VZW)|"
     rf"(?:Incassobureau|Advocatenkantoor|Bewindvoering|Autobedrijf|Garage|Dakwerken|Bouwbedrijf|Installatiebedrijf|"
     rf"Schoonmaakbedrijf|Transportbedrijf|Hoveniersbedrijf|Bakkerij|Slagerij|Kapsalon|Snackbar|Frituur|"
     rf"Café|Cafe|Restaurant|Brasserie|Uitzendbureau|Firma|Fa\.)\s+{_NAME}(?:\s+{_NAME})*)", 1),
    ("hospital_short", "instelling", r"(?<![\w'])(?i:'t|het|in|naar)\s+(UZ|AZ|UMC|AMC)\b", 1),
    ("club", "instelling",
     r"\b((?:vv|VV|sv|SV|fc|FC|KFC|VC|vc|HC|hc|TTC|KSK|KVC|SK|RC|KSV|KSC|VK|KV|KRC|RSC|WVV|VV|HSV|WSV|KC|MHC|ZPC|"
     r"HV|VBC|BC|TC|ZV)\s+"
     r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", 1),
    ("institution_word", "instelling",
     r"\b((?:Sint-|Heilig-|Onze-Lieve-Vrouw-)?[A-Z][\w'’-]*(?:college|lyceum|atheneum|instituut|school|"
     r"ziekenhuis|kliniek|centrum|huis))\b", 1),
    ("iban", "id", r"(?<![\w])([A-Z]{2}\d{2}(?:\s?[\dA-Z]{4}){2,7}(?:\s?[\dA-Z]{1,3})?)(?![\w])", 1),
    ("handle", "url", r"(?<![\w@])(@[A-Za-z_][\w.]{2,})", 1),
    ("keyed_number", "id",
     r"(?i)\b(?:[\w-]*nummer|nr\.?|[\w-]*kenmerk|referentie)[^\d\n]{0,40}?"
     r"((?:(?-i:[A-Z]{1,4})[\s.-]?)?\d[\d\s./-]{3,}\d)(?![\w])", 1),
    ("handle_shape", "url",
     r"(?<![\w@./-])((?:[A-Za-z][A-Za-z0-9.]*_(?:[\w.]*[A-Za-z0-9_])?|[A-Za-z][A-Za-z0-9]*\.\d+_+|[a-z]{3,}\d{2,4}|[a-z]{2,}(?:-[a-z]{2,}){1,3}\d{2,4}|[a-z]\.[a-z]{5,}|[a-z]{4,}[a-z0-9]*(?:\.[a-z][a-z0-9]*)*\.\d{2,4}|[a-z]{2,}\.(?!(?:be|nl|com|org|net|eu|"
     r"info)\b)[a-z][a-z0-9]+(?:\.[a-z0-9]+)*|[a-z]+\d[a-z0-9]*\.(?!(?:be|nl|com|org|net|eu|info)\b)[a-z][a-z0-9]+)"
     r")(?![\w@/-]|\.[\w])", 1),
    ("handle_spoken", "url",
     rf"(?i)\b(?:snapchat|snap|insta|instagram|tiktok|facebook|twitter|account|gebruikersnaam|username)\b"
     rf"[^?!\n]{{0,60}}?(?<![\w])([a-z][a-z0-9]*(?:\s+(?:punt|underscore|streepje|(?:liggend|laag) streepje)\s+[a-z0-9]+)+"
     rf"(?:\s+(?:{_NUMBER_WORDS}|nul))*)(?![\w])", 1),
    ("handle_underscore_spoken", "url",
     rf"(?i)(?<![\w])((?!(?:een|met|de|het|en|of|dan|zonder|geen|nog|is|was)\s)[a-z][a-z0-9]*(?:\s+(?:punt|[a-z0-9])){{0,12}}"
     rf"\s+(?:underscore|(?:liggend|laag) streepje)"
     rf"(?:\s+(?:{_NUMBER_WORDS}|nul|[a-z0-9])){{0,8}})(?![\w])", 1),
    ("letters_digit_name", "instelling", r"(?<![\w-])([A-Z]{2,}\d{1,2}[A-Z]+)(?![\w-])", 1),
    ("postcode_word", "locatie", r"(?i)\bpostcode\s*(?:is\s*)?([1-9]\d{3}(?:\s?[A-Z]{2})?)\b", 1),
    ("email", "emailadres", r"(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", 1),
    ("email_spoken", "emailadres",
     rf"(?i)(?<![\w.-])([\w.-]+(?:,?\s+(?:{_EMAIL_JOIN}),?\s+[\w-]+|\s+(?:{_NUMBER_WORDS}|{_FRENCH_NUMBER}|nul)(?![\w])|"
     rf",?\s+{_EMAIL_FILLER}){{0,12}}"
     rf",?\s*(?:@|\b(?:{_EMAIL_AT})\b),?\s*[\w-]+(?:\s[a-z](?![\w]))*"
     r"(?:,?\s*(?:\.|\bpunt\b|\bpoint\b|\bdot\b|\bstreepje\b|\bkoppelteken\b|\bmin\b),?\s*[\w-]+){0,8}?"
     r"[,.]?\s*(?:\.|\bpunt\b|\bpoint\b|\bdot\b),?\s*(?:com|be|nl|net|org|eu|info|ca|de|fr|uk|us|ch|es|it|pl|ro|"
     r"tr|ma|sr|lu|pt|gr|cz|bg|ua|ru|se|dk|fi|ie|hu|sk|lt|en[\s-]el|bee?[\s-]ee|[a-z](?:[\s-][a-z]){1,2}))(?![\w-])", 1),
    ("email_broken_off", "emailadres",
     rf"(?i)(?<![\w.-])([\w-]+(?:\s+(?:punt|point)\s+[\w-]+){{1,6}}\s+(?:{_EMAIL_AT})\s+[\w-]+)(?=\s*(?:\.\.\.|…))", 1),
    ("url", "url", r"(?<![\w./-])((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:be|nl|com|org|net|eu|info|tv|io|me|"
                   r"app|gg|co|de|fr|uk|biz|online|shop|site|ly|to|link|social|nu|tk)(?:/\S*)?)(?![\w])", 1),
    ("url_spoken", "url",
     rf"(?i)(?<![\w.-])((?:w\s?w\s?w|www|dubbel[\s-]?u(?:[\s,]+dubbel[\s-]?u){{2}}),?\s+(?:punt|dot),?\s+[\w-]+(?:\s+[\w-]+)?"
     rf"(?:,?\s+{_EMAIL_FILLER}|,?\s+(?:streepje|koppelteken|min|punt),?\s+[\w-]+(?:\s+[\w-]+)?){{0,6}}?"
     rf",?\s+(?:punt|dot),?\s+(?:be|nl|com|org|net|eu|info|en[\s-]el|bee?[\s-]ee)|"
     rf"[\w-]{{3,}}(?:\s+(?:streepje|koppelteken)\s+[\w-]+){{0,6}}"
     rf"\s+punt\s+(?:be|nl|com|org|eu|en[\s-]el|bee?[\s-]ee)(?:\s+slash\s+[\w-]+)?)(?![\w])", 1),
    ("url_path", "url", r"(?<![\w./-])((?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/[\w./%?=&-]*[\w/])", 1),
    ("plate_german", "id", r"(?<![\w-])([A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s\d{1,4}[EH]?)(?![\w-])", 1),
    ("plate", "id", r"(?<![\w-])((?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3})(?![\w-])", 1),
    ("named_after_with", "persoon", r"\b(?:met|samen met)\s+([A-Z][a-zà-ÿ][\w'’-]{2,}(?:\s[A-Z][a-zà-ÿ][\w'’-]+)*)", 1),
    ("named_after_preposition", "instelling",
     r"\b(?:[Vv]an|voor|via)\s+([A-Z][a-zà-ÿ][\w'’-]{2,}(?:[\s-][A-Z][a-zà-ÿ][\w'’-]+)*)", 1),
    ("named_place", "locatie",
     r"(?:\b(?:in|uit|naar|bij|rond|richting|op|aan|langs|vanaf|voorbij)|(?:^|(?<=[.!?…] ))(?:In|Uit|Naar|Vanaf)(?!\s+(?:Mijn|Een|Dat|Die|Dit|Ons|Onze|Zijn|Haar|Hun|Uw)\b))"
     r"\s+(?:de\s+|het\s+|den\s+|'t\s+)?"
     r"([A-Z][a-zà-ÿ\u0100-\u017Fșț][\w'’-]{1,}(?:[\s-][A-Z][a-zà-ÿ\u0100-\u017Fșț][\w'’-]+)*)", 1),
    ("short_place", "locatie", r"\b(?:in|uit|naar|van|te|bij)\s+(As|Lo|Ee)(?![\w'’-])", 1),
    ("article_name", "persoon",
     r"(?<=[a-zà-ÿ,] )(?:de|den)\s+([A-Z][a-zà-ÿ]{1,})(?=\s*,?\s*(?:die|dat|is|was|zei|zegt|heeft|had|komt|kwam|"
     r"gaat|ging|woont|werkt|en|of|hé|he)\b)", 1),
    ("spelled_name", "persoon",
     r"(?<![\w-])([A-Z](?:(?:\s?-\s?|,\s|\s)(?:IJ|[A-ZÀ-ÖØ-ÞĀ-ž])){3,30}|[A-Z](?:-[a-z]){3,30}|[a-z](?:-[a-z]){3,30})(?![\w-])", 1),
    ("spelled_alphabet", "persoon",
     r"(?<![\w-])((?:[A-Z]|[a-z](?=\s))\s+(?:van|als\s+in|als|zoals|voor)\s+[A-Z][a-zà-ÿ]+"
     r"(?:[\s,;.-]+(?:en\s+)?(?:[A-Z]|[a-z](?=\s))\s+(?:van|als\s+in|als|zoals|voor)\s+[A-Z][a-zà-ÿ]+)+)", 1),
    ("spelled_letters", "persoon",
     r"(?<![\w'’-])([^\W\d_](?:,\s*(?:(?:dan|en|nog|met)\s+)?[^\W\d_](?:\s+(?:zonder|met)\s+"
     r"(?:punt|puntje|puntjes|trema|accent|streepje|haakje))?){3,})(?![\w'’-])", 1),
    ("spelling_aid_name", "persoon",
     r"(?<![\w'’-])([A-Z][a-zà-ÿ\u0100-\u017F'’-]{2,})\s+(?:(?:alles\s+)?aa?n\s+elkaar,?\s+)?(?:met|mee)\s+"
     r"(?:(?:een|ne|nen|'n)\s+(?:hoofdletter\s+)?[A-Za-z]|[a-z]{1,2}(?:-[a-z]{1,2}){1,3}|th|ph|ch|ck|ij|dubbel[\s-][a-z]|"
     r"twee\s+[a-z]'s)(?![\w'’-])", 1),
    ("spelling_hint_name", "persoon",
     r"(?i)\b(?:een|ne|twee|drie|dubbel)\s+[a-z]{1,2}(?:'s)?\s+in\s+([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-])", 1),
    ("called_name", "persoon",
     r"\b(?i:zeg|zegt|zeit|zeggen|noem|noemt|noemen)(?:\s+(?i:me|mij|hem|haar|ons|maar|gerust|gewoon|dan|ook|altijd|"
     r"allemaal|al))*\s+(?:(?<=me |ij |em |ar )(?<!maar )(?:de|den|het|ne|nen)\s+)?[\"“‘']?([A-Z][a-zà-ÿ'’-]+|[A-Z]{2,3}\b)", 1),
    ("named_by_heet", "persoon",
     rf"\b(?:heet|heten|noemt|genaamd)\s+(?:(?:nu|dan|ook|gewoon|eigenlijk)\s+)?[\"“‘']?(?!{_NOT_A_NAME}\b)"
     r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})", 1),
    ("called_name_before", "persoon",
     rf"\b(?!{_NOT_A_NAME}\b)([A-Z][a-zà-ÿ'’-]+|[A-Z]{{2,3}}),?\s+(?:zeggen|noemen)\s+(?:we|wij|ze|zij)\b", 1),
    ("named_relative", "persoon",
     rf"(?i:\b(?:{_PERSON_NOUNS}|schoonzus|schoonbroer|schoonmoeder|schoonvader|nonkel|tante|oom|peter|meter|"
     rf"stiefvader|stiefmoeder|ex|vriendje|collega|buurman|buurvrouw|begeleider|advocaat|dokter|huisarts))"
     rf",?\s+(?!{_NOT_A_NAME}\b)([A-Z][a-zà-ÿ'’-]{{2,}})(?![\w])", 1),
    ("called_name_after", "persoon",
     rf"\b(?i:noem|noemt|noemen|noemde|noemden)\b[^.!?\n]{{0,30}}?\b(?i:me|mij|hem|haar|ons)\b[.,:!]?\s+[\"“‘']?"
     rf"(?!{_NOT_A_NAME}\b)([A-Z][a-zà-ÿ'’-]+)", 1),
]
_TITLES = {"dhr", "mevr", "mw", "meneer", "mevrouw", "mijnheer", "dokter", "dr", "mr"}
#: A surname right after a found name ("Ria Hoop", "Ellen de Koning").
_SURNAME_AFTER = re.compile(r"(?:\s+(?:[Vv]an|[Dd]e|[Dd]e[nr]|[Tt]e[rn]|'t|[Vv]anden|[Vv]ande)){0,3}\s+"
                            r"(?!(?:Ik|Ja|Nee|Dat|Die|Dit|Het|De|En|Maar|Dus|Oké|Ok|Hoe|Wat|Waar|Wanneer)\b)"
                            r"[A-Z][a-zà-ÿ'’-]+")
#: A first name right before a found surname, mid-sentence ("ik ben Elke Van Damme").
_NAME_BEFORE = re.compile(r"(?<=[a-zà-ÿ,] )([A-Z][a-zà-ÿ'’-]+)\s+$")
#: An age guessed inside the question about it ("Hoe oud zijt gij nu eigenlijk, achtendertig?").
_AGE_GUESSED = re.compile(rf"(?i)\bhoe\s+oud\b[^.!?]*,\s*((?:{_AGE_NUMBER}))(?:\s+jaar)?\s*\?")
#: A question about age in the previous turn makes a number at the start of the answer an age.
_AGE_QUESTION = re.compile(r"(?i)\bhoe\s+oud\b[^.!?]*\?|\b(?:welke|wat is (?:je|jouw|uw|zijn|haar|hun)) leeftijd\b")
#: Words an answer may start with before what it answers ("Ja, twaalf", "Euh, De Piramide").
_ANSWER_FILLERS = "ja|nee|eh|euh|uh|uhm|ehm|nou|allee|awel"
_AGE_ANSWER = re.compile(rf"(?i)^\W*(?:(?:{_ANSWER_FILLERS}|die is|ze is|hij is)[,.]?\s+)*"
                         rf"((?:{_AGE_NUMBER}))(?=[\s,.!?…]|$)")
#: A question whose answer names a person or an organisation ("Welke school?" "De Piramide, in ...").
_NAME_QUESTION = re.compile(r"(?i)\b(?:welke|wat voor(?: een)?)\s+(?:school|club|werkgever|bedrijf|firma|ziekenhuis|"
                            r"instelling|vereniging|kliniek|opvang|kinderopvang|crèche|creche|organisatie|winkel|"
                            r"praktijk|team)\b[^.!?]*\?|\bhoe\s+heet\b[^.!?]*\?")
_NAME_ANSWER = re.compile(rf"^\W*(?:(?i:{_ANSWER_FILLERS}|bij|op|van|naar)[,.]?\s+)*"
                          r"((?:(?:De|Het|'t|Den)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})"
                          r"(?=[\s,.!?…]|$)")
#: A question about a number or an address ("huisnummer 118, klopt dat?", "Hebt ge 't dossiernummer?", "En uw
#: adres, Paul Krugerlaan...?") makes the number words the answer starts with personal data; a question about a
#: scale does not.
_NUMBER_QUESTION = re.compile(r"(?i)^(?!.*\b(?:schaal|cijfer|op tien|van nul tot)\b).*(?:nummer|\bpostcode|\bBSN|\badres)\b"
                              r"[^?]*\?")
_NUMBER_ANSWER = re.compile(rf"(?i)^\W*(?:(?:{_ANSWER_FILLERS}|hier|dat is|het is|'t is|da's)[,.]?\s+)*"
                            rf"((?:{_HUNDREDS}|{_NUMBER_WORDS}|nul)(?:[\s,.-]+(?:{_HUNDREDS}|{_NUMBER_WORDS}|nul))*)"
                            rf"(?=[\s,.!?…]|$)")
#: A turn that only reads out or corrects numbers ("Nee, tweehonderdveertien. Twee één vier.", "Nul acht.
#: Niet tachtig. Nul, acht.", "trois cent quatre"): each run of number words in it, when there are two or
#: more with a zero, a hundred or a number above ten among them (a scale runs to ten), or five or more,
#: and the turn before asked for no scale or count. Only turns of up to 200 characters are tried.
_NUMBER_TOKEN = (rf"(?:{_HUNDREDS}|{_NUMBER_WORDS}|nul|honderd|duizend|{_FRENCH_NUMBER}|cents?|mille|\d+)")
_READBACK_TURN = re.compile(rf"(?i)^(?:\W*(?>{_NUMBER_TOKEN}|{_ANSWER_FILLERS}|niet|nie|neen|sorry|pardon|dus|of|en|"
                            r"zo|oké|ok|juist|klopt|da's|dat is|het is|'t is|op (?:'t|het) (?:einde?|eind)|aan het eind|"
                            r"achteraan|vooraan|eerst|dan)(?![\w'’-]))+\W*$")
_NUMBER_RUN = re.compile(rf"(?i)(?<![\w'’-]){_NUMBER_TOKEN}(?:[\s,.-]+{_NUMBER_TOKEN})*(?![\w'’-])")
_BEYOND_SCALE = re.compile(rf"(?i)(?<![\w'’-])(?!tien(?![\w'’-])|10(?!\d))"
                           rf"(?:{_TWO_DIGITS}|{_HUNDREDS}|nul|honderd|cents?|\d{{2,}})(?![\w'’-])")
_NOT_READBACK = re.compile(r"(?i)\b(?:schaal|cijfer|op tien|van nul tot|hoeveel|hoe vaak|hoe lang|hoe oud|keer)\b")
#: A code spelt with Dutch letter names and number words: a plate ("Gé, zet, vier één acht, vé"), a
#: postcode ("Acht negen twee zes, ka el"); kept when it has two letter names and two numbers or more.
_LETTER_NAMES = "bé|bee|cé|cee|dé|dee|ef|gé|gee|ha|hà|jé|jee|ka|kaa|el|em|pé|pee|ku|kuu|té|tee|vé|vee|wé|wee|iks|zet|zed"
_SPELLED_CODE = re.compile(rf"(?i)(?<![\w'’-])(?:{_LETTER_NAMES}|{_DIGIT_WORDS})"
                           rf"(?:[\s,.-]+(?:{_LETTER_NAMES}|{_DIGIT_WORDS}))+(?![\w'’-])")
#: A Dutch postcode read out: four number words and two letter names, also names that are words ("pé er").
_ALL_LETTER_NAMES = f"{_LETTER_NAMES}|a|aa|e|é|ee|i|ie|o|oo|u|uu|er|es|en|ij|ei|ix"
_SPELLED_POSTCODE = re.compile(rf"(?i)(?<![\w'’-])(?:{_DIGIT_WORDS}|{_FRISIAN_UNITS})"
                               rf"(?:[\s,.-]+(?:{_DIGIT_WORDS}|{_FRISIAN_UNITS})){{3}}"
                               rf"[\s,.-]+(?:{_ALL_LETTER_NAMES})[\s,.-]+(?:{_ALL_LETTER_NAMES})(?![\w'’-])")
_LETTER_NAME = re.compile(rf"(?i)(?<![\w'’])(?:{_LETTER_NAMES})(?![\w'’])")
#: Words that name someone right before a finding, which then stays a name even when it is listed as
#: never personal ("mama heet Ewa", "mijn dochter, Ewa": "Ewa" is also an interjection).
_NAMED_BEFORE = re.compile(rf"(?i)\b(?:heet|heette|heten|noemt|genaamd|{_PERSON_NOUNS}|moeder|vader|mama|papa|"
                           r"broer|zus|vriendin|vriend|partner|vrouw|man)\s*,?\s+[\"“‘']?$")
#: An age alone as a sentence, in months or weeks, right after a name or "baby" ("Selam. Acht maanden.").
_AGE_AFTER_NAME = re.compile(rf"(?i)(?:^|(?<=[.!?…,] ))((?:{_AGE_NUMBER})\s+(?:maanden|maand|weken|week|jaar))(?=\s*[.!?…]|\s*$)")
#: An age said bare after a name: in tens after a comma ("Jordy, twieëntwintig.") when the name is no
#: Dutch word ("Schoenen, vierenvijftig." is a price), or any age right after a first name in a list
#: ("Elif twaalf, Matteo zes, Nour vier"); never after a question about a scale ("Ne zes.").
_INTERJECTION = re.compile(rf"(?i)(?:{_ANSWER_FILLERS}|oké|ok|okay|allez|amai|zeg|kijk)")
_AGE_AFTER_NAME_BARE = re.compile(rf"(?:^|(?<=[.!?…,] )|(?<=\ben ))(?P<name>[A-Z][a-zà-ÿ'’-]+)"
                                  rf"(?:,\s+(?P<tens>(?:(?:{_UNITS}|{_DIALECT_DIGITS})[eë]n)?(?:twintig|dertig|veertig|"
                                  rf"v(?:ij|y)ftig|zestig|zeventig|tachtig|negentig))|\s+(?P<age>{_AGE_NUMBER}))"
                                  rf"(?=\s*[.!?…,;]|\s*$|\s+en\b)")
#: A further age in a list after a found one ("8 en 11", "zestien, zeventien", "Twaalf? Dertien?").
_AGE_MORE = re.compile(rf"(?i)(?:\s*(?:jaar\b\s*)?(?:,|\ben\b|\bof\b|\btot\b|[?!.…/-])){{1,4}}\s*"
                       rf"(?:(?:{_ANSWER_FILLERS}|sorry|wacht)[,.]?\s+)?"
                       rf"(?:(?:volgend\s+jaar|volgende\s+(?:maand|week)|binnenkort|straks|in\s+(?:{_MONTH_NAMES})|"
                       rf"over\s+\w+\s+(?:dagen|weken|maanden|week|maand|jaar))\s+(?:word\s+ik\s+|wordt\s+\w+\s+)?)?"
                       rf"(?:(?:bijna|al|pas|nog|net)\s+)?((?:{_AGE_NUMBER}))(?![\w])"
                       rf"(?=\s*(?:[,.!?…]|$)|\s+(?:en|of|jaar)\b)")
#: A word after a platform ("zijn Snapchat is jorisvdb") is a handle unless it is a Dutch word.
_PLATFORM_NAME = re.compile(r"(?i)\b(?:snapchat|snap|insta|instagram|tiktok|facebook|fb|twitter|telegram|discord|"
                            r"twitch|youtube|gebruikersnaam|username|account)\b[:,]?\s+(?:(?:is|was|heet|heette|als|onder|"
                            r"ik|hij|ze|zij|daar|gewoon)\s+){0,3}([a-z0-9][\w.]{2,}[a-z0-9])(?![\w@])")
#: A capitalised word mid-sentence (after a word, a digit or a comma), after a quote, or at the start
#: of a sentence when alone or before a verb such as "zegt" (group ``initial``: "Ömer, de eigenaar").
_CAPITALISED = re.compile(r"(?:(?<=[A-Za-zà-ÿ0-9,;:] )|(?<=[\"“‘])|(?<=\bd['’])|"
                          r"(?:^|(?<=[.!?…] ))(?P<initial>)(?=[^\W\d_]+(?:[,.!?…]|$|\s+(?:zegt|zei|zeggen|vindt|vond|"
                          r"belde|belt|vroeg|vraagt|heeft|had|woont|werkt|komt|kwam|gaat|ging|wil|wou|doet|deed|is|was|helpt|hielp|"
                          r"zet|zette|kan|kon|moet|moest|weet|wist|zit|zat|staat|stond|blijft|bleef|brengt|bracht)\b)))"
                          r"(?P<word>[A-ZÀ-Ý\u0100-\u017FȘȚ][a-zà-ÿ\u0100-\u017Fșț'’]{2,}"
                          r"(?:-[A-ZÀ-Ý\u0100-\u017FȘȚ][a-zà-ÿ\u0100-\u017Fșț'’]+)?)(?![\w-])")
def _right_after(*words: str) -> str:
    """A lookbehind for any of ``words`` and a space (each a whole word)."""
    whole = [("" if w.startswith("'") else r"\b") + w for w in words]
    return "(?:" + "|".join(f"(?<={w} )" for w in whole) + ")"


#: A capitalised word after an article mid-sentence ("tegen de Vismijn"), or after "De", "Het" or "Den" at
#: the start of a sentence ("De Zonnewijzer, achter ..."): a proper name even when it is a Dutch word, as a
#: noun after an article is written small. Not before a further capitalised word ("het Openbaar Ministerie":
#: other rules read names of more words) and not an adjective ("de Vlaamse overheid").
_AFTER_ARTICLE = re.compile(r"(?:(?<=[a-zà-ÿ,] )(?P<article>de|het|den|'t|’t)|(?:^|(?<=[.!?…] ))(?:De|Het|Den))\s+"
                            r"(?P<word>[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w-])(?!\s+[A-Z])")
#: A capital, a hyphen and a word after an article or a preposition ("aan de C-mine"); kept when the word
#: is not Dutch ("de B-reeks", "een C-attest" stay).
_LETTER_HYPHEN = re.compile(_right_after("de", "het", "aan", "op", "in", "naar") + r"(?P<word>[A-Z]-[a-z]{3,})(?![\w-])")
#: An adjective ("de Vlaamse", "het Nationaal") and, after "het", a language ("in het Roemeens"): not names.
_ADJECTIVE = re.compile(r"[A-Z][a-zà-ÿ]+(?:e|aal)")
_LANGUAGE = re.compile(r"[A-Z][a-zà-ÿ]+(?:s|sch)")
#: An acronym mid-sentence ("bij TEJO Kortrijk", "de GGzE"): three to eight letters, two or more capitals.
_ACRONYM = re.compile(r"(?:(?<=[a-zà-ÿ0-9,;:] )|(?<=[\"“‘]))"
                      r"(?P<word>(?=(?:[a-z]?[A-Z]){2})(?=[A-Z]+[a-z]?[A-Z]*(?![\w-]))[A-Z][A-Za-z]{2,7})(?![\w-])")
#: Two capitals after an article or a preposition ("op de HU", "bij de PZ").
_ACRONYM_PAIR = re.compile(_right_after("de", "het", "'t", "bij", "op", "naar", "aan", "via") + r"(?P<word>[A-Z]{2})(?![\w-])")
#: Two capitals alone as a sentence ("En Pieter-Jan. PJ. Die werkt bij ons."): initials.
_INITIALS_ALONE = re.compile(r"(?:^|(?<=[.!?…] ))(?P<word>[A-Z]{2})(?=[.,!?…])")
#: A capitalised word in a list of names, next to a found one ("Ik heb Amina, Lama, Omar en de baby").
_LIST_NAME = re.compile(r"(?<=, )(?P<word>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})(?=(?P<sep>,\s|\s+en\s))")
#: Candidates kept even when they are Dutch words (the other checks already happened).
_NOT_LOOKED_UP = (_ACRONYM_PAIR, _INITIALS_ALONE, _AFTER_ARTICLE, _LETTER_HYPHEN, _LIST_NAME)
#: A contraction or a quote before a capital that starts a clause ("'k Ben", "'t Hing", "\"Ben je").
_CLAUSE_START = re.compile(r"(?:(?:^|\s)['’][kts]|[\"“‘])\s*$")
#: Priority when two findings cover the same span: a person before a place before the rest.
_RANK = {"PERSOON": 0, "LOCATIE": 1, "ADRES": 1}


class ElevenCheckAnnotator(dd.process.RegexpAnnotator):
    """Nine digits in any grouping that pass the Dutch BSN eleven-check."""

    def _validate_match(self, match, doc) -> bool:
        digits = [int(c) for c in match.group(1) if c.isdigit()]
        return sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0 and any(digits)


def cache_dir() -> Path:
    """Where the de-identification lookup cache is kept between runs."""
    base = os.environ.get("WERKZAAM_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "werkzaam" / f"deduce-{DEDUCE_VERSION}"


def _data_lines(name: str) -> list[str]:
    text = files("werkzaam.configs").joinpath("deidentify", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


class Pseudonymizer:
    """Finds personal data with deduce plus Werkzaam's Flemish extensions, and replaces it."""

    def __init__(self, notify: Callable[[str], None] | None = None):
        self.not_personal = set(_data_lines("not_personal.txt"))
        self.short_names = set(_data_lines("short_first_names.txt"))
        self.word_names = _first_names() | self.short_names
        cache = cache_dir()
        if not (cache / "cache" / "lookup_structs.pickle").exists() and notify:
            notify("Building the de-identification lookup cache once (about two minutes); later runs reuse it.")
        cache.mkdir(parents=True, exist_ok=True)
        self.deduce = Deduce(cache_path=cache)
        tokenizer = self.deduce.tokenizers["default"]
        top = self.deduce.processors.get_names(recursive=False)
        position = top.index("post_processing") if "post_processing" in top else None  # before merging
        place_stopwords = set(_data_lines("place_stopwords.txt"))
        extra = [
            ("be_places", dd.process.MultiTokenLookupAnnotator(
                lookup_values=[p for p in _data_lines("be_places.txt") if len(p) > 2 and p not in place_stopwords],
                tokenizer=tokenizer, tag="locatie", overlapping=True)),
            ("districts", dd.process.MultiTokenLookupAnnotator(
                lookup_values=[p for p in _data_lines("districts.txt") if p not in place_stopwords],
                tokenizer=tokenizer, tag="locatie", overlapping=True)),
            ("be_surnames", dd.process.MultiTokenLookupAnnotator(
                lookup_values=_data_lines("be_surnames.txt"), tokenizer=tokenizer, tag="persoon", overlapping=True)),
            ("werkzaam_institutions", dd.process.MultiTokenLookupAnnotator(
                lookup_values=_data_lines("institutions.txt"), tokenizer=tokenizer, tag="instelling",
                overlapping=True)),
            ("bsn_eleven_check", ElevenCheckAnnotator(r"(?<![\d.+])(\d(?:[ .]?\d){8})(?![\d])", tag="bsn",
                                                      capturing_group=1)),
        ] + [(name, dd.process.RegexpAnnotator(pattern, tag=tag, capturing_group=group))
             for name, tag, pattern, group in PATTERNS]
        for name, processor in extra:
            self.deduce.processors.add_processor(name, processor, position=position)
            position = None if position is None else position + 1

    def _never_personal(self, found: str) -> bool:
        """A finding made only of words that are never personal data ("Mooi. Niks"), and no digits
        ("WMO-2025-03318" is a file number)."""
        words = set(re.findall(r"[^\W\d_]+", found))
        return found in self.not_personal or bool(words) and words <= self.not_personal and not any(
            c.isdigit() for c in found)

    def spans(self, text: str, previous: str = "") -> list[tuple[int, int, str]]:
        """Personal data in ``text`` as (start, end, category), overlaps merged, longest first.

        ``previous`` is the turn before: after a question about age, a bare number is an age (so is
        one after the question in the same turn, and each further number in a list of ages).
        """
        doc = self.deduce.deidentify(text)
        found = [(a.start_char, a.end_char, _category(a.tag)) for a in doc.annotations
                 if not self._never_personal(a.text) or _NAMED_BEFORE.search(text, 0, a.start_char)]
        if previous and _AGE_QUESTION.search(previous) and (m := _AGE_ANSWER.match(text)):
            found.append((m.start(1), m.end(1), "LEEFTIJD"))
        if previous and _NAME_QUESTION.search(previous) and (m := _NAME_ANSWER.match(text)) and not (
                self._never_personal(m.group(1)) or " " not in m.group(1) and _dutch_word(m.group(1))):
            found.append((m.start(1), m.end(1), "NAAM"))
        if previous and _NUMBER_QUESTION.search(previous) and (m := _NUMBER_ANSWER.match(text)):
            found.append((m.start(1), m.end(1), "ID"))
        found += _readback_numbers(text, previous) + _spelled_codes(text)
        found += [(m.start(1), m.end(1), "LEEFTIJD") for m in _AGE_GUESSED.finditer(text)]
        if not _NOT_READBACK.search(previous):
            found += [(m.start(group), m.end(group), "LEEFTIJD") for m in _AGE_AFTER_NAME_BARE.finditer(text)
                      for group in ("tens", "age") if m[group] and not _dutch_word(m["name"], compounds=True)
                      and not _INTERJECTION.fullmatch(m["name"]) and (group == "tens" or m["name"] in self.word_names)]
        for question in _AGE_QUESTION.finditer(text):  # "Hoe oud was je toen? Twaalf?"
            if m := _AGE_ANSWER.match(text[question.end():]):
                found.append((question.end() + m.start(1), question.end() + m.end(1), "LEEFTIJD"))
        for m in _PLATFORM_NAME.finditer(text):
            if not simplemma.is_known(m.group(1), lang="nl"):
                found.append((m.start(1), m.end(1), "URL"))
        extended: set[int] = set()  # list ends already followed, so a long list is read once
        for start, end, cat in list(found):
            while cat == "LEEFTIJD" and end not in extended and (m := _AGE_MORE.match(text, end)):
                extended.add(end)
                found.append((m.start(1), m.end(1), cat))
                end = m.end(1)
        found = [trimmed for span in found if (trimmed := _trim(text, *span))]
        found.sort(key=lambda s: (s[0], -(s[1] - s[0]), _RANK.get(s[2], 2)))
        merged: list[tuple[int, int, str]] = []
        for start, end, cat in found:
            if merged and start < merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end, merged[-1][2])
                continue
            if cat == "PERSOON" and (m := _SURNAME_AFTER.match(text, end)):
                end = m.end()
            if cat == "PERSOON" and (m := _NAME_BEFORE.search(text, max(0, start - 40), start)) and not (
                    merged and m.start(1) < merged[-1][1]):
                start = m.start(1)
            merged.append((start, end, cat))
        for m in _AGE_AFTER_NAME.finditer(text):  # "En de baby, Selam. Acht maanden."
            before = text[:m.start(1)].rstrip(" .,!?…")
            if not any(s < m.end(1) and m.start(1) < e for s, e, _ in merged) and (
                    any(end == len(before) and cat == "PERSOON" for _, end, cat in merged)
                    or before.lower().endswith("baby")):
                merged.append((m.start(1), m.end(1), "LEEFTIJD"))
        if any(cat == "EMAIL" for *_, cat in merged):  # "ravi punt jagessar, aan elkaar... nee, met een punt."
            merged += [(m.start(), m.end(), "EMAIL") for m in _EMAIL_LOCAL.finditer(_blanked(text, merged))]
        return self._unknown_names(text, sorted(merged))

    def _unknown_names(self, text: str, merged: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Add capitalised words, acronyms and initials (``_CAPITALISED``, ``_ACRONYM``,
        ``_ACRONYM_PAIR``, ``_INITIALS_ALONE``, ``_LETTER_HYPHEN``, ``_LIST_NAME``) that no rule found and that are no
        Dutch word ("mag ik ook Femmeke zeggen", "bij Autobedrijf Vathorst", "bij TEJO", "PJ.") as
        ``NAAM``: a proper name of unknown kind. At the start of a sentence a compound of two Dutch words
        counts as Dutch; acronyms of two capitals, capitalised words after an article
        (``_AFTER_ARTICLE``: "tegen de Vismijn") and in a list next to a found name are not looked up."""
        covered = bytearray(len(text) + 1)
        for start, end, _ in merged:
            covered[start:end] = b"\x01" * (end - start)
        candidates = [*_CAPITALISED.finditer(text), *_ACRONYM.finditer(text), *_ACRONYM_PAIR.finditer(text),
                      *_INITIALS_ALONE.finditer(text)]
        candidates += [m for m in _LETTER_HYPHEN.finditer(text) if not _dutch_word(m["word"][2:])]
        name_ends = {end for _, end, cat in merged if cat in ("PERSOON", "NAAM")}
        name_starts = {start for start, _, cat in merged if cat in ("PERSOON", "NAAM")}
        candidates += [m for m in _LIST_NAME.finditer(text)
                       if m.start() - 2 in name_ends or m.end() + len(m["sep"]) in name_starts]
        candidates += [m for m in _AFTER_ARTICLE.finditer(text) if not _ADJECTIVE.fullmatch(m["word"])
                       and not (m["article"] != "de" and _LANGUAGE.fullmatch(m["word"]))]
        extra = [(m.start("word"), m.end("word"), "NAAM") for m in candidates
                 if not any(covered[m.start("word"):m.end("word")]) and not self._never_personal(m["word"])
                 and (m.re in _NOT_LOOKED_UP
                      or not _dutch_word(m["word"], compounds=m.re is _CAPITALISED and m["initial"] is not None)
                      or self._word_name(text, m))]
        return sorted(merged + extra) if extra else merged

    def _word_name(self, text: str, m: re.Match) -> bool:
        """A first name that is also a Dutch word, capitalised mid-sentence ("Hoe zit ge erbij, Lies?",
        "Als Riet me helpt"), not where a clause starts after "'k" or a quote ("'k Ben", "\"Wil je"); a
        short Flemish form also at a sentence start, alone or before a verb ("Staf.", "Trien helpt")."""
        if m.re is not _CAPITALISED:
            return False
        if m["initial"] is not None:  # a sentence start alone or before a verb: the short forms only
            return m["word"] in self.short_names
        return m["word"] in self.word_names and not _CLAUSE_START.search(text, max(0, m.start("word") - 4),
                                                                         m.start("word"))


def _readback_numbers(text: str, previous: str) -> list[tuple[int, int, str]]:
    """The number runs of a turn that only reads out or corrects numbers (``_READBACK_TURN``)."""
    if len(text) > 200 or _NOT_READBACK.search(previous) or not _READBACK_TURN.match(text):
        return []
    runs = list(_NUMBER_RUN.finditer(text))
    words = sum(len(re.findall(r"[^\W\d_]+|\d+", m.group())) for m in runs)
    if words < 2 or not (words >= 5 or _BEYOND_SCALE.search(text)):
        return []
    return [(m.start(), m.end(), "ID") for m in runs]


def _blanked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The turn with its findings blanked out, so that a further pattern finds only the rest."""
    free = list(text)
    for start, end, _ in spans:
        free[start:end] = "\0" * (end - start)
    return "".join(free)


def _dictated_numbers(texts: list[str], found: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """Add the pieces of a phone number dictated over several turns: in the two turns after a turn with
    a phone number (or a piece of one), a number above ten or a run of numbers ("... twee en tachtig",
    "Drie en zestig"), and in the turn itself a further run of two or more ("Nee wacht, 94 80"); not
    after a question about a scale or a count."""
    out, since = [], 3  # turns since the last phone number
    for i, (text, spans) in enumerate(zip(texts, found)):
        has_phone = any(cat == "TELEFOON" for *_, cat in spans)
        previous = texts[i - 1] if i else ""
        extra = []
        if (has_phone or since <= 2) and not _NOT_READBACK.search(previous):
            for m in _NUMBER_RUN.finditer(_blanked(text, spans)):
                tokens = len(re.findall(r"[^\W\d_]+(?:\s+en\s+[^\W\d_]+)?|\d+", m.group()))
                if tokens >= 2 or not has_phone and _BEYOND_SCALE.search(m.group()):
                    extra.append((m.start(), m.end(), "TELEFOON"))
        since = 0 if has_phone or extra else since + 1
        out.append(sorted(spans + extra) if extra else spans)
    return out


#: Values of number words below a hundred (with dialect forms), to compare a number said back.
_DIGIT_VALUES = {w: i for i, ws in enumerate([
    "nul", "een één eén ein", "twee twie", "drie drei", "vier veer", "vijf vyf vief", "zes zees zès", "zeven zeuven zeve",
    "acht ach", "negen nege", "tien", "elf", "twaalf twoalf", "dertien", "veertien", "vijftien vyftien", "zestien",
    "zeventien zeuventien", "achttien", "negentien"]) for w in ws.split()}
_TENS_VALUES = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "vyftig": 50, "viftig": 50, "vieftig": 50,
                "zestig": 60, "zeventig": 70, "zeuventig": 70, "tachtig": 80, "negentig": 90}
_UNIT_WORD = "|".join(sorted(_DIGIT_VALUES, key=len, reverse=True))
_SPOKEN_NUMBER = re.compile(
    rf"(?i)(?:(?P<h>{_UNIT_WORD})?(?P<hundred>honderd)(?:en)?)?(?:(?:(?P<u>{_UNIT_WORD})(?:[eë]n|\s+en\s+|-[eë]n-))?"
    rf"(?P<t>{'|'.join(_TENS_VALUES)})|(?P<v>{_UNIT_WORD}))(?![\w])|(?P<h0>{_UNIT_WORD})?honderd(?![\w])|(?P<d>\d+)")


def _spoken_numbers(run: str) -> list[str]:
    """The numbers, as digits, of a run of number words and digits ("nul vier, Ein-en-veertig" ->
    ["0", "4", "41"], "Honderdtwaalf" -> ["112"]); empty when it holds anything but numbers below a
    thousand."""
    digits, last = [], 0
    value = lambda w: _DIGIT_VALUES[w.lower()]  # noqa: E731
    for m in _SPOKEN_NUMBER.finditer(run):
        if run[last:m.start()].strip(" ,.-"):
            return []
        last = m.end()
        if m["d"]:
            digits.append(m["d"])
        elif m["t"] or m["v"]:
            rest = _TENS_VALUES[m["t"].lower()] + (value(m["u"]) if m["u"] else 0) if m["t"] else value(m["v"])
            digits.append(str((value(m["h"]) if m["h"] else 1) * 100 * bool(m["hundred"]) + rest))
        else:
            digits.append(str((value(m["h0"]) if m["h0"] else 1) * 100))
    return digits if not run[last:].strip(" ,.-") else []


#: A correction right before a number ("Nee, wacht, tweeënnegentig", "Eindigt op vierentwintig").
_CORRECTION = re.compile(r"(?i)\b(?:nee|neen|sorry|pardon|wacht|ik bedoel|eindigt op|eindigend op)\b[,.!…]*\s+"
                         r"(?:(?:nee|neen|wacht|sorry|pardon|ik bedoel)\b[,.!…]*\s+)*")


#: "of" right after a found number, before another of as many digits that may be the right one
#: ("Hoogpoort 212, of 214"; not "0472 12 34 56, of twee keer").
_ALTERNATIVE = re.compile(r"[,\s]{0,3}\bof\s+(?:(?:was|is)\s+(?:het|'t)\s+)?")
#: A filler right before a number said back ("Oh, sorry, vijfentwintig.").
_TRAILING_FILLER = re.compile(r"(?i)(?<![\w'’])(?:ja|nee|oh|o|sorry|oké|ok|ah|eh|euh|dus|juist)[,.!]?\s+$")
#: "Nee," at the start of a turn, before a number that corrects one of the turn before.
_TURN_START_CORRECTION = re.compile(r"(?i)^\W{0,5}(?:nee|neen|sorry|pardon)\b[,.!…]*\s+(?:(?:het is|'t is|dat is|da's)\s+)?")


def _digits_of(found: str) -> str:
    """The digits of a finding, written or said ("Bulkemsweg 41" -> "41", "nummer honderdtwaalf" -> "112")."""
    return re.sub(r"\D", "", found) or "".join(d for m in _NUMBER_RUN.finditer(found) for d in _spoken_numbers(m.group()))


def _numbers_said_again(texts: list[str], found: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """Add the numbers that correct, complete or say back personal data: within a turn
    (:func:`_numbers_corrected`) and from the turn before (:func:`_numbers_said_back`)."""
    out = []
    for i, (text, spans) in enumerate(zip(texts, found)):
        previous = texts[i - 1] if i else ""
        free = _blanked(text, spans)
        extra = _numbers_corrected(text, free, spans, previous)
        if i:
            extra += _numbers_said_back(text, free, previous, found[i - 1], {start for start, _, _ in extra})
        out.append(sorted(set(spans + extra)) if extra else spans)
    return out


def _numbers_corrected(text: str, free: str, spans: list[tuple[int, int, str]], previous: str) -> list[tuple[int, int, str]]:
    """A number that corrects or completes one found earlier in the same turn: right after a correction
    ("nummer negentig. Nee, wacht, tweeënnegentig.") or a few words on, when it has two digits or more and
    the turn before asked for no scale or count ("Nee wacht, 't is omgekeerd op 't einde: negenenvijftig");
    after "of" with as many digits ("Hoogpoort 212, of 214"); or said in full after a part ("nummer
    vierhonderd-en-nog-wat... Vierhonderdzesentwintig")."""
    # the number runs of the findings, by where they end: the one before a position is found by bisection
    numbered = sorted((run.end(), run.group().lower(), cat) for start, end, cat in spans
                      for run in _NUMBER_RUN.finditer(text, start, end))
    ends = [end for end, _, _ in numbered]
    extra = []
    for m in _CORRECTION.finditer(free):
        k = bisect.bisect_right(ends, m.start())
        clause = re.match(r"[^.!?…\n]{0,60}", free[m.end():]).end() + m.end()
        n = _NUMBER_RUN.match(free, m.end()) or _NUMBER_RUN.search(free, m.end(), clause)
        if k and n and (n.start() == m.end() or len(_digits_of(n.group())) >= 2 and not _NOT_READBACK.search(previous)):
            extra.append((n.start(), n.end(), numbered[k - 1][2]))
    for end, run, cat in numbered:
        if ((m := _ALTERNATIVE.match(free, end)) and (n := _NUMBER_RUN.match(free, m.end()))
                and len(_digits_of(n.group())) == len(_digits_of(run))):
            extra.append((n.start(), n.end(), cat))
    for m in _NUMBER_RUN.finditer(free):
        k = bisect.bisect_right(ends, m.start())
        run = numbered[k - 1][1] if k else ""
        if len(run) >= 5 and m.group().lower().startswith(run) and m.group().lower() != run:
            extra.append((m.start(), m.end(), numbered[k - 1][2]))
    return extra


def _numbers_said_back(text: str, free: str, previous: str, previous_found: list[tuple[int, int, str]],
                       taken: set[int]) -> list[tuple[int, int, str]]:
    """A number said back from the personal data of the turn before ("Bulkemsweg 41" -> "Ein-en-veertig.",
    "nummer honderdtwaalf" -> "Nie honderdtwaalf", "WT25-03318" -> "W T vijfentwintig..."): three digits or
    more, or two alone as a sentence (also after fillers: "Oh, sorry, vijfentwintig."), that stand in it whole
    or with a number of three digits or more in it ("145.08" -> "Honderdvijfenveertig, acht"). Also another
    number of three digits or more with as many digits in the turn, which corrects the one said back
    ("Honderdveertien. Nie honderdtwaalf."), and a number of as many digits right after "Nee," at the start of
    the turn, which corrects one of the turn before ("Kluiverboom 52" -> "Nee, vijfentwintig."). Not after a
    question about a scale or a count; runs at ``taken`` are already found."""
    said = {_digits_of(previous[start:end]): cat for start, end, cat in previous_found}
    said = {d: cat for d, cat in said.items() if len(d) >= 2}
    if not said or _NOT_READBACK.search(previous):
        return []
    runs = [(m, _spoken_numbers(m.group())) for m in _NUMBER_RUN.finditer(free) if m.start() not in taken]
    echoed = []
    for m, numbers in runs:
        d = "".join(numbers)
        head = text[:m.start()]
        while filler := _TRAILING_FILLER.search(head, max(0, len(head) - 12)):
            head = head[:filler.start()]
        alone = (re.match(r"\s*(?:[.!?…,]|$)", text[m.end():])
                 and re.search(r"(?:^|[.!?…]\s+|\b[A-Z]\s+)$", head))
        if len(d) >= 3 or len(d) == 2 and alone:
            echoed += [(m.start(), m.end(), cat, max(map(len, numbers))) for digits, cat in said.items()
                       if d in digits or any(len(n) >= 3 and n in digits for n in numbers)][:1]
    extra = [(start, end, cat) for start, end, cat, _ in echoed]
    if not echoed and (m := _TURN_START_CORRECTION.match(free)) and (n := _NUMBER_RUN.match(free, m.end())):
        length = len(_digits_of(n.group()))
        extra += [(n.start(), n.end(), cat) for digits, cat in said.items() if len(digits) == length][:1]
    lengths = {(n, cat) for *_, cat, n in echoed if n >= 3}
    extra += [(m.start(), m.end(), cat) for m, numbers in runs for n, cat in lengths
              if n in map(len, numbers) and not any(m.start() == e[0] for e in echoed)]
    return extra


def _spelled_codes(text: str) -> list[tuple[int, int, str]]:
    """Codes spelt with letter names and number words (``_SPELLED_CODE``, ``_SPELLED_POSTCODE``)."""
    return [(m.start(), m.end(), "ID") for m in _SPELLED_CODE.finditer(text)
            if len(_LETTER_NAME.findall(m.group())) >= 2 and len(re.findall(r"[^\W\d_]+", m.group())) >= 4] + [
        (m.start(), m.end(), "LOCATIE") for m in _SPELLED_POSTCODE.finditer(text)]


def _first_names() -> set[str]:
    """deduce's list of first names with the ones it sets aside as common words ("Lies", "Elke"),
    read from its package data; empty when a deduce release moves them."""
    folder = files("deduce").joinpath("data", "lookup", "src", "names", "lst_first_name")
    names: set[str] = set()
    for name in ("items.txt", "exceptions.txt"):
        try:
            names.update(w.strip() for w in folder.joinpath(name).read_text(encoding="utf-8").splitlines() if w.strip())
        except OSError:
            pass
    return names


_EMPHASIS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


def _dutch_word(word: str, compounds: bool = False) -> bool:
    """Whether simplemma's Dutch lexicon knows the word; with ``compounds``, also a compound of
    two known words ("Huurtoeslag", "Brievenbusagent"; with a linking s or e only before a word of four
    letters or more, so "Prot-e-ion" is no compound), as a sentence may start with one."""
    known = lambda w: simplemma.is_known(w, lang="nl") or simplemma.is_known(w.lower(), lang="nl")  # noqa: E731
    if known(word) or known(word.translate(_EMPHASIS)):  # "Dát", "Wél": accents for stress
        return True
    low = word.lower()
    return compounds and any(known(low[:i]) and (known(low[i:]) or low[i] in "se" and len(low) - i > 4
                                                 and known(low[i + 1:]))
                             for i in range(3, len(low) - 2))


_LEADING_ARTICLE = re.compile(r"(?:(?:Op|In|Aan|Naar|Bij|Uit|Langs)\s+(?=(?:de|den|het|'t)\s))?"
                              r"(?:(?:de|den|der|het|'t|van|ter|ten)\s+)+")


def _trim(text: str, start: int, end: int, category: str) -> tuple[int, int, str] | None:
    """A finding without lowercase articles in front (nor a preposition that starts the sentence before
    one: "Op den " of "Op den Bredabaan") or spaces around ("de " of "de Vondelstraat" when deduce splits
    it); None when nothing is left."""
    if m := _LEADING_ARTICLE.match(text, start, end):
        start = m.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end, category) if end > start else None


@lru_cache(maxsize=1)
def shared_pseudonymizer(notify: Callable[[str], None] | None = None) -> Pseudonymizer:
    """One Pseudonymizer per process: building deduce's processors takes seconds."""
    return Pseudonymizer(notify)


def _category(tag: str) -> str:
    for key, cat in CATEGORIES.items():
        if key in tag.lower():
            return cat
    return "PERSOON" if any(k in tag for k in ("naam", "initiaal", "prefix")) else "GEGEVEN"


class SessionTags:
    """Tags consistent within one session: the same string keeps the same tag."""

    def __init__(self):
        self.by_text: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    @staticmethod
    def key(original: str) -> str:
        return re.sub(r"\s+", " ", original).strip().casefold()

    def tag(self, original: str, category: str) -> str:
        key = self.key(original)
        if key not in self.by_text:
            self.counts[category] = self.counts.get(category, 0) + 1
            self.by_text[key] = f"[{category}-{self.counts[category]}]"
        return self.by_text[key]

    def key_rows(self, session_id: str, originals: dict[str, str]) -> list[dict]:
        return [{"session_id": session_id, "tag": tag, "original": originals[k]} for k, tag in self.by_text.items()]


def _label_names(label: str) -> list[str]:
    """The full label and its name parts (without titles) to find the speaker in the text."""
    parts = [p for p in re.findall(r"[\w'’-]{3,}", label) if p.lower().strip(".") not in _TITLES]
    return [label] + [p for p in parts if p != label]


#: Categories of names, whose case tells a name from a word ("Roos", "roos").
_NAMES = {"PERSOON", "LOCATIE", "ADRES", "INSTELLING", "NAAM"}


def _propagates(original: str, category: str) -> bool:
    """Whether a found string is replaced wherever else it occurs in the session.

    Names, places, addresses, institutions and unknown proper names are (initials too: "GJ"); so
    are longer strings of any kind ("vijfenveertig", "12 maart"). Short number words found once as
    an age ("Zes") are not: the same word answers a scaling question elsewhere.
    """
    if category in _NAMES:
        return (len(original) >= 3 or len(original) == 2 and original.isupper()) and any(
            c.isupper() for c in original)
    return len(original) >= 6


_PARTICLES = {"van", "de", "den", "der", "ter", "ten", "vanden", "vande", "le", "la", "du", "el", "al", "op", "in"}


_PARTICLE_SURNAME = re.compile(r"\b((?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr]?|[Vv]ande[nr]?)(?:\s+(?:[Dd]e[nr]?|[Tt]e[nr]?))*"
                               r"\s+[A-Z][\w'’-]+)")


def _name_parts(name: str) -> list[str]:
    """The parts of a found full name that may also occur alone ("Doelwijt" of "Jennifer
    Doelwijt"): capitalised words of three letters or more, not a title, a particle or a Dutch word;
    and a surname with particles written as one word ("Vandermeer" of "Dennis van der Meer")."""
    words = re.findall(r"[^\W\d_][\w'’-]{2,}", name)
    parts = [w for w in words if len(words) > 1 and w[0].isupper() and w.lower().strip(".") not in _TITLES
             and w.lower() not in _PARTICLES and not _dutch_word(w)]
    return parts + [re.sub(r"\s+", "", m.group(1)).capitalize() for m in _PARTICLE_SURNAME.finditer(name)]


def _replace_everywhere(texts: list[str], tags: dict[str, str], ignore_case: bool = False) -> list[str]:
    """Replace every whole-word occurrence of the strings in ``tags`` (longest first) by its tag."""
    if not tags:
        return texts
    fold = str.casefold if ignore_case else str
    lookup = {fold(name): tag for name, tag in tags.items()}
    alternatives = "|".join(re.escape(name) for name in sorted(tags, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w\[])({alternatives})(?![\w])", re.IGNORECASE if ignore_case else 0)
    return [pattern.sub(lambda m: lookup[fold(m.group(1))], text) for text in texts]


_AGE_TAG = re.compile(r"\[LEEFTIJD-\d+\]")


def _tag_further_ages(text: str, tags: SessionTags, originals: dict[str, str]) -> str:
    """Tag a further age after an age tag placed by recurrence ("Ja, [LEEFTIJD-1]. In maart
    vijfendertig."): the list rule of :meth:`Pseudonymizer.spans` sees only the turn's own findings."""
    position = 0
    while match := _AGE_TAG.search(text, position):
        position = match.end()
        if more := _AGE_MORE.match(text, position):
            original = more.group(1)
            originals[SessionTags.key(original)] = original
            tag = tags.tag(original, "LEEFTIJD")
            text = text[:more.start(1)] + tag + text[more.end(1):]
            position = more.start(1)
    return text


def _names_someone(name: str, pseudonymizer: Pseudonymizer, known: Iterable[str]) -> bool:
    """Whether a session id or file path holds personal data: found by the rules (separators read
    as spaces, each word capitalised as a name would be), or a name found in the session's turns."""
    readable = re.sub(r"[_./\\-]+", " ", name).title()
    words = {w for k in known for w in re.findall(r"[A-Z][^\W\d_]{3,}", k)}
    return bool(pseudonymizer.spans(readable)) or any(
        re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", readable, re.IGNORECASE) for w in words)


def pseudonymize_table(table: pd.DataFrame, pseudonymizer: Pseudonymizer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pseudonymise ``speaker`` and ``text`` (and recompute ``text_clean``) per session.

    A string found once is replaced wherever it occurs in the session (a school named mid-sentence
    is also replaced at the start of the next one). A session id or file path that holds personal
    data is replaced as a whole (``[SESSIE-1]``, ``[BESTAND-1]``). Returns the new table and the
    key (session_id, tag, original); drop the key to discard it.
    """
    out = table.copy()
    keys = []
    new_ids: dict = {}  # session ids that hold personal data become [SESSIE-n]
    new_sources: dict[str, str] = {}  # and file paths [BESTAND-n]
    for sid, rows in out.groupby("session_id", sort=False).groups.items():
        tags, originals = SessionTags(), {}
        label_tags: dict[str, str] = {}  # speaker names, found in the text whatever their case
        for label in dict.fromkeys(out.loc[rows, "speaker"].astype(str)):
            if builtin_role(label) is None and not re.fullmatch(r"SPEAKER_\d+", label):
                for name in _label_names(label):
                    label_tags[name] = tags.tag(name, "PERSOON")
                    originals[SessionTags.key(name)] = name
        texts = out.loc[rows, "text"].astype(str).tolist()
        found = _numbers_said_again(texts, _dictated_numbers(texts, [pseudonymizer.spans(text, previous)
                                                                 for text, previous in zip(texts, [""] + texts[:-1])]))
        category: dict[str, str] = {}  # one category per string in the session: a person before the rest
        for text, spans in zip(texts, found):
            for start, end, cat in spans:
                key = SessionTags.key(text[start:end])
                if _RANK.get(cat, 2) < _RANK.get(category.get(key, ""), 3):
                    category[key] = cat
        found_tags: dict[str, str] = {}  # strings found in the text, replaced wherever they occur as found
        new_texts = []
        for text, spans in zip(texts, found):
            pieces, last = [], 0
            for start, end, _ in spans:
                original = text[start:end]
                cat = category[SessionTags.key(original)]
                pieces += [text[last:start], tags.tag(original, cat)]
                originals[SessionTags.key(original)] = original
                if _propagates(original, cat):
                    found_tags[original] = tags.tag(original, cat)
                    if cat not in _NAMES and original[:1].isalpha():  # "vier maanden", then "Vier maanden, amai"
                        found_tags[original[0].swapcase() + original[1:]] = found_tags[original]
                last = end
            new_texts.append("".join(pieces) + text[last:])
        new_texts = _replace_everywhere(new_texts, found_tags)
        parts = {part for original, tag in found_tags.items() if tag.startswith("[PERSOON")
                 for part in _name_parts(original)}
        part_tags = {part: tags.tag(part, "PERSOON") for part in sorted(parts)
                     if any(re.search(rf"(?<![\w\[]){re.escape(part)}(?![\w])", t) for t in new_texts)}
        originals.update({SessionTags.key(part): part for part in part_tags})
        found_tags.update(part_tags)
        new_texts = _replace_everywhere(_replace_everywhere(new_texts, part_tags), label_tags, ignore_case=True)
        new_texts = [_tag_further_ages(text, tags, originals) for text in new_texts]
        out.loc[rows, "text"] = new_texts
        out.loc[rows, "speaker"] = [label_tags.get(s, s) for s in out.loc[rows, "speaker"].astype(str)]
        known = [*found_tags, *label_tags]
        if _names_someone(str(sid), pseudonymizer, known):
            new_ids[sid] = f"[SESSIE-{len(new_ids) + 1}]"
        for source in out.loc[rows, "source"].dropna().astype(str).unique():
            if source not in new_sources and _names_someone(source, pseudonymizer, known):
                new_sources[source] = f"[BESTAND-{len(new_sources) + 1}]"
        keys += tags.key_rows(new_ids.get(sid, str(sid)), originals)
    keys += [{"session_id": new, "tag": new, "original": str(old)} for old, new in new_ids.items()]
    keys += [{"session_id": "", "tag": new, "original": old} for old, new in new_sources.items()]
    out["session_id"] = out["session_id"].map(lambda v: new_ids.get(v, v))
    out["source"] = out["source"].map(lambda v: new_sources.get(v, v) if isinstance(v, str) else v)
    out["text_clean"] = out["text"].map(clean_text)
    return out, pd.DataFrame(keys, columns=["session_id", "tag", "original"])


def write_key(key: pd.DataFrame, path: str | Path) -> Path:
    """Write the key (tag -> original) for the researcher who holds it: owner-only, atomic."""
    from werkzaam.pipeline.atomic import atomic_path

    with atomic_path(path) as tmp:
        key.to_csv(tmp, index=False, encoding="utf-8")
    return Path(path)
