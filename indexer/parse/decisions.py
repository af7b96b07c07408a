"""What an agenda item decided: the decision text and its kind."""

from __future__ import annotations

import re

from ..records import DECISION_KINDS
from .blocks import LIST_MARKER
from .dates import is_date_line
from .decision_forms import (
    BARE_THAT,
    COUNT,
    NUMBER_WORDS,
    RESOLVED,
    RESOLVED_CASE,
    SEARCHES,
    SENTENCE_STOP,
)

DECISION_LABEL = re.compile(r"^decisions?(?:\s+(?:made|taken))?\s*:?$", re.I)
LABEL_RUN_ON = re.compile(r"^(?:Decisions?|DECISIONS?)(?:\s+(?i:made|taken))?\s*:?\s+"
                          r"(?=(?:(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:[Tt]o\s+[a-z]+|Approved|Agreed|Noted"
                          r"|Deferred|Endorsed|Adopted|Authori[sz]ed|Refused|Rejected|Decided)\b))")
"""A decision label with what was decided after it on one line: 'Decision Approved the …'."""
RESOLVED_CLOSING = re.compile(r"^(?:RESOLVED|Resolved)\.(?:\n|$)")
"""'RESOLVED.' closing a proposal's sentence at the end of its line."""
THAT_REACH = 8
"""How far into a paragraph a bare resolution's 'That' may start ('(12) That …')."""
THAT_BE = re.compile(r"^That\s[^.]{0,240}?\bbe\s+(?:\w+ed|set|made|given|taken|held|paid|met)\b")
"""A resolution's own form: 'That the fees be increased …', 'That Councillor Ede be appointed'."""
"""A decision's label on a line of its own ('Decision', 'Decision Made'): its words follow."""
LABEL_ONLY = re.compile(r"^(?:it\s+was\s+)?(?:resolved|agreed|decided"
                        r"|decisions?(?:\s+made|\s+taken)?(?:\s*:\s*that)?)\s*(?:[:.\-–]|/-)?\s*"
                        r"(?:\(?(?:minute\s+|ref(?:erence)?\.?\s*|no\.?\s*|[A-Z]{2,6}\s)?"
                        r"\d[\d./]*[a-z]?\)?)?\s*[:.\-–]?"
                        r"(?:\s*\((?:unanimously|by\s+(?:a\s+)?majority|nem\.?\s*con\.?"
                        r"|[A-Z][\w'’-]+(?:\s?/\s?[A-Z][\w'’-]+)?)\)\s*[:.\-–]?)?$",
                        re.I)
"""'Resolved 14/06/5.01', 'RESOLVED: (Unanimously)', 'RESOLVED: (Hollis/Rudd)': a decision's
label, its reference, the vote or its mover and seconder; its words are in the next lines."""
LABEL_END = re.compile(r"\b(?:RESOLVED|Resolved|AGREED)(?:\s+(?i:reasons?\s+for\s+(?:the\s+)?"
                       r"decisions?))?\s*[:\-–]?$")
"""'Following a vote it was RESOLVED' (perhaps over a grid's 'Reason for decision' column):
the label ends the line; the resolution's words are in the next lines."""
MOVER_FIELD = re.compile(r"^(?:Moved|Seconded|Proposed|MOVED|SECONDED|PROPOSED)(?:\s+by)?\s*:\s*\S")
"""A field naming who moved or seconded a resolution ('Moved: Cr Fiona Tremlett')."""
THAT_CLAUSE = re.compile(r"^(?:That|THAT)\s")
MOTION = re.compile(r"\b(?:It\s+was\s+)?(?:[Pp]roposed|[Mm]oved|[Rr]ecommended)\s+that\b")
CLOSING_REFERENCE = re.compile(r"\b(?:RESOLVED|Resolved)\s*:?\s*\d[\d./]*[a-z]?\s*(?=\n)")
WRAPPED_END = re.compile(r"\s(?:for|of|the|to|in|on|with|a|an|by|from|at|and|or|that|as|into"
                         r"|than|whether)$")
UNABLE = re.compile(r"\b(?:(?:could|can|would)\s*(?:not|n['’]t)|cannot)\s+be\s+(?:approved|agreed"
                    r"|adopted|signed|confirmed|taken|decided|made)\b", re.I)
"""What could not be decided ('could not be confirmed as too few members were present')."""
DECIDED_AS_FOLLOWS = re.compile(r"\b(?:my|the|its|their|his|her)\s+decisions?\b[^.]{0,60}"
                                r"\bas\s+follows\s*:\s*$|^(?:decisions?|decided)\s*:?\s*$", re.I)
"""What opens a decision in the words of a recommendation: 'I confirm my decisions … as
follows:', or a 'Decision' label over it (a Scottish council's minute)."""
STATED_DECISION = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?[Tt]o\s+(note|approve|agree"
                             r"|authori[sz]e|adopt|endorse|accept|award|extend|proceed|implement"
                             r"|make|introduce|appoint|refer|instruct|request|remit|grant|refuse"
                             r"|delegate|confirm|allocate|release|continue)\b")
