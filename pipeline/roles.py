"""Speaker roles: the built-in label map, a user's roles file, and inference per session."""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from werkzaam.pipeline.encoding import read_text
from werkzaam.pipeline.errors import InputError
from werkzaam.pipeline.schema import ROLES

WORKER_LABELS = {
    "ja", "justitieassistent", "justitieassistente", "hulpverlener", "hulpverleenster", "mw",
    "maatschappelijk werker", "maatschappelijk werkster", "maatschappelijk werk", "consulent",
    "consulente", "begeleider", "begeleidster", "w", "i", "int", "interviewer", "werker",
    "reclasseringswerker", "reclassering", "toezichthouder", "wijkteam", "wijkteammedewerker",
    "wijkcoach", "jeugdhulpverlener", "jeugdconsulent", "gezinscoach", "schuldhulpverlener",
    "budgetcoach", "trajectbegeleider", "casemanager", "coach", "therapeut", "counselor",
    "counsellor", "worker", "social worker", "caseworker", "probation officer", "interviewster",
}
CLIENT_LABELS = {
    "client", "c", "b", "k", "cl", "klant", "jongere", "justitiabele", "betrokkene", "deelnemer",
    "patient", "respondent", "geinterviewde",
}
#: Family and network labels: when the client must be inferred, these come after other speakers.
RELATION_LABELS = {
    "moeder", "vader", "ouder", "mama", "papa", "zoon", "dochter", "partner", "echtgenoot", "echtgenote",
    "man", "vrouw", "broer", "zus", "zuster", "oma", "opa", "tante", "oom", "buurman", "buurvrouw",
    "vriend", "vriendin", "grootmoeder", "grootvader", "stiefvader", "stiefmoeder",
}
OTHER_LABELS = {"tolk", "interpreter", "collega", "observator", "stagiair", "stagiaire"}


def normalise_label(label: str) -> str:
    """Lower case, no accents, no numbering or punctuation: 'Cliënt 2' -> 'client'."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def builtin_role(label: str) -> str | None:
    """The role of a standard speaker label, or None when the label is not standard."""
    key = normalise_label(label)
    for role, labels in (("worker", WORKER_LABELS), ("client", CLIENT_LABELS), ("other", OTHER_LABELS)):
        if key in labels:
            return role
    return None


@dataclass(frozen=True)
class RoleMap:
    """Roles given by the user: ``(session_id, speaker) -> role``; ``*`` matches every session."""

    entries: dict[tuple[str, str], str]

    def get(self, session_id: str, speaker: str) -> str | None:
        return self.entries.get((session_id, speaker)) or self.entries.get(("*", speaker))

    def speakers(self, session_id: str) -> set[str]:
        return {s for (sid, s) in self.entries if sid in (session_id, "*")}


def load_roles(path: str | Path) -> RoleMap:
    """Read a roles CSV with columns ``session_id,speaker,role``."""
    path = Path(path)
    text, _ = read_text(path)
    reader = csv.DictReader(io.StringIO(text))
    need = {"session_id", "speaker", "role"}
    if not reader.fieldnames or not need <= {f.strip() for f in reader.fieldnames}:
        raise InputError(path, "a roles file needs the columns session_id,speaker,role",
                         "put 'session_id,speaker,role' on the first line", line=1)
    entries: dict[tuple[str, str], str] = {}
    for row in reader:
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        if not any(row.values()):
            continue
        role = row["role"].lower()
        if role not in ROLES or not row["speaker"] or not row["session_id"]:
            raise InputError(path, f"role must be one of {', '.join(ROLES)}, with session_id and speaker filled in",
                             "correct the row ('*' as session_id means all sessions)", line=reader.line_num)
        entries[(row["session_id"], row["speaker"])] = role
    return RoleMap(entries)


def parse_roles_header(value: str) -> dict[str, str]:
    """Parse a ``# roles: JA=worker, C=client`` header value; unknown roles are skipped."""
    roles = {}
    for part in value.split(","):
        label, _, role = part.partition("=")
        if label.strip() and role.strip().lower() in ROLES:
            roles[label.strip()] = role.strip().lower()
    return roles


def infer_roles(speakers: Sequence[str], texts: Sequence[str], known: dict[str, str]) -> dict[str, str]:
    """Give a role to each speaker of one session whose role is not in ``known``.

    ``speakers`` and ``texts`` are the session's turns in order. Without a known worker, the
    unknown speaker who asks most questions is the worker (the one who opens the session wins
    a tie). Without a known client, the unknown speaker who says most words is the client,
    family labels (``DOCHTER``, ``PARTNER``) coming after the others. Any further unknown
    speakers (a partner, a daughter, an interpreter) are ``other``.
    """
    unknown = [s for s in dict.fromkeys(speakers) if s not in known]
    if not unknown:
        return {}
    inferred: dict[str, str] = {}
    if "worker" not in known.values():
        questions = {s: 0.0 for s in unknown}
        for speaker, text in zip(speakers, texts):
            if speaker in questions:
                questions[speaker] += text.count("?")
        if speakers[0] in questions:
            questions[speakers[0]] += 0.5
        inferred[max(unknown, key=lambda s: (questions[s], -unknown.index(s)))] = "worker"
    rest = [s for s in unknown if s not in inferred]
    if rest and "client" not in known.values():
        words = {s: 0 for s in rest}
        for speaker, text in zip(speakers, texts):
            if speaker in words:
                words[speaker] += len(text.split())
        person = {s: normalise_label(s) not in RELATION_LABELS for s in rest}
        inferred[max(rest, key=lambda s: (person[s], words[s], -rest.index(s)))] = "client"
    return {s: inferred.get(s, "other") for s in unknown}