"""A decision in the words of a recommendation: 'to approve the …', 'to note the report'."""
RECOMMENDATION = re.compile(r"^(?:RECOMMENDED|RECOMMENDATIONS?:|Recommended\s+that)\b")
"""Officers' recommendation in a report's summary, above the decision taken on it."""
DECIDER_SAID = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?"
                          r"(?:The\s+(?:[A-Z][\w'’-]*\s+|(?:for|of|and)\s+){0,8})?"
                          r"(?P<verb>(?i:approved|agreed|noted|deferred|endorsed|adopted"
                          r"|authori[sz]ed|instructed|delegated|refused|rejected|decided))\b")
"""Under a 'Decision:' label, a paragraph opened by the decision-maker's verb: '(1) Approved
the …', 'The Executive Member noted the update.'"""
DECIDER_LABEL = re.compile(
    r"^(?:That\s+)?(?:the\s+)?(?:[A-Z][\w'’&-]*\s+|(?:for|of|and)\s+){0,6}?"
    r"(?:Mayor|Leader|Member|Holder|Commissioner|Executive|Cabinet|Committee|Board|Council"
    r"|Panel|Director|Officer|Authority)(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w'’&,-]*|and|the)){1,6})?"
    r"(?:\s+(?P<verb>approves|agrees|decides|notes))?\s*:$")
"""A decision record's line naming who decides over what they decide, on the lines after it:
'That the Mayor:', 'The Cabinet Member for Transport approves:'."""
PRESENT_DECISION = re.compile(
    r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?P<verb>Approves|Agrees|Notes|Authori[sz]es|Delegates"
    r"|Endorses|Adopts|Decides|Grants|Confirms|Accepts|Awards|Rescinds|Appoints|Allocates"
    r"|Defers)\b")
"""What a decision-maker does, in the present, under DECIDER_LABEL: 'Approves a grant of …',
'Notes the report …'."""
PRESENT_AGREEING = re.compile(r"\band\s+(?:approves|agrees|authori[sz]es|endorses|adopts)\b")
FORMAL = frozenset(("resolved", "carried", "agreed", "lost"))
NOTED_FACT = re.compile(r"\bnoted\s+that\b", re.I)
"""'It was noted that the figures were late': a fact, not papers noted."""
AMENDMENT = re.compile(r"\bamendment\b", re.I)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
          "|December")
EARLIER = re.compile(rf"(?:In|On|During|Since|Back\s+in)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                     rf"(?:{MONTHS})\b|(?:In|During)\s+(?:19|20)\d\d\b|(?:At|In)\s+(?:the|its|their)"
                     r"\s+(?:last|previous|earlier)\s+meeting\b|Previously\b")
"""A sentence that opens on an earlier time reports a decision taken then, not in this meeting."""
NUMBER_FIRST = re.compile(r"^\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+|^\(?[a-z]{1,4}\)\s+")
BARE_WORDS = 6
VOTE_TALLY = re.compile(r"[,;]?\s*(?:unanimously|by\s+all\s+members\s+present"
                        r"|by\s+(?:a\s+)?majority(?:\s+vote)?|\(?\d{1,2}\s*(?:to|-|–|/)\s*\d{1,2}\)?|nem\.?\s*con\.?)",
                        re.I)
"""How a vote went, after its outcome: 'unanimously', 'by all members present', '(5 to 1)'."""
LIST_REACH = 6
VOTE_CONTEXT = re.compile(r"\b(?:vote|voting|motion|proposal|proposed|moved|seconded|amendment)\b",
                          re.I)
"""Words of the sentence that puts the question a vote's count answers."""
PUT_ONLY = re.compile(r"\b(?:[Pp]roposed|[Mm]oved|[Ss]econded|2nd)\b")
AGREEING = re.compile(r"\b(?:agreed|agree|approved|unanimous(?:ly)?|all\s+in\s+favour)\b", re.I)
"""A motion put ('proposed …, seconded …') against one recorded as agreed or approved."""
SUBJECT_WORDS = 4
"""Words a RESOLVED's own sentence may hold before it and still start there ('The Council
then RESOLVED')."""
TAIL_WORDS = 15
GRAM = 12
FEW_TEXTS = 16
STRENGTH = {kind: rank for rank, kind in enumerate(DECISION_KINDS)}
CLOSES_SENTENCE = re.compile(r"\s*\.(?:\s|$)")
"""A full stop straight after a decision's word: '… was proposed by Cllr Abbot, seconded by
Cllr Birch and RESOLVED.' decides what its whole sentence says."""
LEADING_REF = re.compile(r"^(?:[A-Z]{1,4}\s?)?\d{1,5}(?:[./:-]\d{1,5})*[.):]?\s+"
                         r"(?=(?:Resolved|RESOLVED|Agreed|AGREED|Noted|NOTED)\b)")
"""A minute's reference before the decision that opens its paragraph ('GP 4412 Resolved …')."""


SPACED_WORD = re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b")
SPACED_DECISIONS = frozenset(("RESOLVED", "AGREED", "DECIDED", "RECOMMENDED", "CARRIED"))
"""Decision words a clerk may space out letter by letter for emphasis."""


def _unspaced(match: re.Match[str]) -> str:
    """Return a letter-spaced decision word closed up ('R E S O L V E D'), else the text."""
    word = match.group(0).replace(" ", "")
    return word if word in SPACED_DECISIONS else match.group(0)


def decisions(paragraphs: list[str]) -> tuple[str, tuple[str, ...]]:
    """Return (kind, decision texts) of an item's paragraphs; 'none' when it decides nothing."""
    found: list[tuple[int, str, str]] = []
    # 'R E S O L V E D – that …': a decision's word typed with its letters spaced out.
    paragraphs = [SPACED_WORD.sub(_unspaced, p) if " E " in p else p for p in paragraphs]
    # 'GP 4412 Resolved to approve the apologies …': a minute's reference opens its paragraph.
    paragraphs = [LEADING_REF.sub("", p) if p[:1].isalnum() else p for p in paragraphs]
    # '<th>Decision</th><td>Approved the award …</td>': a form's row read as one line is its
    # label over what was decided.
    paragraphs = [part for p in paragraphs for part in _label_apart(p)]
    paragraphs = _rejoined(paragraphs)
    label = max((k for k, p in enumerate(paragraphs[:-1]) if DECISION_LABEL.match(p.strip())),
                default=None)
    if label is not None:
        # A committee system's 'Decision:' over what was decided: the officers'
        # 'RECOMMENDED that …' above it is what they asked for, not the decision (a vote
        # above it stays: 'The amendment was carried by 7 votes to 4.' / 'Decision' / 'AGREED …').
        kept = [p for p in paragraphs[:label] if not RECOMMENDATION.match(p)]
        paragraphs, label = kept + paragraphs[label:], len(kept)
    i = 0
    while i < len(paragraphs):
        kind, start = _decision_in(paragraphs[i])
        if not kind and i and _decided_as_follows(paragraphs[i - 1]):
            # 'I confirm my decisions on this matter as follows:' / 'to approve the …': a
            # decision-maker's statement, its decisions in the words of the recommendation.
            stated = STATED_DECISION.match(paragraphs[i])
            kind, start = (("noted" if stated.group(1).lower() == "note" else "agreed"), 0) \
                if stated else ("", 0)
        if not kind and i and paragraphs[i - 1].rstrip().endswith(":") \
                and (decider := DECIDER_LABEL.match(paragraphs[i - 1].strip())):
            # 'That the Mayor:' / 'Approves a grant of up to …': a record's decision-maker
            # over what is decided, in the present ('Notes …' notes); under 'That the Mayor
            # approves:', whatever follows is approved.
            present = PRESENT_DECISION.match(paragraphs[i])
            verb = (present.group("verb") if present else decider.group("verb") or "").lower()
            if verb == "notes" and PRESENT_AGREEING.search(paragraphs[i]):
                # 'Notes the report … and approves its proposals …': the stronger verb.
                verb = "approves"
            kind = "noted" if verb == "notes" else "deferred" if verb == "defers" \
                else "agreed" if verb else ""
            start = 0
        if not kind and i + 1 < len(paragraphs) and DECISION_LABEL.match(paragraphs[i].strip()) \
                and THAT_BE.match(paragraphs[i + 1]) \
                and not any(_decision_in(text)[0] for text in paragraphs):
            # 'DECISION:' / 'That the Council Tax Base for 2024/25 be set at …': a committee
            # system's label over the resolution, in the form a resolution takes, where the
            # item says no other way what was decided ('… agreed by the Cabinet').
            i += 1
            kind, start = "resolved", 0
        said = not kind and label is not None and i and DECIDER_SAID.match(paragraphs[i])
        if said:
            # 'Decision:' / 'The Executive Member for Highways:' / '(1) Approved the …', 'The
            # Executive Member deferred the item …': the decision-maker's verb says its kind.
            kind = _said_kind(paragraphs[i])
        if kind in ("", "agreed", "noted") and i + 1 < len(paragraphs) \
                and paragraphs[i].rstrip(" :").endswith(("was", "and")) \
                and LOST_WORD.search(paragraphs[i]) and SUBJUNCTIVE.match(paragraphs[i + 1]):
            # 'By affirmation of the meeting, it was' / 'The report be received and noted.': a
            # committee system's page that lost the word RESOLVED set apart between them.
            i += 0 if kind else 1
            kind, start = "resolved", start if kind else 0
        if kind and i + 1 < len(paragraphs) and LABEL_ONLY.match(paragraphs[i].strip()) \
                and is_date_line(paragraphs[i + 1]):
            # 'Decision Made:' / '11 February 2026': when it was decided, not what.
            kind = ""
        if not kind:
            i += 1
            continue
        text, i = _take_decision(paragraphs, i, start, kind)
        if said:
            # '(1) Noted the objections …' / '(2) Approved the order …': its strongest verb. A
            # bare 'Endorsed.' read with the sentence before it keeps its own verb's kind.
            kind = min((_said_kind(line) for line in text.split("\n")
                        if DECIDER_SAID.match(line)), key=STRENGTH.__getitem__, default=kind)
        found.append((STRENGTH[kind], kind, text))
    if not found:
        # 'That the work programme for 2019/20, as amended, be agreed.': a resolution whose
        # 'RESOLVED:' label a meeting page set apart, the only decision the item records.
        bare = tuple(p for p in paragraphs if "That " in p[:THAT_REACH] and BARE_THAT.match(p))
        return ("resolved", bare) if bare else ("none", ())
    if any(k == "lost" for _, k, _ in found):
        # 'Cllr Abbott proposed …, seconded by Cllr Howlett.' / … / 'the proposal, which
        # therefore fell.': a motion put is not agreed when the item records it lost.
        found = [f for f in found if f[1] != "agreed" or not PUT_ONLY.search(f[2])
                 or AGREEING.search(f[2])]
    kind = min(found)[1]
    # An item's decision is its strongest kind, shown first, as a result line shows it. Beside
    # a formal one, its other decisions stay with it, after it ('Motion carried.' before the
    # RESOLVED, 'It was agreed that …' after), and so does what the item put off or noted
    # ('The bank reconciliation was noted.'); a fact it noted ('It was noted that the figures
    # were late.') is commentary.
    texts = [text for _, k, text in found if k == kind]
    texts += [text for _, k, text in found if k != kind and kind in FORMAL
              and (k != "noted" or not NOTED_FACT.search(text))]
    # A motion then 'Carried unanimously' is taken with the motion: keep that, not both.
    inside = _inside_another(texts)
    first = {t: n for n, t in reversed(list(enumerate(texts)))}
    return kind, tuple(t for n, t in enumerate(texts) if t not in inside and first[t] == n)


def _rejoined(paragraphs: list[str]) -> list[str]:
    """Join a paragraph cut after a word that needs another ('The minutes of the' / '14th
    August 2019 approved and signed.') to the next, which opens with no capital and no list's
    marker ('1. Noted the report; and' / '2. Recommended …' stay apart)."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and WRAPPED_END.search(out[-1]) and not LIST_MARKER.match(paragraph) \
                and (paragraph[:1].isdigit() or paragraph[:1].islower()):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out


def _label_apart(paragraph: str) -> list[str]:
    """Return a paragraph opened by a decision label as the label and the rest, else itself."""
    match = LABEL_RUN_ON.match(paragraph)
    return [paragraph[:match.end()].strip(), paragraph[match.end():]] if match else [paragraph]


def _said_kind(text: str) -> str:
    """Return the kind of decision a decision-maker's verb opening text gives."""
    said = DECIDER_SAID.match(text)
    verb = said.group("verb").lower() if said else ""
    return verb if verb in ("noted", "deferred") else "agreed"


def _inside_another(texts: list[str]) -> set[str]:
    """Return the texts that another, different text holds.

    Each text is compared only with the texts that share its rarest run of GRAM characters
    (all texts when it is shorter), so thousands of decisions in one item are not quadratic.
    """
    distinct = set(texts)
    if len(distinct) <= FEW_TEXTS:
        return {t for t in distinct if any(t in other and t != other for other in distinct)}
    grams: dict[str, set[str]] = {}
    for text in distinct:
        for k in range(len(text) - GRAM + 1):
            grams.setdefault(text[k:k + GRAM], set()).add(text)
    inside = set()
    for text in distinct:
        keys = [text[k:k + GRAM] for k in range(len(text) - GRAM + 1)]
        others = min((grams[key] for key in keys), key=len) if keys else distinct
        if any(text in other for other in others if other != text):
            inside.add(text)
    return inside


def _decided_as_follows(text: str) -> bool:
    """Return True if text opens decisions in the words of a recommendation (DECIDED_AS_FOLLOWS),
    searched only in text that ends with a colon or is a word long."""
    tail = text.rstrip()
    return (tail.endswith(":") or len(tail) <= len("decisions")) \
        and DECIDED_AS_FOLLOWS.search(text) is not None


def _decision_in(text: str) -> tuple[str, int]:
    """Return the strongest decision kind in a paragraph and where its decision starts; a
    paragraph typed all in capitals ('IT WAS AGREED THAT THE CLERK WRITE …') is read as it
    would be in sentence case when its capitals give none."""
    found = _decision_in_case(text)
    if found[0] or not _all_capitals(text):
        return found
    cased = SENTENCE_OPENING.sub(lambda m: m.group(0).upper(), text.lower())
    return _decision_in_case(cased) if len(cased) == len(text) else found


CAPITALS_SHARE = 0.9
CAPITALS_SAMPLE = 80
"""The characters looked at first: a paragraph with lower case among them is not in capitals."""
MIN_CAPITALS = 20
SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.;:!?]\s))\W*\w|\bi\b")
"""The first letter of each sentence, and the pronoun 'I', which sentence case capitalises."""


def _all_capitals(text: str) -> bool:
    """Return True for a paragraph typed in capitals (a few letters in lower case allowed)."""
    if sum(c.islower() for c in text[:CAPITALS_SAMPLE]) > CAPITALS_SAMPLE // 10:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_CAPITALS \
        and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def _decision_in_case(text: str) -> tuple[str, int]:
    """Return the strongest decision kind in a paragraph and where its decision starts.

    A sentence saying a thing could not be decided ('The minutes … could not be confirmed as too
    few members were present.') decides nothing: it is blanked, its length kept, before the search.
    """
    if "not" in text and (unable := UNABLE.search(text)):
        start = max(text.rfind(". ", 0, unable.start()) + 1, 0)
        end = text.find(". ", unable.end())
        end = len(text) if end < 0 else end + 1
        text = text[:start] + " " * (end - start) + text[end:]
    lowered = text.lower()
    for kind, pattern, triggers in SEARCHES:
        if not any(word in lowered for word in triggers):
            continue
        match = pattern.search(text)
        if match and kind != "resolved":
            start = _sentence_start(text, match.start())
            if kind == "lost" and AMENDMENT.search(text, start, match.end()):
                # '… the amendment was not seconded and fell. The original proposal was carried
                # by 3 votes to 1.': the motion the amendment would have changed decides.
                # Its text keeps the amendment's fate.
                later = _decision_in(text[match.end():]) if match.end() < len(text) else ("", 0)
                if later[0] in FORMAL:
                    return later[0], start
            if not EARLIER.match(NUMBER_FIRST.sub("", text[start:], count=1)):
                return ("lost" if kind == "carried" and _outvoted(match.group(0)) else kind), start
            # 'In January 2010 Polvean County Council agreed a policy …': what was decided
            # before, and elsewhere; a decision of this meeting may follow it.
            later = _decision_in(text[match.end():]) if match.end() < len(text) else ("", 0)
            if later[0]:
                return later[0], later[1] + match.end()
            continue
        if match and (pattern is not RESOLVED or RESOLVED_CASE.search(match.group(0))):
            line_end = text.find("\n", match.start())
            closing = text[match.start():line_end if line_end >= 0 else len(text)]
            if match.start() and LABEL_ONLY.match(closing.strip()):
                # '… It was proposed that the quote be accepted. Proposed: …; seconded: …
                # Resolved 16/09/6/9.1': the reference closes the motion it records.
                motions = list(MOTION.finditer(text, 0, match.start()))
                if motions:
                    # From the sentence's start if only its mover is before ('Mrs Ede proposed
                    # that …').
                    motion = motions[-1].start()
                    sentence = _sentence_start(text, motion)
                    return kind, sentence if len(text[sentence:motion].split()) \
                        <= SUBJECT_WORDS else motion
            start = match.start()
            sentence = _sentence_start(text, start)
            if not match.group(0).startswith(("RESOLVED", "Resolved", "Resolution", "RESOLUTION")) \
                    or len(text[sentence:start].split()) <= SUBJECT_WORDS \
                    or CLOSES_SENTENCE.match(text, match.end()) \
                    or PUT_ONLY.search(text, sentence, start):
                # '… These points were agreed to and all resolved to continue …': the decision
                # is its whole sentence, as with the other kinds; so is 'The Council then
                # RESOLVED to …', its subject a few words before, and 'Proposed by Cllr Ede,
                # seconded by Cllr Frome and RESOLVED that …', the motion it passed.
                start = sentence
            elif adverb := MANNER_BEFORE.search(text, 0, start):
                # '… Seconded by Cllr Eastwood and UNANIMOUSLY RESOLVED: to accept …'.
                start = adverb.start()
            return kind, _vote_before(text, start)
    return "", 0


SECONDED_ONLY = re.compile(r"^\s*(?:[Ss]econded|2nd)\b[^.;]{0,40}[.;]?\s*$"
                           r"|^\s*[^.;]{0,60}?\b(?i:seconded\s+(?:the\s+(?:motion|proposal)|it))"
                           r"\s*[.;]?\s*$")
"""A sentence that only seconds: 'Seconded, Mr Kissack.', 'Commissioner Birch seconded the
motion.'."""
MOVER_ONLY = re.compile(r"^\s*(?:Proposed|Moved|Prop\.?)\b[^.;]{0,60}?\b(?:[Ss]econded|2nd)\b"
                        r"[^.;]{0,40}[.;]?\s*$")
"""A sentence that only names who proposed and seconded: 'Proposed Cllr Moss, seconded Cllr
Teale.'; the motion is the sentence before it."""
MOVER_NAMES = re.compile(r"^\s*(?:[A-Z]\.\s*){1,2}[A-Z][\w'’-]+\s*[,/]\s*(?:[A-Z]\.\s*){1,2}"
                         r"[A-Z][\w'’-]+\s*[.;]?\s*$")
"""A sentence of two names by their initials, the mover's and the seconder's, between a motion
and its outcome: 'Motion: To adopt the agenda as presented. A. Rasmussen, J. Pelletier.
Carried.'."""
PROPOSED = re.compile(r"\b(?i:proposed|moved)\b")
BARE_RESOLVED = re.compile(r"^(?:RESOLVED|Resolved)(?:\s+[\w,£.-]+){0,4}?\s*\.?$")
"""A resolution of a few words closing its line: 'Resolved.', 'Resolved unanimously.'."""
LOST_WORD = re.compile(r"(?:\b[Ii]t\s+was|\bseconded\s+by\s+[^.]{2,60}?\s+and)\s*:?\s*$")
"""A paragraph that ends where the resolution's word was: '… it was', '… seconded by X and'."""
SUBJUNCTIVE = re.compile(r"^(?:That\s+)?(?:The|This|These|Those|Its|All)\s[^.]{0,200}?"
                         r"(?<!\bto\s)\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
"""A resolution's clause in the subjunctive: 'The deed of variation be approved …'."""
MANNER_BEFORE = re.compile(r"\b(?i:unanimously|duly|formally)\s+$")
"""How a resolution was passed, written just before it: part of its words."""


def _motion_start(text: str, sentence: int, end: int) -> int:
    """Return where the motion a resolution passes begins: the sentence at sentence, or the
    one before it when that sentence only seconds ('Mrs Karran proposed that these be paid.
    Seconded, Mr Kissack. Resolved.')."""
    if not sentence:
        return sentence
    before = _sentence_start(text, sentence - 1)
    if MOVER_ONLY.match(text[sentence:end]) or MOVER_NAMES.match(text[sentence:end]):
        return before
    if not SECONDED_ONLY.match(text[sentence:end]):
        return sentence
    return before if PROPOSED.search(text, before, sentence) else sentence


def _vote_before(text: str, start: int) -> int:
    """Return where a vote lost or carried before a resolution in the same paragraph starts
    ('… the proposal was defeated by 4 votes to 2. It was RESOLVED that …'), else start: the
    resolution's text keeps the vote that led to it."""
    if not start:
        return start
    head = text[:start]
    lowered = head.lower()
    votes = [found.start() for kind, pattern, words in SEARCHES if kind in ("lost", "carried")
             and any(word in lowered for word in words) and (found := pattern.search(head))]
    return _sentence_start(text, min(votes)) if votes else start


def _outvoted(count: str) -> bool:
    """Return True for a vote's count with no more for than against ('Two councillors voted
    for and five against', 'For 3, Against 4')."""
    numbers = [int(w) if w.isdigit() else NUMBER_WORDS.index(w.lower()) + 1
               for w in re.findall(rf"\b(?:{COUNT})\b", count)]
    return len(numbers) >= 2 and numbers[1] >= numbers[0]


def _sentence_start(text: str, index: int) -> int:
    """Return the index where the sentence holding index begins."""
    # The stop just before index is found too: its look-ahead needs the letter at index.
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, 0, index + 1) if m.end() <= index]
    return stops[-1] if stops else 0


def _take_decision(paragraphs: list[str], i: int, start: int, kind: str) -> tuple[str, int]:
    """Return the decision beginning in paragraph i, with the list that follows it."""
    text = paragraphs[i][start:].strip()
    if kind == "resolved" and start and RESOLVED_CLOSING.match(text):
        # '… seconded by Cllr P. Ruddle, that the Council has no objection. RESOLVED.' at a
        # line's end: the sentence before is what was resolved, not the line after.
        earlier = _motion_start(paragraphs[i], _sentence_start(paragraphs[i], start - 1), start)
        stop = paragraphs[i].find("\n", start)
        return paragraphs[i][earlier:stop if stop > 0 else None].strip(), i + 1
    if kind == "resolved" and BARE_RESOLVED.match(text):
        # 'Proposed Cllr Ede, seconded Cllr Frome. Resolved to approve.': a resolution of a few
        # words passes the motion put in the sentence before.
        if start:
            earlier = _sentence_start(paragraphs[i], start - 1)
            head = paragraphs[i][earlier:start]
        else:
            head = paragraphs[i - 1] if i and not LIST_MARKER.match(paragraphs[i]) else ""
            head = head[_sentence_start(head, len(head)):]
        if head.strip() and (PUT_ONLY.search(head) or MOTION.search(head)) \
                and _decision_in(head)[0] in ("", "agreed"):
            if start:
                head = paragraphs[i][_motion_start(paragraphs[i], earlier, start):start]
            text = f"{head.strip()} {text}"
    closed = CLOSING_REFERENCE.search(text) if kind == "resolved" and MOTION.match(text) else None
    if closed:
        # '… it was proposed that … Resolved 16/09/6/12.2' / 'ii. Insurance …': the reference
        # ends the motion; the next sub-item is not part of it.
        return text[:closed.end()].strip(), i + 1
    if kind != "resolved" and _bare(paragraphs[i], start, kind) \
            and not (DECISION_LABEL.match(text) and i + 1 < len(paragraphs)):
        # 'Prop JB, 2nd DD. All agreed.', 'A vote was taken on the lights. Four Councillors were
        # in favour and three against.': an outcome says what it decided in the sentence before.
        # A sentence that decides something of its own is not what an agreement is about,
        # but a motion is what a vote carries.
        voted = kind in ("carried", "lost")
        if start:
            earlier = _sentence_start(paragraphs[i], start - 1)
            if voted:
                # 'Cllr Garth proposed that the lease be renewed. Seconded Cllr Penn.
                # Carried.': what the vote carried is the motion before its seconder.
                earlier = _motion_start(paragraphs[i], earlier, start)
            if voted or not _decision_in(paragraphs[i][earlier:start])[0]:
                text = paragraphs[i][earlier:].strip()
        elif i > 0 and not LIST_MARKER.match(paragraphs[i]):
            before = paragraphs[i - 1]
            if not (kind == "carried" and len(text) < 40):
                before = before[_sentence_start(before, len(before)):]
            opened = _list_opened(paragraphs, i)
            put = _proposal_above(paragraphs, i) if voted else None
            if put is not None:
                # 'Proposal: to approve the October payments' / 'Proposed: Councillor Bosustow' /
                # 'Vote: All councillors in favour': the labelled motion the vote carried.
                text = "\n".join([*paragraphs[put:i], text])
            elif opened is not None:
                # '13.1 Accept accounts … and agree cheques be signed and payments approved:'
                # / the payments / 'Prop JB 2nd GK All agreed.': what the list put.
                text = "\n".join([*paragraphs[opened:i], text])
            elif voted or not _decision_in(before)[0]:
                text = f"{before} {text}"
    elif start == 0 and i > 0 and re.search(r"[a-z]$", paragraphs[i - 1].rstrip()) \
            and not LIST_MARKER.match(paragraphs[i]):
        # '… proposed to extend the meeting beyond' / '4.30pm and it was agreed unanimously.':
        # the sentence began on the line before.
        before = paragraphs[i - 1]
        text = f"{before[_sentence_start(before, len(before)):]} {text}"
    pieces, j = [text], i + 1
    listing = ":\n" in text
    # Whether it goes on depends on the decision's end (its last piece, unless that is blank)
    # and on whether it opened a list, kept as it grows: joining it each time was quadratic.
    while j < len(paragraphs) and _continues(
            pieces[-1] if pieces[-1].strip() else "\n".join(pieces), paragraphs[j], kind,
            listing):
        listing = listing or pieces[-1].endswith(":") or ":\n" in paragraphs[j]
        pieces.append(paragraphs[j])
        j += 1
    return "\n".join(pieces), j


def _list_opened(paragraphs: list[str], i: int) -> int | None:
    """Return the paragraph just before i, or a few before, that opens with a colon the list
    an outcome at i closes, if one does and decides nothing itself."""
    for k in range(i - 1, max(-1, i - LIST_REACH - 1), -1):
        if paragraphs[k].rstrip().endswith(":"):
            return None if _decision_in(paragraphs[k])[0] else k
        if _decision_in(paragraphs[k])[0]:
            return None
    return None


MOVERS_FIRST = re.compile(r"^\s*(?:(?i:moved|proposed|seconded)(?:\s+(?i:by))?\s*:?\s+"
                          r"(?:(?i:cr|cllr|councillor|mr|mrs|ms|dr)\.?\s+)?"
                          r"(?:[A-Z][\w'’-]*\s+){1,3}[.;,]?\s*){1,2}")
"""Who moved and seconded a motion, before its outcome on the same line ('MOVED Cr Esler
SECONDED Cr Battersby CARRIED', 'MOVED: CR BRUCE MENZEL SECONDED: CR KERRIE HADDOW CARRIED.')."""


def _bare(paragraph: str, start: int, kind: str) -> bool:
    """Return True for a decision whose sentence is only its outcome: a few words ('All
    agreed.', 'Motion approved.') or a vote's count."""
    stop = SENTENCE_STOP.search(paragraph, start)
    sentence = paragraph[start:stop.start() if stop else len(paragraph)]
    if kind in ("carried", "lost"):
        # 'Motion Carried Unanimously, By All Members Present': how the vote went is no part
        # of what was decided.
        sentence = MOVERS_FIRST.sub(" ", VOTE_TALLY.sub(" ", sentence))
    return len(sentence.split()) <= BARE_WORDS or (kind in ("carried", "lost") and bool(
        VOTE_CONTEXT.search(paragraph, 0, start)))


CLAUSE_NUMBER = re.compile(r"^(?:(?:RESOLVED|Resolved|AGREED|Agreed)\s*[:–—-]*\s*)?"
                           r"(?:\((\d{1,2})\)\s|(\d{1,2})[.)]\s+(?=(?i:that|to)\s))")
"""A resolution's numbered clause: '(2) That the Manager be authorised …', '2. That the Chair
sign …'; the first may follow the decision's word ('RESOLVED – 1. That the Statement …')."""


def _last_paragraph(text: str) -> str:
    """Return the text after its last line break."""
    return text[text.rfind("\n") + 1:]


PROPOSAL_LABEL = re.compile(r"^(?:Proposal|Motion|Resolution)\s*:\s*\S", re.I)
MOVER_LINE = re.compile(r"^(?:Proposed|Seconded|Moved|Proposer|Seconder)\s*(?:by)?\s*:?\s+"
                        r"\S[^.;]{0,60}[.;]?$", re.I)
"""A block of labelled lines: the motion ('Proposal: to …'), who moved and seconded it."""




MOTION_THAT = re.compile(r"(?:^|\n)(?:That|THAT)\s+\S")
"""A motion's words, on a line of their own ('COUNCIL RESOLUTION' / 'That Council accept …')."""


TALLY_LINE = re.compile(r"^(?:voting\s+)?(?:ayes?|yeas?|nays?|noes|no|absent|abstain(?:ed|ing)?"
                        r"|abstentions?|excused)\s*:", re.I)
TALLY_LINES = 4
"""A vote's tally, a line for each side ('Voting AYE: Kowalczyk and Braun', 'Absent: none')."""
MOVED_TO = re.compile(r"\b(?:[Mm]oved|MOVED|[Mm]otion)\s+(?:was\s+made\s+)?by\b[^.]{1,80}?"
                      r"\bto\s+[a-z]")
"""A motion in a sentence: 'Moved by G Halvorsen second by M Braun to approve …'."""


def _proposal_above(paragraphs: list[str], i: int) -> int | None:
    """Return where a labelled motion starts above a vote at paragraph i, past the lines naming
    its mover and seconder ('Proposal: …' / 'Proposed: …' / 'Seconded: …'), or a motion's
    'That …' above them ('That Council accept …' / 'MOVED Cr Esler' / 'SECONDED …'); or None."""
    k = i - 1
    while k > 0 and i - k <= 2 and MOVER_LINE.match(paragraphs[k].strip()):
        k -= 1
    if k < i - 1 and (PROPOSAL_LABEL.match(paragraphs[k]) or (
            MOTION_THAT.search(paragraphs[k]) and not _decision_in(paragraphs[k])[0])):
        return k
    k = i - 1
    while k > 0 and i - k <= TALLY_LINES and TALLY_LINE.match(paragraphs[k].strip()):
        k -= 1
    if k < i - 1 and MOVED_TO.search(paragraphs[k]) and not _decision_in(paragraphs[k])[0]:
        # 'Moved by G Halvorsen second by M Braun to approve the minutes …' / 'Voting AYE:
        # Kowalczyk, Halvorsen and Braun' / 'Voting Nay: none' / 'Absent: none' / 'Motion
        # carried': the motion above the vote's tally.
        return k
    return None


def _continues(decision: str, nxt: str, kind: str, listing: bool) -> bool:
    """Return True if the next paragraph carries on the decision (its list or its lines).

    decision may be only the decision's end; listing says whether it holds ':' + a new line.
    """
    if LABEL_ONLY.match(decision.strip()) or LABEL_END.search(decision.rstrip()):
        return True
    if MOVER_FIELD.match(decision.strip()) and (MOVER_FIELD.match(nxt) or THAT_CLAUSE.match(nxt)):
        # 'Resolved WDC 2025/041' / 'Moved: Cr Fiona Tremlett' / 'Seconded: Cr Jared Kingi' /
        # 'That the apology … be accepted.': the movers' fields, then what was resolved.
        return True
    if _decision_in(nxt)[0]:
        # 'RESOLVED that Council:' / 'Substantive Motion carried.' / '1. Notes …': the result
        # said before the list it introduces.
        return decision.rstrip().endswith(":") and len(nxt.split()) <= BARE_WORDS

    if decision.rstrip().endswith((":", ";", "-", "–")) or decision.endswith(" and"):
        return True
    if WRAPPED_END.search(decision) and (nxt[:1].isupper() or nxt[:1] in "“\"'‘") \
            and not LIST_MARKER.match(nxt):
        # '… the proposed Joint Working Protocol for' / 'Care Leavers, and that …': a line cut
        # after a word that needs another goes on.
        return True
    if (nxt[:1].islower() or nxt[:1] == "[") and not re.search(r"[.!?]['\"”’)]?$",
                                                               decision.rstrip()):
        return True
    if re.search(r"[a-z]$", decision.rstrip()) and nxt.rstrip().endswith(".") \
            and len(nxt.split()) <= TAIL_WORDS and nxt[:1].isupper() and not LIST_MARKER.match(nxt):
        # 'RESOLVED that the County Council notes the report and associated' / 'Member
        # responsibilities as corporate parents.': the sentence's end, cut off by the page.
        return True
    if kind == "carried" and re.match(r"^(?:MOTION|SECOND|AYES|NAYS|NOES|ABSENT|ABSTAIN)", nxt):
        return True
    if listing and LIST_MARKER.match(nxt):
        # 'RESOLVED that the Council:' / '(1) Endorses …' / '(2) Expects …': its whole list.
        return True
    last, following = CLAUSE_NUMBER.match(_last_paragraph(decision)), CLAUSE_NUMBER.match(nxt)
    if last and following and bool(last.group(1)) == bool(following.group(1)) \
            and int(following.group(1) or following.group(2)) \
            == int(last.group(1) or last.group(2)) + 1:
        # 'RESOLVED –' / '(1) That the programme be approved.' / '(2) That the Manager be
        # authorised …', 'RESOLVED – 1. That the Statement … be approved.' / '2. That the
        # Chair sign …': the resolution's next clause, numbered the same way.
        return True
    return bool(LIST_MARKER.match(nxt)) and bool(re.match(r"^(?:\(?[A-Za-z]\)|[A-Z]\.|"
                                                           r"\(?[ivx]+\)|[-–•·])", nxt))
