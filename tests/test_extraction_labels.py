"""Extraction against hand-labelled documents (tests/data/extraction/*.expected.json).

Seeds run from local copies; PDF cases, real papers and the archive labels of other councils
are read from ../shared and skip when it is absent. `python -m bench.extraction_quality -v`
prints the figures. The archive labels (archive_*) were read while tuning the parser; the
held-out ones (heldout_*, and the later heldout2_* to heldout7_*) and the minutes written in
other councils' layouts (written_* to written34_*) were not, and are held to their own, lower,
bars.
"""

from __future__ import annotations

import pytest

from bench.scoring.extraction import Case, Counts, load_cases, parse_case, score

CASES = load_cases()
# Per document: title F1, decisions found, speaker F1. The seeds are the archive's own shapes;
# an archive document is held to no per-document bar but its dates, and to its set's bars.
BARS = {"seed": (1.0, 1.0, 0.95), "pdfcase": (1.0, 1.0, 0.95), "realdoc": (0.84, 0.7, 0.2),
        "archive": (0.0, 0.0, 0.0), "heldout": (0.0, 0.0, 0.0),
        "heldout2": (0.0, 0.0, 0.0), "heldout3": (0.0, 0.0, 0.0), "heldout4": (0.0, 0.0, 0.0),
        "heldout5": (0.0, 0.0, 0.0), "heldout6": (0.0, 0.0, 0.0),
        "heldout7": (0.0, 0.0, 0.0), "written": (0.0, 0.0, 0.0),
        "written2": (0.0, 0.0, 0.0), "written3": (0.0, 0.0, 0.0), "written4": (0.0, 0.0, 0.0),
        "written5": (0.0, 0.0, 0.0), "written6": (0.0, 0.0, 0.0), "written7": (0.0, 0.0, 0.0),
        "written8": (0.0, 0.0, 0.0), "written9": (0.0, 0.0, 0.0), "written10": (0.0, 0.0, 0.0),
        "written11": (0.0, 0.0, 0.0), "written12": (0.0, 0.0, 0.0),
        "written13": (0.0, 0.0, 0.0), "written14": (0.0, 0.0, 0.0),
        "written15": (0.0, 0.0, 0.0), "written16": (0.0, 0.0, 0.0),
        "written17": (0.0, 0.0, 0.0), "written18": (0.0, 0.0, 0.0),
        "written19": (0.0, 0.0, 0.0), "written20": (0.0, 0.0, 0.0),
        "written21": (0.0, 0.0, 0.0), "written22": (0.0, 0.0, 0.0),
        "written23": (0.0, 0.0, 0.0), "written24": (0.0, 0.0, 0.0),
        "written25": (0.0, 0.0, 0.0), "written26": (0.0, 0.0, 0.0),
        "written27": (0.0, 0.0, 0.0), "written28": (0.0, 0.0, 0.0),
        "written29": (0.0, 0.0, 0.0), "written30": (0.0, 0.0, 0.0),
        "written31": (0.0, 0.0, 0.0), "written32": (0.0, 0.0, 0.0),
        "written33": (0.0, 0.0, 0.0), "written34": (0.0, 0.0, 0.0),
        "written35": (0.0, 0.0, 0.0), "written36": (0.0, 0.0, 0.0),
        "written37": (0.0, 0.0, 0.0), "written38": (0.0, 0.0, 0.0),
        "written39": (0.0, 0.0, 0.0), "written40": (0.0, 0.0, 0.0),
        "written41": (0.0, 0.0, 0.0), "written42": (0.0, 0.0, 0.0),
        "written43": (0.0, 0.0, 0.0), "written44": (0.0, 0.0, 0.0),
        "written45": (0.0, 0.0, 0.0), "written46": (0.0, 0.0, 0.0),
        "written47": (0.0, 0.0, 0.0), "written48": (0.0, 0.0, 0.0),
        "written49": (0.0, 0.0, 0.0), "written50": (0.0, 0.0, 0.0),
        "written51": (0.0, 0.0, 0.0), "written52": (0.0, 0.0, 0.0),
        "written53": (0.0, 0.0, 0.0), "written54": (0.0, 0.0, 0.0),
        "written55": (0.0, 0.0, 0.0), "written56": (0.0, 0.0, 0.0),
        "written57": (0.0, 0.0, 0.0), "written58": (0.0, 0.0, 0.0),
        "written59": (0.0, 0.0, 0.0), "written60": (0.0, 0.0, 0.0),
        "written61": (0.0, 0.0, 0.0), "written62": (0.0, 0.0, 0.0),
        "written63": (0.0, 0.0, 0.0), "written64": (0.0, 0.0, 0.0),
        "written65": (0.0, 0.0, 0.0), "written66": (0.0, 0.0, 0.0),
        "written67": (0.0, 0.0, 0.0), "written68": (0.0, 0.0, 0.0),
        "written69": (0.0, 0.0, 0.0), "written70": (0.0, 0.0, 0.0),
        "written71": (0.0, 0.0, 0.0), "written72": (0.0, 0.0, 0.0),
        "written73": (0.0, 0.0, 0.0), "written74": (0.0, 0.0, 0.0),
        "written75": (0.0, 0.0, 0.0), "written76": (0.0, 0.0, 0.0),
        "written77": (0.0, 0.0, 0.0), "written78": (0.0, 0.0, 0.0),
        "written79": (0.0, 0.0, 0.0), "written80": (0.0, 0.0, 0.0),
        "written81": (0.0, 0.0, 0.0), "written82": (0.0, 0.0, 0.0),
        "written83": (0.0, 0.0, 0.0), "written84": (0.0, 0.0, 0.0),
        "written85": (0.0, 0.0, 0.0), "written86": (0.0, 0.0, 0.0),
        "written87": (0.0, 0.0, 0.0), "written88": (0.0, 0.0, 0.0),
        "written89": (0.0, 0.0, 0.0), "written90": (0.0, 0.0, 0.0),
        "written91": (0.0, 0.0, 0.0), "written92": (0.0, 0.0, 0.0),
        "written93": (0.0, 0.0, 0.0), "written94": (0.0, 0.0, 0.0),
        "written95": (0.0, 0.0, 0.0), "written96": (0.0, 0.0, 0.0),
        "written97": (0.0, 0.0, 0.0), "written98": (0.0, 0.0, 0.0),
        "written99": (0.0, 0.0, 0.0), "written100": (0.0, 0.0, 0.0),
        "written101": (0.0, 0.0, 0.0), "written102": (0.0, 0.0, 0.0),
        "written103": (0.0, 0.0, 0.0), "written104": (0.0, 0.0, 0.0),
        "written105": (0.0, 0.0, 0.0), "written106": (0.0, 0.0, 0.0),
        "written107": (0.0, 0.0, 0.0), "written108": (0.0, 0.0, 0.0),
        "written109": (0.0, 0.0, 0.0), "written110": (0.0, 0.0, 0.0),
        "written111": (0.0, 0.0, 0.0), "written112": (0.0, 0.0, 0.0),
        "written113": (0.0, 0.0, 0.0), "written114": (0.0, 0.0, 0.0),
        "written115": (0.0, 0.0, 0.0), "written116": (0.0, 0.0, 0.0),
        "written117": (0.0, 0.0, 0.0), "written118": (0.0, 0.0, 0.0),
        "written119": (0.0, 0.0, 0.0), "written120": (0.0, 0.0, 0.0),
        "written121": (0.0, 0.0, 0.0), "written122": (0.0, 0.0, 0.0),
        "written123": (0.0, 0.0, 0.0), "written124": (0.0, 0.0, 0.0),
        "written125": (0.0, 0.0, 0.0), "written126": (0.0, 0.0, 0.0),
        "written127": (0.0, 0.0, 0.0), "written128": (0.0, 0.0, 0.0),
        "written129": (0.0, 0.0, 0.0), "written130": (0.0, 0.0, 0.0),
        "written131": (0.0, 0.0, 0.0), "written132": (0.0, 0.0, 0.0),
        "written133": (0.0, 0.0, 0.0), "written134": (0.0, 0.0, 0.0),
        "written135": (0.0, 0.0, 0.0), "written136": (0.0, 0.0, 0.0),
        "written137": (0.0, 0.0, 0.0), "written138": (0.0, 0.0, 0.0),
        "written139": (0.0, 0.0, 0.0), "written140": (0.0, 0.0, 0.0),
        "written141": (0.0, 0.0, 0.0), "written142": (0.0, 0.0, 0.0),
        "written143": (0.0, 0.0, 0.0), "written144": (0.0, 0.0, 0.0),
        "written145": (0.0, 0.0, 0.0), "written146": (0.0, 0.0, 0.0),
        "written147": (0.0, 0.0, 0.0), "written148": (0.0, 0.0, 0.0),
        "written149": (0.0, 0.0, 0.0), "written150": (0.0, 0.0, 0.0),
        "written151": (0.0, 0.0, 0.0), "written152": (0.0, 0.0, 0.0),
        "written153": (0.0, 0.0, 0.0), "written154": (0.0, 0.0, 0.0),
        "written155": (0.0, 0.0, 0.0), "written156": (0.0, 0.0, 0.0),
        "written157": (0.0, 0.0, 0.0), "written158": (0.0, 0.0, 0.0),
        "written159": (0.0, 0.0, 0.0), "written160": (0.0, 0.0, 0.0),
        "written161": (0.0, 0.0, 0.0), "written162": (0.0, 0.0, 0.0),
        "written163": (0.0, 0.0, 0.0), "written164": (0.0, 0.0, 0.0),
        "written165": (0.0, 0.0, 0.0), "written166": (0.0, 0.0, 0.0),
        "written167": (0.0, 0.0, 0.0), "written168": (0.0, 0.0, 0.0),
        "written169": (0.0, 0.0, 0.0), "written170": (0.0, 0.0, 0.0),
        "written171": (0.0, 0.0, 0.0), "written172": (0.0, 0.0, 0.0),
        "written173": (0.0, 0.0, 0.0), "written174": (0.0, 0.0, 0.0),
        "written175": (0.0, 0.0, 0.0), "written176": (0.0, 0.0, 0.0),
        "written177": (0.0, 0.0, 0.0), "written178": (0.0, 0.0, 0.0),
        "written179": (0.0, 0.0, 0.0), "written180": (0.0, 0.0, 0.0),
        "written181": (0.0, 0.0, 0.0), "written182": (0.0, 0.0, 0.0),
        "written183": (0.0, 0.0, 0.0), "written184": (0.0, 0.0, 0.0),
        "written185": (0.0, 0.0, 0.0), "written186": (0.0, 0.0, 0.0),
        "written187": (0.0, 0.0, 0.0), "written188": (0.0, 0.0, 0.0),
        "written189": (0.0, 0.0, 0.0), "written190": (0.0, 0.0, 0.0),
        "written191": (0.0, 0.0, 0.0), "written192": (0.0, 0.0, 0.0),
        "written193": (0.0, 0.0, 0.0), "written194": (0.0, 0.0, 0.0),
        "written195": (0.0, 0.0, 0.0), "written196": (0.0, 0.0, 0.0),
        "written197": (0.0, 0.0, 0.0), "written198": (0.0, 0.0, 0.0),
        "written199": (0.0, 0.0, 0.0), "written200": (0.0, 0.0, 0.0),
        "written201": (0.0, 0.0, 0.0), "written202": (0.0, 0.0, 0.0),
        "written203": (0.0, 0.0, 0.0), "written204": (0.0, 0.0, 0.0),
        "written205": (0.0, 0.0, 0.0), "written206": (0.0, 0.0, 0.0),
        "written207": (0.0, 0.0, 0.0), "written208": (0.0, 0.0, 0.0),
        "written209": (0.0, 0.0, 0.0), "written210": (0.0, 0.0, 0.0),
        "written211": (0.0, 0.0, 0.0), "written212": (0.0, 0.0, 0.0),
        "written213": (0.0, 0.0, 0.0), "written214": (0.0, 0.0, 0.0),
        "written215": (0.0, 0.0, 0.0), "written216": (0.0, 0.0, 0.0),
        "written217": (0.0, 0.0, 0.0), "written218": (0.0, 0.0, 0.0),
        "written219": (0.0, 0.0, 0.0), "written220": (0.0, 0.0, 0.0),
        "written221": (0.0, 0.0, 0.0), "written222": (0.0, 0.0, 0.0),
        "written223": (0.0, 0.0, 0.0), "written224": (0.0, 0.0, 0.0),
        "written225": (0.0, 0.0, 0.0), "written226": (0.0, 0.0, 0.0),
        "written227": (0.0, 0.0, 0.0), "written228": (0.0, 0.0, 0.0),
        "written229": (0.0, 0.0, 0.0), "written230": (0.0, 0.0, 0.0),
        "written231": (0.0, 0.0, 0.0), "written232": (0.0, 0.0, 0.0),
        "written233": (0.0, 0.0, 0.0), "written234": (0.0, 0.0, 0.0),
        "written235": (0.0, 0.0, 0.0),
        "written236": (0.0, 0.0, 0.0), "written237": (0.0, 0.0, 0.0),
        "written238": (0.0, 0.0, 0.0), "written239": (0.0, 0.0, 0.0),
        "written240": (0.0, 0.0, 0.0), "written241": (0.0, 0.0, 0.0),
        "written242": (0.0, 0.0, 0.0), "written243": (0.0, 0.0, 0.0),
        "written244": (0.0, 0.0, 0.0), "written245": (0.0, 0.0, 0.0),
        "written246": (0.0, 0.0, 0.0), "written247": (0.0, 0.0, 0.0),
        "written248": (0.0, 0.0, 0.0), "written249": (0.0, 0.0, 0.0),
        "written250": (0.0, 0.0, 0.0), "written251": (0.0, 0.0, 0.0),
        "written252": (0.0, 0.0, 0.0), "written253": (0.0, 0.0, 0.0),
        "written254": (0.0, 0.0, 0.0), "written255": (0.0, 0.0, 0.0),
        "written256": (0.0, 0.0, 0.0), "written257": (0.0, 0.0, 0.0),
        "written258": (0.0, 0.0, 0.0), "written259": (0.0, 0.0, 0.0),
        "written260": (0.0, 0.0, 0.0), "written261": (0.0, 0.0, 0.0),
        "written262": (0.0, 0.0, 0.0), "written263": (0.0, 0.0, 0.0),
        "written264": (0.0, 0.0, 0.0), "written265": (0.0, 0.0, 0.0),
        "written266": (0.0, 0.0, 0.0), "written267": (0.0, 0.0, 0.0),
        "written268": (0.0, 0.0, 0.0), "written269": (0.0, 0.0, 0.0),
        "written270": (0.0, 0.0, 0.0), "written271": (0.0, 0.0, 0.0),
        "written272": (0.0, 0.0, 0.0), "written273": (0.0, 0.0, 0.0),
        "written274": (0.0, 0.0, 0.0), "written275": (0.0, 0.0, 0.0),
        "written276": (0.0, 0.0, 0.0), "written277": (0.0, 0.0, 0.0),
        "written278": (0.0, 0.0, 0.0), "written279": (0.0, 0.0, 0.0),
        "written280": (0.0, 0.0, 0.0), "written281": (0.0, 0.0, 0.0),
        "written282": (0.0, 0.0, 0.0), "written283": (0.0, 0.0, 0.0),
        "written284": (0.0, 0.0, 0.0), "written285": (0.0, 0.0, 0.0),
        "written286": (0.0, 0.0, 0.0), "written287": (0.0, 0.0, 0.0),
        "written288": (0.0, 0.0, 0.0), "written289": (0.0, 0.0, 0.0),
        "written290": (0.0, 0.0, 0.0), "written291": (0.0, 0.0, 0.0),
        "written292": (0.0, 0.0, 0.0), "written293": (0.0, 0.0, 0.0),
        "written294": (0.0, 0.0, 0.0), "written295": (0.0, 0.0, 0.0),
        "written296": (0.0, 0.0, 0.0), "written297": (0.0, 0.0, 0.0),
        "written298": (0.0, 0.0, 0.0), "written299": (0.0, 0.0, 0.0),
        "written300": (0.0, 0.0, 0.0), "written301": (0.0, 0.0, 0.0),
        "written302": (0.0, 0.0, 0.0), "written303": (0.0, 0.0, 0.0),
        "written304": (0.0, 0.0, 0.0), "written305": (0.0, 0.0, 0.0),
        "written306": (0.0, 0.0, 0.0), "written307": (0.0, 0.0, 0.0)}
# Per set, over all its documents: title F1, decisions found, speaker F1, committees named.
SET_BARS = {"seen": (0.97, 0.95, 0.85, 0.8), "archive": (0.97, 0.99, 0.93, 0.95),
            "heldout": (0.92, 0.95, 0.79, 0.85), "heldout2": (0.95, 0.95, 0.87, 0.9),
            "heldout3": (0.94, 0.95, 0.91, 0.9), "heldout4": (0.91, 0.95, 0.89, 0.9),
            "heldout5": (0.95, 0.97, 0.90, 0.95), "heldout6": (0.91, 0.76, 0.78, 0.95),
            "heldout7": (0.89, 0.89, 0.77, 0.95), "written": (0.94, 0.90, 0.92, 0.95),
            "written2": (0.92, 0.82, 0.84, 0.95), "written3": (0.94, 0.92, 0.91, 0.95),
            "written4": (0.87, 0.88, 0.77, 0.5), "written5": (0.95, 0.95, 0.90, 0.95),
            "written6": (0.93, 0.93, 0.83, 0.95), "written7": (0.92, 0.82, 0.73, 0.85),
            "written8": (0.93, 0.90, 0.89, 0.95), "written9": (0.92, 0.85, 0.80, 0.74),
            "written10": (0.93, 0.95, 0.86, 0.95), "written11": (0.95, 0.95, 0.69, 0.9),
            "written12": (0.95, 0.97, 0.89, 0.9), "written13": (0.95, 0.93, 0.90, 0.93),
            "written14": (0.97, 0.93, 0.92, 0.95), "written15": (0.96, 0.93, 0.84, 0.8),
            "written16": (0.94, 0.82, 0.79, 0.8), "written17": (0.86, 0.93, 0.84, 0.64),
            "written18": (0.90, 0.90, 0.75, 0.87), "written19": (0.90, 0.90, 0.79, 0.80),
            "written20": (0.94, 0.86, 0.83, 0.8), "written21": (0.94, 0.95, 0.86, 0.72),
            "written22": (0.92, 0.85, 0.84, 0.86), "written23": (0.86, 0.89, 0.83, 0.6),
            "written24": (0.84, 0.87, 0.76, 0.95), "written25": (0.90, 0.82, 0.80, 0.92),
            "written26": (0.80, 0.79, 0.82, 0.66), "written27": (0.93, 0.93, 0.86, 0.76),
            "written28": (0.94, 0.94, 0.86, 0.95), "written29": (0.96, 0.86, 0.74, 0.78),
            "written30": (0.88, 0.77, 0.80, 0.92), "written31": (0.83, 0.79, 0.78, 0.79),
            "written32": (0.92, 0.86, 0.82, 0.92), "written33": (0.90, 0.80, 0.83, 0.95),
            "written34": (0.84, 0.80, 0.73, 0.78), "written35": (0.93, 0.85, 0.75, 0.92),
            "written36": (0.73, 0.68, 0.96, 0.57), "written37": (0.85, 0.76, 0.75, 0.81),
            "written38": (0.90, 0.76, 0.86, 0.95), "written39": (0.93, 0.92, 0.88, 0.95),
            "written40": (0.95, 0.87, 0.80, 0.75), "written41": (0.89, 0.91, 0.83, 0.64),
            "written42": (0.92, 0.84, 0.76, 0.92), "written43": (0.85, 0.82, 0.79, 0.95),
            "written44": (0.86, 0.73, 0.75, 0.79), "written45": (0.90, 0.88, 0.87, 0.72),
            "written46": (0.85, 0.80, 0.72, 0.95), "written47": (0.86, 0.75, 0.76, 0.78),
            "written48": (0.87, 0.87, 0.83, 0.66), "written49": (0.87, 0.86, 0.78, 0.85),
            "written50": (0.80, 0.69, 0.67, 0.79), "written51": (0.90, 0.78, 0.78, 0.95),
            "written52": (0.90, 0.85, 0.79, 0.95), "written53": (0.87, 0.79, 0.84, 0.95),
            "written54": (0.93, 0.88, 0.80, 0.70), "written55": (0.80, 0.76, 0.79, 0.78),
            "written56": (0.93, 0.91, 0.85, 0.87), "written57": (0.93, 0.88, 0.85, 0.85),
            "written58": (0.90, 0.84, 0.87, 0.66), "written59": (0.85, 0.75, 0.82, 0.93),
            "written60": (0.89, 0.85, 0.77, 0.93), "written61": (0.92, 0.83, 0.62, 0.8),
            "written62": (0.87, 0.86, 0.84, 0.8), "written63": (0.80, 0.81, 0.77, 0.66),
            "written64": (0.97, 0.89, 0.85, 0.92), "written65": (0.95, 0.89, 0.90, 0.66),
            "written66": (0.93, 0.85, 0.83, 0.89), "written67": (0.94, 0.87, 0.86, 0.86),
            "written68": (0.93, 0.83, 0.92, 0.95), "written69": (0.91, 0.77, 0.88, 0.72),
            "written70": (0.93, 0.93, 0.85, 0.73), "written71": (0.92, 0.86, 0.85, 0.78),
            "written72": (0.85, 0.92, 0.91, 0.93), "written73": (0.85, 0.84, 0.70, 0.8),
            "written74": (0.89, 0.82, 0.87, 0.93), "written75": (0.85, 0.84, 0.78, 0.87),
            "written76": (0.92, 0.87, 0.90, 0.85), "written77": (0.79, 0.68, 0.73, 0.9),
            "written78": (0.88, 0.83, 0.91, 0.87), "written79": (0.80, 0.73, 0.76, 0.99),
            "written80": (0.93, 0.82, 0.83, 0.75), "written81": (0.96, 0.90, 0.88, 0.99),
            "written82": (0.80, 0.77, 0.81, 0.78), "written83": (0.85, 0.80, 0.68, 0.86),
            "written84": (0.94, 0.81, 0.84, 0.88), "written85": (0.89, 0.79, 0.83, 0.93),
            "written86": (0.87, 0.77, 0.81, 0.83), "written87": (0.88, 0.85, 0.86, 0.93),
            "written88": (0.93, 0.90, 0.92, 0.79), "written89": (0.85, 0.84, 0.81, 0.92),
            "written90": (0.87, 0.96, 0.89, 0.92), "written91": (0.78, 0.61, 0.73, 0.86),
            "written92": (0.92, 0.85, 0.84, 0.88), "written93": (0.83, 0.75, 0.88, 0.86),
            "written94": (0.93, 0.86, 0.89, 0.99),
            "written95": (0.8, 0.71, 0.72, 0.86), "written96": (0.88, 0.7, 0.65, 0.99),
            "written97": (0.95, 0.93, 0.91, 0.99), "written98": (0.86, 0.76, 0.81, 0.82),
            "written99": (0.85, 0.82, 0.79, 0.85), "written100": (0.78, 0.73, 0.73, 0.38),
            "written101": (0.76, 0.73, 0.7, 0.79), "written102": (0.84, 0.75, 0.75, 0.93),
            "written103": (0.86, 0.81, 0.8, 0.93), "written104": (0.85, 0.84, 0.71, 0.68),
            "written105": (0.9, 0.92, 0.85, 0.87), "written106": (0.81, 0.68, 0.71, 0.62),
            "written107": (0.83, 0.83, 0.73, 0.87), "written108": (0.66, 0.52, 0.55, 0.55),
            "written109": (0.93, 0.88, 0.82, 0.92), "written110": (0.8, 0.66, 0.66, 0.71),
            "written111": (0.83, 0.71, 0.69, 0.93), "written112": (0.83, 0.82, 0.8, 0.92),
            "written113": (0.87, 0.75, 0.79, 0.85), "written114": (0.8, 0.76, 0.84, 0.87),
            "written115": (0.87, 0.79, 0.79, 0.66), "written116": (0.73, 0.76, 0.69, 0.7),
            "written117": (0.82, 0.68, 0.62, 0.8), "written118": (0.72, 0.65, 0.69, 0.92),
            "written119": (0.83, 0.69, 0.73, 0.78), "written120": (0.93, 0.87, 0.87, 0.99),
            "written121": (0.77, 0.67, 0.79, 0.56), "written122": (0.79, 0.73, 0.67, 0.86),
            "written123": (0.85, 0.77, 0.72, 0.74), "written124": (0.74, 0.74, 0.64, 0.99),
            "written125": (0.86, 0.78, 0.64, 0.66), "written126": (0.73, 0.72, 0.75, 0.86),
            "written127": (0.73, 0.53, 0.56, 0.63), "written128": (0.72, 0.67, 0.75, 0.59),
            "written129": (0.85, 0.75, 0.71, 0.86), "written130": (0.86, 0.75, 0.7, 0.93),
            "written131": (0.87, 0.8, 0.77, 0.92), "written132": (0.85, 0.88, 0.75, 0.75),
            "written133": (0.84, 0.7, 0.77, 0.72), "written134": (0.87, 0.8, 0.82, 0.85),
            "written135": (0.72, 0.61, 0.69, 0.79), "written136": (0.68, 0.62, 0.57, 0.78),
            "written137": (0.92, 0.88, 0.77, 0.88), "written138": (0.8, 0.74, 0.77, 0.86),
            "written139": (0.77, 0.72, 0.66, 0.99), "written140": (0.74, 0.65, 0.53, 0.66),
            "written141": (0.84, 0.76, 0.67, 0.99), "written142": (0.91, 0.8, 0.69, 0.99),
            "written143": (0.85, 0.77, 0.73, 0.85), "written144": (0.88, 0.79, 0.79, 0.78),
            "written145": (0.71, 0.61, 0.73, 0.79), "written146": (0.75, 0.7, 0.61, 0.92),
            "written147": (0.81, 0.67, 0.75, 0.34), "written148": (0.83, 0.75, 0.6, 0.8),
            "written149": (0.82, 0.8, 0.81, 0.86), "written150": (0.65, 0.26, 0.34, 0.94),
            "written151": (0.81, 0.72, 0.69, 0.79), "written152": (0.74, 0.7, 0.86, 0.86),
            "written153": (0.83, 0.64, 0.84, 0.74), "written154": (0.7, 0.66, 0.64, 0.72),
            "written155": (0.86, 0.81, 0.86, 0.58), "written156": (0.8, 0.8, 0.83, 0.99),
            "written157": (0.8, 0.65, 0.67, 0.92), "written158": (0.75, 0.92, 0.59, 0.88),
            "written159": (0.68, 0.63, 0.6, 0.87), "written160": (0.84, 0.76, 0.75, 0.55),
            "written161": (0.9, 0.83, 0.73, 0.93), "written162": (0.78, 0.79, 0.8, 0.86),
            "written163": (0.78, 0.66, 0.66, 0.62), "written164": (0.95, 0.94, 0.72, 0.72),
            "written165": (0.78, 0.65, 0.59, 0.92), "written166": (0.96, 0.91, 0.91, 0.79),
            "written167": (0.77, 0.74, 0.76, 0.79), "written168": (0.74, 0.5, 0.6, 0.7),
            "written169": (0.93, 0.93, 0.78, 0.85), "written170": (0.83, 0.64, 0.69, 0.49),
            "written171": (0.88, 0.69, 0.69, 0.81),
            "written172": (0.85, 0.82, 0.68, 0.66), "written173": (0.73, 0.69, 0.51, 0.79),
            "written174": (0.46, 0.34, 0.5, 0.39), "written175": (0.78, 0.71, 0.8, 0.87),
            "written176": (0.85, 0.83, 0.81, 0.92), "written177": (0.89, 0.7, 0.65, 0.74),
            "written178": (0.74, 0.56, 0.59, 0.49), "written179": (0.58, 0.46, 0.37, 0.58),
            "written180": (0.72, 0.57, 0.54, 0.52), "written181": (0.64, 0.37, 0.12, 0.66),
            "written182": (0.79, 0.65, 0.71, 0.78), "written183": (0.76, 0.65, 0.53, 0.86),
            "written184": (0.76, 0.76, 0.51, 0.68), "written185": (0.69, 0.46, 0.46, 0.55),
            "written186": (0.72, 0.68, 0.74, 0.72), "written187": (0.77, 0.67, 0.58, 0.79),
            "written188": (0.7, 0.48, 0.59, 0.87), "written189": (0.67, 0.6, 0.64, 0.52),
            "written190": (0.63, 0.44, 0.57, 0.66), "written191": (0.79, 0.76, 0.66, 0.99),
            "written192": (0.61, 0.6, 0.62, 0.86), "written193": (0.79, 0.58, 0.64, 0.69),
            "written194": (0.91, 0.84, 0.85, 0.81), "written195": (0.66, 0.57, 0.67, 0.79),
            "written196": (0.83, 0.85, 0.79, 0.93), "written197": (0.77, 0.6, 0.69, 0.78),
            "written198": (0.83, 0.75, 0.5, 0.79), "written199": (0.82, 0.77, 0.67, 0.93),
            "written200": (0.82, 0.77, 0.79, 0.74), "written201": (0.81, 0.65, 0.59, 0.86),
            "written202": (0.68, 0.52, 0.46, 0.78), "written203": (0.68, 0.74, 0.66, 0.88),
            "written204": (0.69, 0.55, 0.54, 0.66), "written205": (0.8, 0.62, 0.57, 0.55),
            "written206": (0.71, 0.63, 0.58, 0.76), "written207": (0.93, 0.88, 0.86, 0.74),
            "written208": (0.81, 0.59, 0.67, 0.92), "written209": (0.87, 0.86, 0.78, 0.86),
            "written210": (0.79, 0.69, 0.68, 0.93), "written211": (0.65, 0.57, 0.65, 0.59),
            "written212": (0.81, 0.64, 0.67, 0.66), "written213": (0.91, 0.85, 0.69, 0.86),
            "written214": (0.83, 0.75, 0.76, 0.75), "written215": (0.95, 0.92, 0.92, 0.85),
            "written216": (0.85, 0.82, 0.82, 0.96), "written217": (0.77, 0.66, 0.52, 0.68),
            "written218": (0.76, 0.73, 0.66, 0.66), "written219": (0.67, 0.71, 0.73, 0.67),
            "written220": (0.71, 0.56, 0.7, 0.68), "written221": (0.81, 0.63, 0.72, 0.8),
            "written222": (0.81, 0.73, 0.71, 0.78), "written223": (0.86, 0.8, 0.85, 0.99),
            "written224": (0.7, 0.65, 0.68, 0.52), "written225": (0.77, 0.7, 0.8, 0.62),
            "written226": (0.87, 0.8, 0.8, 0.99), "written227": (0.67, 0.0, 0.87, 0.71),
            "written228": (0.89, 0.85, 0.68, 0.69), "written229": (0.81, 0.71, 0.54, 0.76),
            "written230": (0.92, 0.9, 0.72, 0.92), "written231": (0.82, 0.79, 0.55, 0.83),
            "written232": (0.74, 0.59, 0.61, 0.99), "written233": (0.77, 0.65, 0.53, 0.84),
            "written234": (0.87, 0.78, 0.61, 0.92), "written235": (0.88, 0.8, 0.74, 0.85),
            "written236": (0.77, 0.49, 0.73, 0.87), "written237": (0.72, 0.67, 0.39, 0.69),
            "written238": (0.82, 0.88, 0.9, 0.74), "written239": (0.77, 0.73, 0.64, 0.69),
            "written240": (0.55, 0.36, 0.5, 0.78), "written241": (0.87, 0.92, 0.43, 0.69),
            "written242": (0.82, 0.78, 0.8, 0.76), "written243": (0.96, 0.92, 0.87, 0.78),
            "written244": (0.75, 0.69, 0.74, 0.85), "written245": (0.78, 0.77, 0.65, 0.71),
            "written246": (0.76, 0.79, 0.77, 0.79), "written247": (0.88, 0.87, 0.66, 0.76),
            "written248": (0.81, 0.84, 0.51, 1.0), "written249": (0.79, 0.7, 0.76, 0.38),
            "written250": (0.36, 0.26, 0.22, 0.57), "written251": (0.72, 0.66, 0.75, 0.88),
            "written252": (0.82, 0.67, 0.61, 0.43), "written253": (0.76, 0.72, 0.65, 0.46),
            "written254": (0.75, 0.7, 0.71, 0.87), "written255": (0.83, 0.77, 0.77, 0.93),
            "written256": (0.72, 0.56, 0.67, 0.57), "written257": (0.81, 0.92, 0.71, 0.88),
            "written258": (0.74, 0.8, 0.9, 0.45), "written259": (0.28, 0.13, 0.13, 0.46),
            "written260": (0.53, 0.55, 0.51, 0.36), "written261": (0.64, 0.59, 0.44, 0.58),
            "written262": (0.62, 0.45, 0.58, 0.57), "written263": (0.63, 0.58, 0.24, 0.59),
            "written264": (0.57, 0.43, 0.47, 0.78), "written265": (0.73, 0.86, 0.67, 0.71),
            "written266": (0.76, 0.7, 0.71, 0.46), "written267": (0.73, 0.65, 0.61, 0.85),
            "written268": (0.66, 0.52, 0.29, 0.56), "written269": (0.77, 0.66, 0.45, 0.64),
            "written270": (0.68, 0.41, 0.5, 0.49), "written271": (0.79, 0.58, 0.46, 0.73),
            "written272": (0.79, 0.65, 0.48, 0.66), "written273": (0.84, 0.79, 0.64, 0.39),
            "written274": (0.61, 0.67, 0.62, 0.33), "written275": (0.81, 0.72, 0.73, 0.57),
            "written276": (0.56, 0.45, 0.45, 0.42), "written277": (0.74, 0.55, 0.72, 0.56),
            "written278": (0.71, 0.79, 0.6, 0.44), "written279": (0.88, 0.86, 0.67, 0.66),
            "written280": (0.77, 0.65, 0.51, 0.37), "written281": (0.77, 0.62, 0.5, 0.49),
            "written282": (0.78, 0.75, 0.68, 0.56), "written283": (0.71, 0.56, 0.6, 0.87),
            "written284": (0.69, 0.45, 0.58, 0.35), "written285": (0.62, 0.45, 0.5, 0.52),
            "written286": (0.81, 0.63, 0.64, 0.39), "written287": (0.72, 0.5, 0.5, 0.71),
            "written288": (0.55, 0.48, 0.6, 0.82), "written289": (0.71, 0.54, 0.59, 0.76),
            "written290": (0.82, 0.8, 0.76, 0.86), "written291": (0.68, 0.71, 0.7, 0.53),
            "written292": (0.69, 0.54, 0.59, 0.41), "written293": (0.71, 0.61, 0.65, 0.38),
            "written294": (0.71, 0.45, 0.5, 0.46), "written295": (0.63, 0.43, 0.48, 0.47),
            "written296": (0.71, 0.78, 0.6, 0.66), "written297": (0.82, 0.71, 0.52, 0.7),
            "written298": (0.74, 0.62, 0.63, 0.35), "written299": (0.64, 0.76, 0.61, 0.78),
            "written300": (0.63, 0.55, 0.64, 0.73), "written301": (0.73, 0.57, 0.65, 0.64),
            "written302": (0.76, 0.69, 0.59, 0.57), "written303": (0.71, 0.69, 0.6, 0.66),
            "written304": (0.53, 0.6, 0.82, 0.33), "written305": (0.85, 0.8, 0.68, 0.75),
            "written306": (0.86, 0.83, 0.57, 1.0), "written307": (0.77, 0.66, 0.6, 0.53)}
# Floors against regressions, just under the figures at the end of 2026-12-02's thirteenth
# session (title F1 / decisions found / speaker F1 / committees, `python -m
# bench.extraction_quality --sets`, with the scorer as it is now): archive 0.982 / 102 of 102 /
# 0.944 / 20 of 20; heldout 0.929 / 47 of 49 / 0.800 / 8 of 8; heldout2 0.961 / 48 of 49 /
# 0.876 / 11 of 11; heldout3 0.945 / 46 of 48 / 0.921 / 8 of 8; heldout4 0.916 / 44 of 46 /
# 0.905 / 10 of 10; heldout5 0.957 / 84 of 86 / 0.915 / 16 of 16; heldout6 0.920 / 66 of 86 /
# 0.790 / 15 of 15; heldout7 0.900 / 60 of 67 / 0.778 / 14 of 14; written 0.959 / 67 of 73 /
# 0.933 / 12 of 12; written2 0.954 / 65 of 78 / 0.852 / 14 of 14; written3 0.946 / 79 of 85 /
# 0.920 / 16 of 16; written4 0.881 / 74 of 83 / 0.778 / 9 of 17; written5 0.955 / 63 of 66 /
# 0.906 / 17 of 17; written6 0.940 / 62 of 66 / 0.837 / 15 of 15; written7 0.925 / 64 of 78 /
# 0.738 / 14 of 16; written8 0.939 / 68 of 74 / 0.897 / 13 of 13; written9 0.929 / 71 of 83 /
# 0.808 / 12 of 16; written10 0.964 / 70 of 72 / 0.871 / 13 of 13; written11 0.957 / 78 of 81 /
# 0.695 / 14 of 15; written12 0.953 / 75 of 76 / 0.899 / 12 of 13; written13 0.960 / 79 of 84 /
# 0.908 / 15 of 16; written14 0.987 / 87 of 93 / 0.923 / 15 of 15; written15 0.969 / 109 of
# 116 / 0.886 / 12 of 15.
# Their problems have been read while fixing the parser, so they are development sets, however
# they were labelled (LABELS.md says when each was scored blind). The thirteenth session's blind
# measure was written15, scored only as a whole: 0.777 / 62 of 116 / 0.697 / 7 of 15 (dates
# 83-0-35) on the session's starting code 7f9a8b8 and 0.780 / 63 of 116 / 0.697 / 8 of 15 at the
# end of its tuning (6081a55), then read; written14 was scored blind once, on 7f9a8b8 (0.833 / 71
# of 93 / 0.806 / 13 of 15, 8 wrong dates), then read.
# The fourteenth session (2026-12-02) added written16 (small local councils) and written17
# (agendas, packs, a year's minutes in one file, decision registers). written16 was scored once
# as a whole on the session's starting parser (909b96c): 0.800 / 59 of 97 / 0.612 / 13 of 16,
# dates 128-1-0, then read; written17 stayed blind to the end of tuning: 0.427 / 26 of 75 /
# 0.515 / 13 of 23, dates 77-8-0 at the start and 0.571 / 31 of 75 / 0.583 / 13 of 23, dates
# 111-5-0 at its final blind score (92b33e9), then read. Their floors are just under the
# session's end figures: written16 0.951 / 81 of 97 / 0.802 / 13 of 16; written17 0.787 / 57 of
# 75 / 0.714 / 13 of 23. written10's title floor went from 0.96 to 0.93: its page of an agenda
# and the minutes of the same meeting is labelled as one meeting, while written14's label keeps
# an agenda above minutes as a meeting of its own, and an agenda under 'AGENDA' / 'Meeting of …
# to be held on …' is now read as one (0.964 -> 0.938).
# The fifteenth session (2026-12-02) added written18 (parish, town and community councils'
# minutes as their clerks publish them) and written19 (principal councils' committee records as
# their committee systems publish them), each scored as a whole on the session's starting parser
# (c46e3c6): written18 0.660 / 58 of 97 / 0.567 / 14 of 16, dates 83-8-15; written19 0.735 / 69
# of 106 / 0.646 / 10 of 17, dates 95-21-0. written18 was then read; written19 stayed blind to
# the end of the first round of tuning (4111595: 0.738 / 69 / 0.648 / 10 of 17, dates 95-20-0),
# then was read. Floors just under the session's end figures: written17 0.869 / 71 of 75 / 0.852
# / 15 of 23; written18 0.905 / 88 of 97 / 0.763 / 14 of 16; written19 0.908 / 96 of 106 / 0.798
# / 14 of 17; every set's dates 0 wrong.
# The sixteenth session (2026-12-02) added written20 (older and odder archives: typed, OCR'd and
# pre-CSS minutes of 1995-2016) and written21 (bodies beside councils and board-style minutes),
# each scored as a whole on the session's starting parser (d7a81b8): written20 0.737 / 64 of 101
# / 0.503 / 11 of 15, dates 109-0-0; written21 0.815 / 88 of 111 / 0.755 / 11 of 18, dates
# 150-0-0. written20 was then read; written21 stayed blind to the end of the first round of
# tuning (2c217a1: unchanged, 0.815 / 88 of 111 / 0.755 / 11 of 18), then was read. Floors just
# under the session's end figures: written20 0.947 / 87 of 101 / 0.839 / 12 of 15; written21
# 0.943 / 106 of 111 / 0.865 / 13 of 18.
# written15's speaker floor went from 0.88 to 0.84: its fire authority's Present grid, now read,
# names 'J Hugo (Chair)', and speakers resolve to that name; its label keeps the text's 'County
# Councillor Hugo' (0.880 -> 0.182 on that paper, 0.886 -> 0.850 for the set).
# The seventeenth session (2026-12-02) added written22 (a representative cross-section of a
# council user's archive), written23 (agendas, packs, decision records and registers) and
# written24 (a second cross-section), each scored as a whole on the session's starting parser
# (f2608b9): written22 0.842 / 72 of 90 / 0.739 / 11 of 15, dates 115-0-12; written23 0.659 /
# 25 of 48 / 0.711 / 8 of 15, dates 88-18-16; written24 0.746 / 70 of 87 / 0.680 / 14 of 15,
# dates 96-15-11. written23 was read first; written22 stayed blind to the end of the first
# round (4c39a82: unchanged), then was read; written24 took its final blind score at 07fd3f0
# (0.746 / 70 / 0.680 / 15 of 15, dates 96-15-11), then was read. Floors just under the
# session's end figures: written22 0.925 / 78 of 90 / 0.845 / 13 of 15; written23 0.861 / 43
# of 48 / 0.837 / 9 of 15; written24 0.849 / 76 of 87 / 0.770 / 15 of 15; no wrong dates.
# The eighteenth session (2026-12-03) added written25 (a third cross-section) and written26
# (small councils' awkward shapes), each scored as a whole on the session's starting parser
# (0c2b361): written25 0.671 / 44 of 78 / 0.645 / 13 of 14, dates 111-0-0; written26 0.600 / 28
# of 64 / 0.536 / 10 of 18, dates 75-0-12. written26 was read after a second blind score at
# aa315f0 (speaker F1 0.568, nothing else moved); written25 stayed blind to 4ac2e1a (unchanged),
# then was read. Floors just under the session's end figures: written25 0.904 / 64 of 78 / 0.805
# / 13 of 14; written26 0.823 / 52 of 64 / 0.824 / 12 of 18; no wrong dates.
# The nineteenth session (2026-12-03) added written27 (larger and neighbouring bodies outside
# modern.gov), written28 (small councils as they publish now), written29 (a fourth cross-section)
# and written30 (clerks' PDFs, the bulk of a small council's archive), each scored as a whole on
# the session's starting parser (cf1adee): written27 0.753 / 65 of 76 / 0.795 / 10 of 17, dates
# 97-0-20; written28 0.904 / 48 of 54 / 0.718 / 14 of 14, dates 126-11-12; written29 0.872 / 62
# of 82 / 0.681 / 11 of 14, dates 126-0-0; written30 0.879 / 61 of 81 / 0.796 / 12 of 14, dates
# 122-0-10. LABELS.md says when each was read; written29 took its final blind score at 701be33
# (0.872 / 62 / 0.707 / 11 of 14, 126-0-0), then was read. Floors just under the session's end
# figures: written27 0.934 / 71 of 76 / 0.863 / 13 of 17; written28 0.965 / 51 of 54 / 0.862 /
# 14 of 14; written29 0.962 / 71 of 82 / 0.747 / 11 of 14; written30 0.889 / 63 of 81 / 0.804
# / 13 of 14; no wrong dates. written26's title floor went from 0.82 to 0.80: its appended
# reports now take the number their 'Agenda item:' line gives, and one takes the agenda
# entry's wording (0.823 -> 0.820).
# The twentieth session (2026-12-03) added written31 (a fifth cross-section), written32
# (principal councils' committee systems), written33 (small councils' web pages) and written34
# (older and awkward archives, 2008-2018), each scored as a whole on the session's starting
# parser (69ccb2d): written31 0.801 / 58 of 77 / 0.597 / 12 of 15, dates 111-0-0; written32 0.723
# / 65 of 99 / 0.690 / 12 of 14, dates 104-0-0; written33 0.882 / 54 of 67 / 0.832 / 17 of 17,
# dates 126-0-9; written34 0.716 / 45 of 76 / 0.562 / 11 of 14, dates 107-6-2. written32 and
# written34 were read first; written31 and written33 took their final blind scores at 19ae108
# (both unchanged), then both were read. Floors just under the session's end figures:
# written31 0.836 / 61 of 77 / 0.790 / 12 of 15; written32 0.930 / 86 of 99 / 0.827 / 13 of 14;
# written33 0.907 / 54 of 67 / 0.832 / 17 of 17; written34 0.848 / 61 of 76 / 0.740 / 11 of 14;
# no wrong dates.
# The twenty-first session (2026-12-03) added written35 (a sixth cross-section), written36
# (agendas, packs and records of decision), written37 (Welsh, Scottish and Northern Irish bodies)
# and written38 (minutes in tables and columns), each scored as a whole on the session's starting
# parser (1feea8b): written35 0.842 / 64 of 85 / 0.665 / 13 of 14, dates 144-0-0; written36 0.549
# / 16 of 29 / 0.676 / 15 of 26, dates 83-2-21; written37 0.749 / 68 of 103 / 0.701 / 13 of 16,
# dates 96-18-3; written38 0.721 / 71 of 110 / 0.808 / 14 of 14, dates 138-0-10. written36 and
# written37 were read; written38 took its final blind score at 9b84280 (unchanged), then was
# read; written35 stayed blind to the end (ee3966b: 0.842 / 64 / 0.681 / 13 of 14, 144-0-0).
# Floors just under the session's end figures: written35 as above; written36 0.740 / 20 of 29 /
# 0.961 / 15 of 26; written37 0.854 / 79 of 103 / 0.761 / 13 of 16; written38 0.908 / 84 of 110
# / 0.867 / 14 of 14; no wrong dates.
# The twenty-second session (2026-12-03) added written39 (a seventh cross-section), written40
# (principal councils' committees, panels and authorities), written41 (town and larger parish
# councils with committees) and written42 (text as tools save it), each scored as a whole on the
# session's starting parser (fef4717): written39 0.913 / 75 of 84 / 0.815 / 14 of 14, dates
# 160-0-0; written40 0.910 / 63 of 81 / 0.753 / 9 of 16, 100-0-26; written41 0.818 / 76 of 102 /
# 0.797 / 9 of 14, 116-0-11; written42 0.793 / 57 of 77 / 0.676 / 12 of 14, 99-10-8. written40-42
# were read; written39 stayed blind to the last parser commit (103e112), unchanged. Floors just
# under the session's end figures: written39 as above; written40 0.954 / 71 / 0.803 / 12 of 16;
# written41 0.898 / 91 / 0.836 / 9 of 14; written42 0.931 / 65 / 0.762 / 13 of 14; written35 (read
# this session) 0.940 / 73 of 85 / 0.756 / 13 of 14; no wrong dates.
# The twenty-third session (2026-12-03) added written43 (an eighth cross-section), written44 (how
# councils word decisions), written45 (how a heading names body and committee) and written46
# (older and rougher archives), each scored as a whole on the session's starting parser
# (b8c85b0): written43 0.734 / 60 of 85 / 0.753 / 14 of 14, dates 131-0-0; written44 0.676 /
# 57 of 104 / 0.608 / 12 of 15, 112-0-15; written45 0.862 / 96 of 112 / 0.865 / 13 of 18,
# 140-8-11; written46 0.721 / 51 of 94 / 0.646 / 16 of 17, 104-8-0. written44-46 were read;
# written43 stayed blind to e2eca67 (0.740 / 60 / 0.753) and was read after. Floors just under
# the session's end: written43 0.860 / 70 / 0.801 / 14 of 14; written44 0.864 / 76 / 0.756 / 12
# of 15; written45 0.904 / 99 / 0.875 / 13 of 18; written46 0.855 / 76 / 0.729 / 17 of 17;
# written39 (read this session) 0.942 / 78 / 0.886; written41 0.910 / 93 / 0.836; no wrong dates.
# Lowered where labels disagree with LABELS.md's sub-item rule, which the parser now follows for
# lettered parts and titled sub-items under a heading with no text of its own ('46(a) …'):
# written 0.948 (the bilingual paper), written2 0.929 / 64 of 78, written14 0.977 and
# written26's decisions 51 of 64 keep such parts inside their headings.
# The twenty-fourth session (2026-12-03) added written47 (a ninth cross-section), written48 (how
# minutes name people and who spoke), written49 (how items are numbered and headed) and written50
# (small councils' papers from sites other than WordPress), each scored as a whole on the
# session's starting parser (918f138): written47 0.719 / 50 of 80 / 0.678 / 10 of 14, dates
# 102-9-0; written48 0.866 / 64 of 73 / 0.815 / 10 of 15, 128-1-18; written49 0.712 / 61 of 82
# / 0.634 / 12 of 14, 106-0-8; written50 0.660 / 57 of 101 / 0.546 / 12 of 15, 121-0-15.
# written48-50 were read; written47 stayed blind to 60f30d2 (unchanged) and was read after.
# Floors just under the session's end: written47 0.870 / 61 / 0.770 / 11 of 14; written48
# 0.880 / 64 / 0.844 / 10 of 15; written49 0.883 / 71 / 0.794 / 12 of 14; written50 0.813 / 70
# / 0.677 / 12 of 15; no wrong dates. written41's title floor went from 0.90 to 0.89: a note
# of where an item's paper is ('(report attached)') is now no part of its title, as most sets'
# labels have it; two of its labels keep one (0.910 -> 0.898).
# The twenty-fifth session (2026-12-03) added written51 (a tenth cross-section), written52 (what
# small councils publish today), written53 (how each item's outcome is written) and written54
# (bodies a council archive holds besides the council), each scored as a whole on the session's
# starting parser (6e4a0e9): written51 0.909 / 61 of 78 / 0.737 / 14 of 14, dates 151-0-0;
# written52 0.841 / 66 of 93 / 0.728 / 12 of 14, 145-0-0; written53 0.744 / 67 of 96 / 0.784
# / 14 of 14, 138-0-13; written54 0.863 / 67 of 90 / 0.745 / 10 of 14, 136-0-0. written52-54
# were read; written51 was not (only its set row was printed): 0.915 / 62 / 0.737 at the end.
# Floors just under the session's end: written52 0.913 / 80 / 0.806 / 14 of 14; written53
# 0.888 / 78 / 0.855 / 14 of 14; written54 0.946 / 81 / 0.829 / 10 of 14; no wrong dates.
# written39's title floor went from 0.94 to 0.93 (0.942 -> 0.939): bulleted headings in
# capitals are now read as items, and one of its labels leaves out the meeting's date that a
# heading ending 'HELD' runs on to, which the parser's older rule keeps.
# The twenty-sixth session (2026-12-03/04) added written55 (a twelfth cross-section), written56
# (principal councils' committee papers), written57 (older papers, 2002-2015) and written58
# (meetings with debate), each scored as a whole on the session's starting parser (d5f9c6f):
# written55 0.516 / 50 of 90 / 0.549 / 10 of 14, dates 100-0-9; written56 0.626 / 57 of 95 /
# 0.712 / 12 of 16, 113-0-0; written57 0.871 / 77 of 93 / 0.771 / 12 of 14, 154-0-0; written58
# 0.863 / 60 of 76 / 0.812 / 10 of 15, 133-0-16. written56-58 were read; written55 was not
# (only its set row was printed): 0.549 / 51 / 0.549 / 11 of 14 at the end. Floors just under
# the session's end: written56 0.937 / 87 / 0.860 / 14 of 16; written57 0.933 / 82 / 0.856 / 12
# of 14; written58 0.904 / 66 / 0.874 / 10 of 15; no wrong dates.
# The twenty-seventh session (2026-12-04) added written59 (a thirteenth cross-section),
# written60 (Welsh, Scottish and Northern Irish papers), written61 (bodies that are not
# councils) and written62 (minutes and agendas laid out in tables and columns), each scored as a
# whole on the session's starting parser (1b1e395): written59 0.853 / 80 of 106 / 0.817 / 13 of
# 15, dates 158-7-0; written60 0.789 / 63 of 85 / 0.676 / 13 of 15, 113-17-9; written61 0.840
# / 71 of 95 / 0.609 / 12 of 15, 140-13-11; written62 0.786 / 61 of 79 / 0.797 / 10 of 15,
# 139-1-0. written60-62 were read; of written59 only one paper's problems were (its seven wrong
# dates): 0.853 / 80 / 0.821 / 14 of 15, 165-0-0 at the end. written55, the last session's
# blind set, was read this session: 0.549 / 51 / 0.549 at its start, 0.809 / 69 / 0.796 at its
# end. Floors just under the session's end: written60 0.900 / 73 / 0.778 / 14 of 15; written61
# 0.927 / 79 / 0.629 / 12 of 15; written62 0.880 / 68 / 0.849 / 12 of 15.
# The twenty-eighth session (2026-12-04) had written63 (a fourteenth cross-section), written64
# (attendance and speakers), written65 (principal councils' decisions) and written66 (many
# meetings per file) written; the twenty-ninth registered them. Scored as wholes on baa4bce:
# written63 0.733 / 79 of 100 / 0.754 / 10 of 15, dates 123-3-9; written64 0.972 / 65 of 73 /
# 0.818 / 13 of 14, 137-0-0; written65 0.829 / 89 of 120 / 0.847 / 10 of 15, 148-10-0;
# written66 0.692 / 56 of 103 / 0.618 / 24 of 29, 122-12-5. written65 and written66 were read;
# written64 was not (its row alone was printed, the same at the end); written63's row, the same
# at the end of both sessions' rules (0.733 / 79 / 0.754 / 10 of 15, 123-3-9), was then read
# for its three wrong dates. Floors just under the twenty-ninth session's end: written63 0.807
# / 82 / 0.771 / 10 of 15; written64 0.972 / 65 / 0.818 / 13 of 14; written65 0.956 / 107 /
# 0.902 / 10 of 15; written66 0.936 / 88 / 0.834 / 26 of 29.
# The thirtieth session (2026-12-04) had written67 (a fifteenth cross-section), written68
# (parish clerks' Word and LibreOffice PDFs), written69 (how decisions are written) and
# written70 (bodies other than a council's full meeting) written, each scored as a whole on
# 16da083 before any of its files was opened: written67 0.794 / 48 of 70 / 0.720 / 12 of 15,
# dates 112-11-8; written68 0.884 / 60 of 80 / 0.899 / 18 of 18, 160-0-1; written69 0.764 / 58
# of 84 / 0.838 / 13 of 18, 97-13-2; written70 0.841 / 53 of 61 / 0.805 / 9 of 15, 122-0-0.
# written67 and written69 were read; written68 and written70 were not (their rows the same at
# the end). Floors just under the session's end: written67 0.943 / 61 / 0.892 / 13 of 15;
# written68 0.884 / 60 / 0.899 / 18 of 18; written69 0.919 / 65 / 0.893 / 13 of 18; written70
# 0.841 / 53 / 0.805 / 9 of 15.
# The thirty-first session (2026-12-04) read written68 and written70 (blind through the thirtieth)
# and had written71 (a sixteenth cross-section), written72 (planning, licensing and regulatory
# committees), written73 (PDF page layout that makes reading hard) and written74 (meetings that
# are not routine: annual, extraordinary, budget, confidential parts) written, each scored as a
# whole on 26fd322 before any of its files was opened: written71 0.903 / 56 of 66 / 0.797 / 11 of
# 14, dates 140-0-0; written72 0.740 / 60 of 76 / 0.876 / 14 of 15, 109-6-0; written73 0.755 / 66
# of 86 / 0.628 / 11 of 15, 115-6-10; written74 0.872 / 67 of 88 / 0.834 / 14 of 15, 127-0-0.
# written72 and written73 were read; written71 and written74 were not (their rows the same at the
# end). Floors just under the session's end: written68 0.936 / 67 / 0.921 / 18 of 18; written70
# 0.938 / 57 / 0.855 / 11 of 15; written71 0.903 / 56 / 0.797 / 11 of 14; written72 0.852 / 70 /
# 0.913 / 14 of 15; written73 0.854 / 73 / 0.709 / 12 of 15; written74 0.872 / 67 / 0.834 / 14 of
# 15.
# The thirty-second session (2026-12-04) read written71 and written74 (blind through the thirty-
# first) and had written75 (a seventeenth cross-section), written76 (finance, audit and
# governance papers), written77 (agendas, summonses and packs) and written78 (minutes on small
# councils' own websites) written, each scored as a whole on 721e9ff before any of its files was
# opened: written75 0.718 / 54 of 80 / 0.673 / 14 of 16, dates 129-1-0; written76 0.786 / 62 of
# 82 / 0.776 / 11 of 14, 148-0-0; written77 0.655 / 22 of 35 / 0.648 / 18 of 20, 107-33-0;
# written78 0.766 / 51 of 78 / 0.773 / 13 of 16, 129-0-4. written75 and written77 were read;
# written76 and written78 were not. Floors just under the session's end: written51 0.918 / 64 /
# 0.784 / 14 of 14; written64 0.972 / 65 / 0.856 / 13 of 14; written71 0.924 / 57 / 0.851 / 11 of
# 14; written74 0.900 / 73 / 0.875 / 14 of 15; written75 0.851 / 67 / 0.787 / 14 of 16; written76
# 0.786 / 62 / 0.776 / 11 of 14; written77 0.800 / 24 / 0.732 / 18 of 20; written78 0.766 / 51 /
# 0.781 / 13 of 16. written69's speaker floor went from 0.89 to 0.88: a proposer named as
# 'Proposal by Cllr. …' (read since 1222ffe) stands in an item the parser did not part from the
# one above it, so the scorer counts him where the labels do not (0.893 → 0.890).
# The thirty-third session (2026-12-04) read written76 and written78 (blind through the thirty-
# second) and had written79 (an eighteenth cross-section), written80 (older papers, 1998-2012),
# written81 (councils of Wales, Scotland and Northern Ireland) and written82 (working groups,
# panels and notes kept as action tables) written, each scored as a whole on 99e198e before any
# of its files was opened: written79 0.804 / 65 of 89 / 0.754 / 18 of 18, dates 119-0-11;
# written80 0.877 / 69 of 90 / 0.769 / 11 of 16, 137-0-5; written81 0.883 / 64 of 75 / 0.879 /
# 14 of 14, 151-0-0; written82 0.748 / 42 of 57 / 0.650 / 11 of 14, 77-10-18. written79 and
# written82 were read; written80 and written81 were not (their rows the same at the end).
# Floors just under the session's end: written75 0.856 / 68 / 0.791 / 14 of 16; written76 0.926 /
# 72 / 0.910 / 12 of 14; written78 0.890 / 65 / 0.913 / 14 of 16; written79 0.806 / 65 / 0.761 /
# 18 of 18; written80 0.877 / 69 / 0.769 / 11 of 16; written81 0.883 / 64 / 0.879 / 14 of 14;
# written82 0.810 / 44 / 0.816 / 11 of 14.
# The thirty-fourth session (2026-12-04) read written80 and written81 (blind through the
# thirty-third) and had written83 (a nineteenth cross-section), written84 (principal councils'
# formal meetings as committee systems publish them), written85 (text as users save it) and
# written86 (parish meetings and small councils' committees) written, each scored as a whole on
# 76e125b before any of its files was opened: written83 0.854 / 76 of 94 / 0.687 / 13 of 15,
# dates 141-0-12; written84 0.653 / 39 of 79 / 0.716 / 14 of 18, 96-14-0; written85 0.773 / 51
# of 85 / 0.691 / 14 of 16, 128-8-0; written86 0.777 / 59 of 88 / 0.730 / 15 of 18, 113-22-9.
# written84, written85 and written86 were read (each had wrong dates); written83 was not.
# Floors just under the session's end: written80 0.937 / 74 / 0.833 / 12 of 16; written81 0.963 /
# 68 / 0.889 / 14 of 14; written83 0.856 / 76 / 0.687 / 13 of 15; written84 0.942 / 64 / 0.849 /
# 16 of 18; written85 0.891 / 68 / 0.838 / 15 of 16; written86 0.871 / 68 / 0.819 / 15 of 18.
# written42's title floor went from 0.93 to 0.92: initials after a heading that name who led the
# item ('Footpaths (RG)') are taken off the title since 0e3911e, as written80's labels have them;
# written42's labels keep one such title whole (0.933 → 0.925).
# The thirty-fifth session (2026-12-05): written10's decision floor went from 0.97 to 0.95. An
# outcome written 'The original proposal was then agreed unanimously.' is now read; after 'The
# amendment … was defeated.' the decision is the motion's, as the parser keeps it, while one label
# wants the amendment's sentence too (70 → 69 of 72). seed_000's seven unresolved 'The Chairman'
# speakers were taken out of its labels (LABELS.md: a role is no speaker unless the document
# names its holder); a post that spoke is now the item's role, not one of its speakers.
# The same session had written87 (a twentieth cross-section), written88 (town and city councils
# and their standing committees), written89 (how clerks head and number minutes) and written90
# (PDF minutes as many producers make them) written, each scored as a whole on 3d20b9e before
# any of its files was opened: written87 0.882 / 70 of 82 / 0.850 / 14 of 15, dates 160-0-0;
# written88 0.851 / 62 of 82 / 0.818 / 12 of 15, 156-0-0; written89 0.826 / 63 of 86 / 0.752 /
# 11 of 14, 124-0-10; written90 0.862 / 60 of 65 / 0.874 / 13 of 14, 142-0-0. written88-90 were
# read; written87 was not (its row alone printed). Floors just under the session's end:
# written87 0.882 / 70 / 0.865 / 14 of 15; written88 0.935 / 74 / 0.922 / 12 of 15; written89
# 0.857 / 73 / 0.818 / 13 of 14; written90 0.875 / 63 / 0.895 / 13 of 14.
# The thirty-sixth session (2026-12-05) had written91 (a twenty-first cross-section), written92
# (how councils record what they decided), written93 (who was present and who spoke) and
# written94 (agendas, summonses and packs) written, each scored as a whole on 1d2b6b7 before any
# of its files was opened: written91 0.787 / 48 of 78 / 0.738 / 13 of 15, dates 114-0-0;
# written92 0.868 / 81 of 110 / 0.775 / 15 of 17, 145-0-7; written93 0.824 / 43 of 61 / 0.863 /
# 13 of 15, 99-5-22; written94 0.796 / 26 of 30 / 0.899 / 18 of 18, 160-10-0. written92-94 were
# read; written91 was not (its row alone printed). Floors just under the session's end:
# written91 0.787 / 48 / 0.738 / 13 of 15; written92 0.921 / 94 / 0.848 / 15 of 17; written93
# 0.835 / 46 / 0.882 / 13 of 15; written94 0.940 / 26 / 0.899 / 18 of 18.
# The thirty-seventh session (2026-12-05) had written95 (a twenty-second cross-section), written96
# (small councils' web pages), written97 (principal and other public bodies' committee papers),
# written98 (older and awkward archives), written99 (a twenty-third cross-section) and
# written100 (minutes whose items carry no numbers) written, each scored as a whole on 5512f71
# before any of its files was opened: written95 0.803 / 55 of 77 / 0.729 / 13 of 15, dates
# 119-0-0; written96 0.782 / 51 of 82 / 0.595 / 16 of 16, 133-4-11; written97 0.822 / 69 of 87 /
# 0.724 / 16 of 16, 113-7-0; written98 0.861 / 63 of 82 / 0.809 / 14 of 17, 143-3-0; written99
# 0.850 / 69 of 84 / 0.788 / 12 of 14, 145-0-0; written100 0.683 / 40 of 68 / 0.614 / 4 of 13,
# 17-23-28. written96-98 and written100 were read; written95 and written99 were not (their rows
# alone printed). Floors just under the session's end: written95 0.803 / 55 / 0.729 / 13 of 15;
# written96 0.882 / 58 / 0.651 / 16 of 16; written97 0.956 / 81 / 0.916 / 16 of 16; written98
# 0.867 / 63 / 0.812 / 14 of 17; written99 0.856 / 69 / 0.799 / 12 of 14; written100 0.785 / 50 /
# 0.731 / 5 of 13.
# The thirty-eighth session (2026-12-05) had written101 (a twenty-fourth cross-section),
# written102 (how small councils' minutes say who spoke and what was decided), written103 (a
# twenty-fifth cross-section), written104 (minutes as word processors and websites render
# them), written105 (a twenty-sixth cross-section) and written106 (committees of town and parish
# councils and small bodies) written, each scored as a whole on 10fd088 before any of its files
# was opened: written101 0.770 / 67 of 91 / 0.709 / 12 of 15, dates 126-0-0; written102 0.807 /
# 69 of 113 / 0.713 / 14 of 15, 129-0-11; written103 0.819 / 65 of 86 / 0.768 / 14 of 15,
# 140-7-0; written104 0.814 / 66 of 94 / 0.645 / 11 of 16, 101-5-23; written105 0.904 / 85 of
# 92 / 0.855 / 14 of 16, 156-0-0; written106 0.757 / 49 of 85 / 0.702 / 5 of 16, 84-0-20.
# written102-104 and written106 were read (written103 for its wrong dates); written101 and
# written105 were not (their rows alone printed). Floors just under the session's end:
# written101 0.770 / 67 / 0.709 / 12 of 15; written102 0.841 / 85 / 0.759 / 14 of 15;
# written103 0.866 / 70 / 0.809 / 14 of 15; written104 0.855 / 79 / 0.712 / 11 of 16;
# written105 0.904 / 85 / 0.855 / 14 of 16; written106 0.820 / 58 / 0.718 / 10 of 16.
# The thirty-ninth session (2026-12-05) had nine sets written: written107, written111 and
# written113 (the twenty-seventh, twenty-ninth and thirtieth cross-sections), written108 (annual,
# special and unusual meetings), written109 (a twenty-eighth cross-section), written110
# (principal councils' committees as other committee systems publish them), written112 (older
# minutes typed up), written114 (a thirty-first cross-section) and written115 (how minutes name
# their body and committee), each scored as a whole on 006c7a1's parser before any of its files
# was opened: written107 0.834 / 72 of 86 / 0.743 / 14 of 16, dates 150-6-0; written108 0.669 /
# 36 of 77 / 0.566 / 9 of 18, 105-0-0; written109 0.941 / 72 of 82 / 0.766 / 13 of 14, 152-0-0;
# written110 0.718 / 56 of 100 / 0.574 / 9 of 18, 102-0-0; written111 0.841 / 63 of 87 / 0.690
# / 15 of 16, 128-3-7; written112 0.734 / 70 of 115 / 0.711 / 13 of 15, 121-0-0; written113
# 0.870 / 67 of 90 / 0.798 / 12 of 14, 137-7-7; written114 0.808 / 56 of 74 / 0.812 / 15 of 17,
# 118-12-16; written115 0.803 / 55 of 75 / 0.734 / 9 of 15, 110-0-0. written108-110, 112, 114
# and 115 were read; written107, 111 and 113 were not, but for the one paper of each that a
# wrong date came from. Floors just under the session's end: written107 0.839 / 72 / 0.743 / 14
# of 16; written108 0.674 / 41 / 0.563 / 10 of 18; written109 0.944 / 73 / 0.829 / 13 of 14;
# written110 0.810 / 67 / 0.667 / 13 of 18; written111 0.840 / 63 / 0.702 / 15 of 16;
# written112 0.841 / 95 / 0.807 / 14 of 15; written113 0.876 / 68 / 0.798 / 12 of 14;
# written114 0.812 / 57 / 0.850 / 15 of 17; written115 0.881 / 60 / 0.800 / 10 of 15.
# The fortieth session (2026-12-05) had eight sets written: written116, written119 and
# written122 (the thirty-second to thirty-fourth cross-sections), written117 (minutes laid out in
# tables), written118 (planning, licensing and highways business), written120 (documents that
# hold several meetings), written121 (awkward numbering and sub-items) and written123 (boards,
# trusts and other public bodies). Each was scored on the starting parser (3293797) before any
# of its files was opened: written116 0.747 / 60 of 78 / 0.701 / 12 of 17, dates 111-11-14;
# written117 0.764 / 56 of 95 / 0.574 / 13 of 16, 132-0-6; written118 0.722 / 59 of 91 / 0.702
# / 14 of 15, 128-9-0 (one label's date then corrected: see LABELS.md); written119 0.836 / 64
# of 91 / 0.744 / 11 of 14, 130-0-14; written120 0.841 / 98 of 127 / 0.740 / 29 of 32,
# 195-9-8; written121 0.740 / 55 of 100 / 0.767 / 8 of 14, 143-0-13; written122 0.796 / 62 of
# 84 / 0.671 / 13 of 15, 121-10-0; written123 0.791 / 63 of 88 / 0.689 / 12 of 16, 121-1-0.
# written117, 118, 120, 121 and 123 were read; written116, 119 and 122 were not, but for the
# papers a wrong date came from (two of written116, one of written122). Floors just under the
# session's end: written116 0.743 / 60 / 0.701 / 12 of 17; written117 0.825 / 66 / 0.628 / 13
# of 16; written118 0.728 / 60 / 0.702 / 14 of 15; written119 0.836 / 64 / 0.744 / 11 of 14;
# written120 0.943 / 112 / 0.878 / 32 of 32; written121 0.781 / 68 / 0.799 / 8 of 14;
# written122 0.796 / 62 / 0.678 / 13 of 15; written123 0.860 / 69 / 0.730 / 12 of 16.
# The forty-first session (2026-12-05) had eight sets written: written124, written126 and
# written129 (the thirty-fifth to thirty-seventh cross-sections), written125 (minutes that name
# who spoke), written127 (how decisions are worded and voted), written128 (community councils of
# Scotland and Wales and bodies of the Crown dependencies), written130 (agendas and agenda packs)
# and written131 (town and parish councils' committees). Each was scored on the starting parser
# (e172e93) before any of its files was opened: written124 0.740 / 69 of 93 / 0.638 / 15 of 15,
# dates 113-9-0; written125 0.818 / 61 of 85 / 0.601 / 10 of 15, 136-0-0; written126 0.735 / 60
# of 83 / 0.748 / 13 of 15, 118-8-0; written127 0.731 / 61 of 123 / 0.567 / 9 of 14, 137-0-0;
# written128 0.726 / 42 of 62 / 0.759 / 9 of 15, 110-0-0; written129 0.852 / 51 of 68 / 0.713 /
# 13 of 15, 107-9-11; written130 0.713 / 6 of 17 / 0.400 / 16 of 17, 133-7-11; written131 0.833
# / 64 of 80 / 0.782 / 9 of 15, 108-11-0. written125, 127, 128, 130 and 131 were read; written124,
# 126 and 129 were not, but for the one paper of each that its wrong dates came from. Floors
# just under the session's end: written124 0.750 / 70 / 0.649 / 15 of 15; written125 0.870 / 67
# / 0.646 / 10 of 15; written126 0.741 / 61 / 0.758 / 13 of 15; written127 0.736 / 67 / 0.567 /
# 9 of 14; written128 0.726 / 42 / 0.759 / 9 of 15; written129 0.859 / 52 / 0.723 / 13 of 15;
# written130 0.879 / 13 / 0.711 / 16 of 17; written131 0.880 / 65 / 0.782 / 14 of 15.
# The forty-second session (2026-12-05) had eight sets written: written132, written135 and
# written138 (the thirty-eighth to fortieth cross-sections), written133 (actions and who does
# them), written134 (finance, audit and governance), written136 (papers as odd producers make
# them: Word and Google Docs exports, OCR text), written137 (annual, extraordinary and special
# meetings) and written139 (parish and town councils' minutes as published web pages). Each was
# scored on the starting parser (f9bb204) before any of its files was opened: written132 0.803 /
# 62 of 79 / 0.675 / 13 of 17, dates 145-8-0; written133 0.852 / 56 of 80 / 0.784 / 11 of 15,
# 143-0-0; written134 0.850 / 82 of 114 / 0.804 / 12 of 14, 145-0-0; written135 0.733 / 54 of 87
# / 0.696 / 12 of 15, 120-0-11; written136 0.560 / 39 of 79 / 0.483 / 11 of 14, 96-0-0;
# written137 0.875 / 62 of 75 / 0.712 / 17 of 19, 122-8-0; written138 0.825 / 73 of 91 / 0.804 /
# 13 of 14, 135-0-11 (one paper raised in the parser and was left out of that row); written139
# 0.722 / 54 of 75 / 0.672 / 16 of 16, 131-11-0. written133, 134, 136, 137 and 139 were read;
# written132, 135 and 138 were not, but for the one paper of written132 its wrong dates came from
# (written138's paper that raised was mended from the error's traceback, not read). Floors just
# under the session's end: written132 0.857 / 70 / 0.763 / 13 of 17; written133 0.852 / 57 /
# 0.784 / 11 of 15; written134 0.876 / 92 / 0.827 / 12 of 14; written135 0.733 / 54 / 0.696 / 12
# of 15; written136 0.690 / 50 / 0.579 / 12 of 14; written137 0.928 / 67 / 0.777 / 17 of 19;
# written138 0.811 / 75 of 100 / 0.780 / 13 of 15; written139 0.778 / 55 / 0.674 / 16 of 16.
# The forty-third session (2026-12-05) had eight sets written: written140, written143 and
# written146 (the forty-first to forty-third cross-sections), written141 (principal councils'
# committees as their committee systems publish them), written142 (papers as odd producers make
# them, a second set), written144 (minutes that record debate and who said what), written145
# (planning and licensing business) and written147 (small bodies' papers: parish meetings,
# church councils, village halls, steering groups). Each was scored on the starting parser
# (d845bb6) before any of its files was opened: written140 0.751 / 55 of 83 / 0.542 / 10 of 15,
# dates 123-9-0; written141 0.853 / 65 of 90 / 0.684 / 15 of 15, 124-4-0; written142 0.886 / 77
# of 103 / 0.625 / 16 of 16, 170-0-13; written143 0.848 / 66 of 86 / 0.739 / 11 of 14, 107-21-11;
# written144 0.852 / 64 of 82 / 0.788 / 11 of 14, 158-0-0; written145 0.716 / 54 of 87 / 0.741 /
# 12 of 15, 120-8-9; written146 0.760 / 61 of 86 / 0.622 / 13 of 14, 132-0-13; written147 0.816 /
# 54 of 79 / 0.762 / 6 of 17, 126-0-7. written141, 142, 144, 145 and 147 were read; written140
# and 143 were not, but for the papers their wrong dates came from (one of written140, three of
# written143, read only around the dates); written146 was not opened. Floors just under the
# session's end: written140 0.751 / 55 / 0.542 / 10 of 15; written141 0.853 / 69 / 0.684 / 15 of
# 15; written142 0.915 / 83 / 0.701 / 16 of 16; written143 0.857 / 67 / 0.744 / 12 of 14;
# written144 0.886 / 66 / 0.797 / 11 of 14; written145 0.716 / 54 / 0.741 / 12 of 15; written146
# 0.760 / 61 / 0.622 / 13 of 14; written147 0.816 / 54 / 0.762 / 6 of 17.
# The forty-fourth session (2026-12-05) had eight sets written: written148, written151 and
# written154 (the forty-fourth to forty-sixth cross-sections), written149 (Welsh and Scottish
# community councils), written150 (agendas, notices and agenda packs), written152 (minutes set
# out in tables), written153 (town councils' standing committees and joint bodies) and
# written155 (older papers, 1998-2012). Each was scored on the starting parser (6f4eea5) before
# any of its files was opened: written148 0.799 / 63 of 90 / 0.590 / 13 of 16, dates 118-16-11;
# written149 0.761 / 74 of 100 / 0.760 / 13 of 15, 142-9-0; written150 0.639 / 7 of 26 / 0.353 /
# 18 of 19, 135-6-9; written151 0.818 / 68 of 93 / 0.696 / 12 of 15, 144-0-0; written152 0.746 /
# 70 of 98 / 0.860 / 12 of 15, 134-0-11; written153 0.706 / 41 of 68 / 0.717 / 8 of 16,
# 93-2-13; written154 0.708 / 60 of 89 / 0.645 / 11 of 15, 144-0-0; written155 0.865 / 76 of 93
# / 0.860 / 13 of 22, 119-3-12. written149, 150, 152, 153 and 155 were read; written148 was not,
# but for the two papers its wrong dates came from (their dates' lines, heads and the paths that
# dated them); written151 and 154 were not opened. Floors just under the session's end:
# written148 0.837 / 68 / 0.612 / 13 of 16; written149 0.832 / 81 / 0.826 / 13 of 15; written150
# 0.661 / 7 / 0.353 / 18 of 19; written151 0.818 / 68 / 0.698 / 12 of 15; written152 0.748 / 70 /
# 0.873 / 13 of 15; written153 0.839 / 44 / 0.851 / 12 of 16; written154 0.708 / 60 / 0.645 / 11
# of 15; written155 0.865 / 76 / 0.866 / 13 of 22.
# The forty-fifth session (2026-12-05) had eight sets written: written156, written159 and
# written162 (the forty-seventh to forty-ninth cross-sections), written157 (decisions in every
# wording), written158 (agendas, summonses and packs, a second set, mostly of New Zealand and
# Australian councils), written160 (bodies of the British Isles outside England's parish system:
# Scottish community councils, Channel Islands, Isle of Man, Welsh town councils), written161
# (small councils' website platforms) and written163 (deep and unusual numbering). Each was
# scored on the starting parser (edc578e) before any of its files was opened: written156 0.805 /
# 78 of 96 / 0.835 / 14 of 14, dates 133-0-1; written157 0.749 / 66 of 119 / 0.659 / 13 of 15,
# 141-0-0; written158 0.686 / 7 of 15 / 0.036 / 16 of 18, 103-33-18; written159 0.686 / 48 of 75 /
# 0.609 / 14 of 16, 105-0-15; written160 0.646 / 55 of 95 / 0.638 / 9 of 18, 90-5-14; written161
# 0.897 / 76 of 93 / 0.719 / 15 of 16, 163-0-8; written162 0.786 / 72 of 90 / 0.806 / 13 of 15,
# 133-0-0; written163 0.766 / 70 of 114 / 0.483 / 9 of 16, 133-0-9. written157, 158, 160, 161
# and 163 were read; written156, 159 and 162 were not opened. Floors just under the session's
# end: written156 0.805 / 78 / 0.835 / 14 of 14; written157 0.814 / 79 / 0.678 / 14 of 15;
# written158 0.761 / 14 / 0.632 / 16 of 18; written159 0.686 / 48 / 0.609 / 14 of 16; written160
# 0.848 / 73 / 0.758 / 10 of 18; written161 0.910 / 78 / 0.737 / 15 of 16; written162 0.786 /
# 72 / 0.806 / 13 of 15; written163 0.794 / 76 / 0.672 / 10 of 16.
# The forty-sixth session (2026-12-06) had eight sets written: written164, written167 and
# written170 (the fiftieth to fifty-second cross-sections), written165 (who spoke and who acted:
# initials, role titles, movers and seconders in every wording), written166 (how a paper names
# its body and committee), written168 (PDFs as councils produce them: running heads, columns,
# margin boxes, tables, scans with a text layer), written169 (district, borough and unitary
# councils' democracy platforms) and written171 (meetings other than the ordinary monthly one).
# Each was scored on the starting parser (ec84f25) before any of its files was opened:
# written164 0.958 / 95 of 100 / 0.728 / 11 of 15, dates 159-0-10; written165 0.710 / 50 of 95 /
# 0.537 / 13 of 14, 114-0-0; written166 0.953 / 95 of 108 / 0.899 / 12 of 15, 172-0-0;
# written167 0.777 / 63 of 84 / 0.780 / 12 of 15, 134-0-0; written168 0.649 / 36 of 89 / 0.479 /
# 10 of 14, 96-8-11; written169 0.913 / 94 of 109 / 0.728 / 12 of 14, 143-0-0; written170 0.776 /
# 53 of 91 / 0.622 / 8 of 16, 112-16-0; written171 0.854 / 56 of 86 / 0.671 / 13 of 17, 120-9-11.
# written165, 166, 168, 169 and 171 were read; written164, 167 and 170 were not opened. Floors
# just under the session's end: written164 0.960 / 95 / 0.728 / 11 of 15; written165 0.790 / 63
# / 0.604 / 13 of 14; written166 0.967 / 99 / 0.917 / 12 of 15; written167 0.777 / 63 / 0.780 /
# 12 of 15; written168 0.746 / 45 / 0.612 / 10 of 14; written169 0.942 / 102 / 0.785 / 12 of 14;
# written170 0.842 / 59 / 0.695 / 8 of 16; written171 0.894 / 60 / 0.704 / 14 of 17.
# The forty-seventh session (2026-12-06) had eight sets written: written172, written175 and
# written178 (the fifty-third to fifty-fifth cross-sections), written173 (minutes that record
# debate: who spoke, asked, answered, moved and seconded, transcripts among them), written174
# (decisions as registers record them), written176 (how a paper names its body and meeting),
# written177 (PDFs as councils make them, a second set) and written179 (text as users save it).
# Each was scored on the starting parser (68d8b59, its scorer's greedy pairing) before any of its
# files was opened: written172 0.805 / 69 of 88 / 0.685 / 10 of 15, dates 131-14-0; written173
# 0.738 / 58 of 96 / 0.426 / 12 of 15, 120-0-10; written174 0.416 / 40 of 150 / 0.512 / 8 of 20,
# 61-11-0; written175 0.787 / 56 of 79 / 0.800 / 15 of 17, 146-7-9; written176 0.809 / 66 of 87
# / 0.791 / 12 of 15, 103-0-6; written177 0.895 / 67 of 95 / 0.664 / 12 of 16, 183-0-0;
# written178 0.755 / 39 of 69 / 0.597 / 9 of 18, 95-0-45; written179 0.388 / 40 of 102 / 0.355 /
# 17 of 29, 72-0-0 (one of its papers was a '.md' file, which nothing reads: renamed '.txt').
# The same session made the scorer pair items by an order-keeping alignment (see
# KNOWN_WRONG_DATES); on the starting parser that gave written172 0.856 / 73 / 0.690, 147-6-0.
# written173, 174, 176, 177 and 179 were read; written172, 175 and 178 were not opened. Floors
# just under the session's end: written172 0.856 / 73 / 0.690 / 10 of 15; written173 0.738 / 67
# / 0.523 / 12 of 15; written174 0.475 / 53 / 0.509 / 8 of 20; written175 0.787 / 57 / 0.808 /
# 15 of 17; written176 0.862 / 73 / 0.823 / 14 of 15; written177 0.898 / 67 / 0.664 / 12 of 16;
# written178 0.755 / 39 / 0.597 / 9 of 18; written179 0.586 / 48 / 0.381 / 17 of 29.
# The forty-eighth session (2026-12-06) had eight sets written: written180, written183 and
# written186 (the fifty-sixth to fifty-eighth cross-sections), written181 (agendas, summonses
# and agenda packs), written182 (small councils' minutes on their own websites, a second set),
# written184 (decisions as registers and principal councils record them, a second set),
# written185 (planning, licensing and regulatory committees) and written187 (older minutes,
# 1994-2011). Each was scored on the starting parser (73a9d9f) before any of its files was
# opened: written180 0.727 / 56 of 96 / 0.540 / 9 of 17, dates 120-8-0; written181 0.646 / 5 of
# 13 / 0.129 / 10 of 15, 102-24-9; written182 0.729 / 55 of 99 / 0.622 / 15 of 19, 160-0-0;
# written183 0.773 / 53 of 80 / 0.539 / 13 of 15, 115-0-17; written184 0.741 / 75 of 120 / 0.521
# / 11 of 16, 146-9-0; written185 0.700 / 34 of 73 / 0.456 / 9 of 16, 86-6-0; written186 0.723 /
# 36 of 52 / 0.753 / 11 of 15, 130-0-0; written187 0.732 / 73 of 110 / 0.583 / 12 of 15,
# 154-0-0. written181, 182, 184, 185 and 187 were read; written180, 183 and 186 were not opened.
# Floors just under the session's end: written180 0.727 / 56 / 0.554 / 9 of 17; written181 0.646
# / 5 / 0.129 / 10 of 15; written182 0.798 / 65 / 0.715 / 15 of 19; written183 0.773 / 53 /
# 0.539 / 13 of 15; written184 0.766 / 92 / 0.521 / 11 of 16; written185 0.697 / 34 / 0.471 / 9
# of 16; written186 0.728 / 36 / 0.753 / 11 of 15; written187 0.784 / 75 / 0.590 / 12 of 15.
# The forty-ninth session (2026-12-06) had eight sets written: written188, written189 and
# written190 (the fifty-ninth to sixty-first cross-sections), written191 (parish and town
# councils' Word minutes as PDF, a third set), written192 (who attended and who spoke),
# written193 (how a small council's paper names its body and meeting), written194 (Welsh,
# Scottish and Northern Irish bodies) and written195 (items numbered in unusual ways or not at
# all). Each was scored on the starting parser (504b675) before any of its files was opened:
# written188 0.711 / 40 of 82 / 0.601 / 14 of 16, dates 105-0-13; written189 0.680 / 45 of 75 /
# 0.653 / 6 of 15, 121-0-0; written190 0.641 / 37 of 83 / 0.579 / 10 of 15, 87-17-0; written191
# 0.696 / 59 of 110 / 0.601 / 15 of 15, 100-0-24; written192 0.620 / 45 of 74 / 0.630 / 13 of
# 15, 107-6-0 (113-0-0 once one label's date was corrected: its post's title and heading give
# 21 May, the label 14 May); written193 0.775 / 56 of 103 / 0.614 / 15 of 23, 127-0-8;
# written194 0.785 / 66 of 109 / 0.781 / 14 of 17, 156-7-0; written195 0.681 / 36 of 62 / 0.684
# / 11 of 15, 108-0-16. written189 and 191-195 were read; written188 and written190 were not
# opened. Floors just under the session's end: written188 0.711 / 40 / 0.601 / 14 of 16;
# written189 0.680 / 46 / 0.653 / 8 of 15; written190 0.641 / 37 / 0.579 / 10 of 15; written191
# 0.800 / 85 / 0.669 / 15 of 15; written192 0.620 / 45 / 0.630 / 13 of 15; written193 0.797 / 61
# / 0.646 / 16 of 23; written194 0.925 / 93 / 0.857 / 14 of 17; written195 0.675 / 36 / 0.677 /
# 12 of 15.
# The fiftieth session (2026-12-06) had eight sets written: written196, written197 and written198
# (the sixty-second to sixty-fourth cross-sections), written199 (decisions as running minutes word
# them), written200 (PDFs as councils make them, a third set), written201 (small councils' minutes
# on their own websites, a third set), written202 (several meetings in one paper) and written203
# (agendas, summonses and agenda packs, a second set). Each was scored on the starting parser
# (1a0389c) before any of its files was opened: written196 0.844 / 83 of 97 / 0.801 / 15 of 16,
# dates 180-0-0; written197 0.777 / 43 of 70 / 0.700 / 11 of 14, dates 121-0-16; written198 0.836 /
# 50 of 66 / 0.505 / 12 of 15, dates 108-0-0; written199 0.837 / 116 of 150 / 0.652 / 15 of 16,
# dates 170-10-11; written200 0.788 / 46 of 60 / 0.757 / 12 of 16, dates 95-0-0; written201 0.684 /
# 47 of 91 / 0.421 / 12 of 15, dates 109-9-0; written202 0.651 / 69 of 141 / 0.452 / 20 of 34,
# dates 128-0-17; written203 0.662 / 7 of 12 / 0.581 / 16 of 18, dates 150-0-0. written197 and
# 199-203 were read; written196 and written198 were not opened. Floors just under the session's
# end: written196 0.844 / 83 / 0.801 / 15 of 16; written197 0.777 / 43 / 0.700 / 11 of 14;
# written198 0.836 / 50 / 0.505 / 12 of 15; written199 0.833 / 117 / 0.679 / 15 of 16; written200
# 0.826 / 47 / 0.803 / 12 of 16; written201 0.816 / 60 / 0.599 / 13 of 15; written202 0.690 / 75 /
# 0.474 / 27 of 34; written203 0.688 / 9 / 0.667 / 16 of 18.
# The fifty-first session (2026-12-06) had eight sets written: written204, written205 and
# written206 (the sixty-fifth to sixty-seventh cross-sections), written207 (how a paper names its
# body and committee, a second set), written208 (who attended and who spoke, a second set),
# written209 (PDFs as councils make them, a fourth set), written210 (agenda items headed in unusual
# ways, a second set) and written211 (decisions as councils record them, a second set). Each was
# scored on the starting parser (1ad9e76) before any of its files was opened: written204 0.702 / 33
# of 59 / 0.546 / 12 of 18, dates 91-0-0; written205 0.741 / 46 of 81 / 0.534 / 10 of 18, dates
# 125-0-0; written206 0.720 / 47 of 74 / 0.591 / 10 of 13, dates 95-0-9; written207 0.940 / 82 of
# 98 / 0.867 / 11 of 16, dates 145-0-4; written208 0.706 / 43 of 78 / 0.597 / 14 of 15, dates
# 104-0-12; written209 0.808 / 72 of 94 / 0.775 / 13 of 15, dates 171-0-0; written210 0.724 / 71 of
# 107 / 0.645 / 17 of 18, dates 172-0-0; written211 0.659 / 49 of 84 / 0.657 / 9 of 15, dates
# 73-9-0. written205 and 207-211 were read; written204 and written206 were not opened. Floors just
# under the session's end: written204 0.702 / 33 / 0.546 / 12 of 18; written205 0.815 / 51 / 0.575
# / 10 of 18; written206 0.720 / 47 / 0.591 / 10 of 13; written207 0.940 / 87 / 0.867 / 12 of 16;
# written208 0.824 / 47 / 0.685 / 14 of 15; written209 0.877 / 82 / 0.795 / 13 of 15; written210
# 0.799 / 75 / 0.691 / 17 of 18; written211 0.659 / 49 / 0.657 / 9 of 15.
# The same session lowered written149's speaker floor from 0.82 to 0.81 (0.826 -> 0.810): a
# heading in capitals going on in small letters is now one title, so an item pairs with its
# label, and its parsed text, which runs on over a heading the parser misses, names more
# speakers than the label gives it.
# The fifty-second session (2026-12-06) had eight sets written: written212, written213 and
# written214 (the sixty-eighth to seventieth cross-sections), written215 (small councils' minutes
# on their own websites, a fourth set), written216 (several meetings in one paper, a second set),
# written217 (decisions as running minutes word them, a second set), written218 (older and typed
# papers) and written219 (Welsh, Scottish and Northern Irish bodies). Each was scored on the
# starting parser (82bdb52) before any of its files was opened: written212 0.816 / 52 of 80 / 0.682
# / 10 of 15, dates 116-0-22; written213 0.882 / 75 of 94 / 0.653 / 13 of 15, dates 166-0-10;
# written214 0.840 / 68 of 89 / 0.766 / 13 of 17, dates 162-12-0; written215 0.944 / 95 of 107 /
# 0.913 / 19 of 22, dates 193-0-12; written216 0.820 / 82 of 115 / 0.777 / 31 of 32, dates 207-8-0;
# written217 0.771 / 74 of 126 / 0.411 / 11 of 16, dates 132-0-13; written218 0.764 / 68 of 102 /
# 0.667 / 10 of 15, dates 140-9-0; written219 0.684 / 39 of 54 / 0.737 / 13 of 19, dates 120-0-1.
# written213 and 215-219 were read; written212 and written214 were not opened (written214's twelve
# wrong dates, in two papers, are in KNOWN_WRONG_DATES, their causes not known here). Floors just
# under the session's end: written212 0.816 / 52 / 0.682 / 10 of 15; written213 0.922 / 81 / 0.702
# / 13 of 15; written214 0.840 / 68 / 0.766 / 13 of 17; written215 0.956 / 99 / 0.927 / 19 of 22;
# written216 0.860 / 95 / 0.834 / 31 of 32; written217 0.776 / 84 / 0.530 / 11 of 16; written218
# 0.770 / 75 / 0.671 / 10 of 15; written219 0.684 / 39 / 0.737 / 13 of 19.
# written220-227 came with the fifty-third session: written220, written221 and written222 (the
# seventy-first to seventy-third cross-sections), written223 (who attended and who spoke, a
# third set), written224 (district, borough, unitary and county committees as their own systems
# publish them), written225 (minutes set out in tables), written226 (PDFs as councils make them,
# a fifth set) and written227 (agendas, summonses and packs, a third set). Each was scored on the
# starting parser (a5becc1) before any of its files was opened: written220 0.721 / 43 of 80 /
# 0.708 / 11 of 16, dates 86-9-24; written221 0.812 / 57 of 92 / 0.730 / 11 of 16, dates 122-0-5;
# written222 0.789 / 53 of 77 / 0.701 / 11 of 14, dates 112-0-5; written223 0.706 / 78 of 107 /
# 0.805 / 17 of 17, dates 169-0-0; written224 0.688 / 60 of 102 / 0.644 / 10 of 19, dates
# 135-15-1; written225 0.733 / 47 of 72 / 0.777 / 10 of 16, dates 90-9-7; written226 0.848 / 71
# of 95 / 0.763 / 16 of 16, dates 154-0-20; written227 0.656 / 0 of 3 / 0.880 / 13 of 18, dates
# 97-0-31. written221 and 223-227 were read; written220 and written222 were not opened
# (written220's nine wrong dates, in two papers, are in KNOWN_WRONG_DATES). Floors just under
# the session's end: written220 0.721 / 46 / 0.708 / 11 of 16; written221 0.818 / 59 / 0.730 /
# 13 of 16; written222 0.816 / 57 / 0.721 / 11 of 14; written223 0.866 / 87 / 0.857 / 17 of 17;
# written224 0.715 / 67 / 0.694 / 10 of 19; written225 0.784 / 51 / 0.805 / 10 of 16; written226
# 0.880 / 77 / 0.806 / 16 of 16; written227 0.682 / 0 / 0.880 / 13 of 18.
# written228-235 came with the fifty-fourth session: written228, written229 and written230 (the
# seventy-fourth to seventy-sixth cross-sections), written231 (small councils' minutes on their
# own websites, a fifth set), written232 (agenda items headed in unusual ways, a third set),
# written233 (how a paper names its body and committee, a third set), written234 (decisions as
# running minutes word them, a third set) and written235 (several meetings in one paper, a third
# set). Each was scored on the starting parser (072b790) before any of its files was opened:
# written228 0.902 / 91 of 106 / 0.689 / 14 of 20, dates 178-12-0; written229 0.743 / 65 of 90 /
# 0.554 / 10 of 13, dates 133-0-0; written230 0.929 / 85 of 93 / 0.730 / 14 of 15, dates
# 189-0-0; written231 0.830 / 92 of 119 / 0.465 / 16 of 19, dates 169-24-0; written232 0.678 / 62
# of 104 / 0.597 / 14 of 14, dates 137-0-0; written233 0.777 / 55 of 88 / 0.497 / 11 of 13, dates
# 99-9-13; written234 0.884 / 125 of 159 / 0.617 / 14 of 15, dates 186-4-0; written235 0.811 /
# 106 of 161 / 0.669 / 30 of 35, dates 193-2-0. written229 and 231-235 were read; written228 and
# written230 were not opened (written228's twelve wrong dates, in one paper, are in
# KNOWN_WRONG_DATES). Floors just under the session's end: written228 0.902 / 91 / 0.689 / 14 of
# 20; written229 0.820 / 65 / 0.554 / 10 of 13; written230 0.929 / 85 / 0.730 / 14 of 15;
# written231 0.830 / 95 / 0.558 / 16 of 19; written232 0.749 / 62 / 0.623 / 14 of 14; written233
# 0.777 / 58 / 0.539 / 12 of 13; written234 0.884 / 125 / 0.617 / 14 of 15; written235 0.888 /
# 130 / 0.741 / 30 of 35.
# The same session kept an agenda entry's task after its dash in its title ('Precept 2021/22 –
# to consider the draft budget …'), as LABELS.md's first-sentence rule and most agendas' labels
# have it; the labels of three earlier agendas cut at the dash, so written28's title floor goes
# from 0.96 to 0.94 (0.943 now) and written130's from 0.87 to 0.86 (0.864).
# written236-243 came with the fifty-fifth session: written236, written237 and written238 (the
# seventy-seventh to seventy-ninth cross-sections), written239 (who attended and who spoke, a
# fourth set), written240 (minutes set out in tables, a third set), written241 (agendas,
# summonses and packs, a fourth set), written242 (PDFs as councils make them, a sixth set) and
# written243 (district, borough, unitary and county committees and combined authorities as their
# own systems publish them, a third set). Each was scored on the starting parser (cb415e6)
# before any of its files was opened: written236 0.779 / 38 of 77 / 0.733 / 14 of 16, dates
# 111-0-0; written237 0.691 / 36 of 61 / 0.396 / 9 of 13, dates 81-9-5; written238 0.829 / 37
# of 42 / 0.907 / 9 of 12, dates 105-0-10; written239 0.642 / 39 of 69 / 0.561 / 8 of 13, dates
# 76-0-20; written240 0.558 / 26 of 71 / 0.503 / 11 of 14, dates 72-14-0; written241 0.876 / 13
# of 14 / 0.436 / 9 of 13, dates 113-13-0; written242 0.675 / 36 of 61 / 0.646 / 10 of 13, dates
# 82-0-0; written243 0.966 / 90 of 97 / 0.872 / 11 of 14, dates 141-0-0. written237 and 239-243
# were read; written236 and written238 were not opened. Floors just under the session's end:
# written236 0.779 / 38 / 0.733 / 14 of 16; written237 0.727 / 41 / 0.396 / 9 of 13; written238
# 0.829 / 37 / 0.907 / 9 of 12; written239 0.773 / 51 / 0.646 / 9 of 13; written240 0.558 / 26
# / 0.503 / 11 of 14; written241 0.876 / 13 / 0.436 / 9 of 13; written242 0.823 / 48 / 0.803 /
# 10 of 13; written243 0.966 / 90 / 0.872 / 11 of 14.
# The fifty-sixth session added written244 and written246 (the 80th and 82nd cross-sections,
# kept blind), written245 (the 81st cross-section), written247 (decisions worded every way),
# written248 (parish and town councils' own websites), written249 (Welsh, Scottish, Northern
# Irish, Manx and Channel Island bodies), written250 (meetings and their dates: annual,
# extraordinary, adjourned; 13 papers, two helpers) and written251 (old minute books and long
# archives). Each was scored on the starting parser (73346f6) before any of its files was
# opened: written244 0.754 / 47 of 68 / 0.749 / 12 of 14, dates 106-0-8; written245 0.783 / 57
# of 74 / 0.660 / 9 of 14, dates 96-9-10; written246 0.769 / 46 of 58 / 0.770 / 8 of 10, dates
# 93-0-0; written247 0.856 / 52 of 65 / 0.628 / 9 of 13, dates 92-4-0; written248 0.805 / 47 of
# 57 / 0.514 / 12 of 13, dates 101-2-0; written249 0.738 / 27 of 54 / 0.607 / 5 of 13, dates
# 69-0-9; written250 0.372 / 12 of 45 / 0.224 / 8 of 14, dates 27-4-0; written251 0.725 / 31 of
# 59 / 0.752 / 14 of 17, dates 62-0-0. written245 and 247-251 were read; written244 and
# written246 were not opened. Floors just under the session's end: written244 0.754 / 47 /
# 0.749 / 12 of 14; written245 0.783 / 57 / 0.660 / 10 of 14; written246 0.769 / 46 / 0.770 / 8
# of 10; written247 0.884 / 57 / 0.663 / 10 of 13; written248 0.813 / 48 / 0.514 / 13 of 13;
# written249 0.790 / 38 / 0.762 / 5 of 13; written250 0.367 / 12 / 0.224 / 8 of 14; written251
# 0.725 / 39 / 0.752 / 15 of 17.
# The blind written167's speaker floor went from 0.77 to 0.76 this session: an annual meeting
# followed by the ordinary meeting, after the first's closing line, is now parted in one of its
# papers, and the second no longer shares the first's attendance list, so fewer speakers are
# named in full (speaker F1 0.780 -> 0.765; the lead's slip in opening that paper is disclosed in
# LABELS.md).
# The fifty-seventh session added written252 and written254 (the 83rd and 85th cross-sections,
# kept blind), written253 (the 84th cross-section), written255 (who spoke: initials, roles,
# action columns), written256 (bodies and committees: panels, forums, trusts, associations),
# written257 (town councils' committee papers as PDFs), written258 (records of decisions and
# decision lists) and written259 (minutes laid out in tables and grids). Each was scored on the
# starting parser (27730c3) before any of its files was opened: written252 0.822 / 55 of 81 /
# 0.615 / 7 of 16, dates 80-18-27; written253 0.769 / 47 of 65 / 0.654 / 6 of 13, dates
# 100-0-0; written254 0.759 / 63 of 89 / 0.714 / 14 of 16, dates 138-0-0; written255 0.806 / 62
# of 83 / 0.760 / 15 of 16, dates 135-13-0; written256 0.722 / 36 of 64 / 0.677 / 8 of 14, dates
# 64-10-26; written257 0.792 / 89 of 100 / 0.670 / 15 of 17, dates 162-0-0; written258 0.677 /
# 61 of 81 / 0.865 / 11 of 24, dates 91-7-0; written259 0.283 / 11 of 82 / 0.134 / 6 of 13,
# dates 21-13-7. written253 and 255-259 were read; written252 and written254 were not opened.
# Floors just under the session's end: written252 0.822 / 55 / 0.615 / 7 of 16; written253 0.769
# / 47 / 0.654 / 6 of 13; written254 0.759 / 63 / 0.714 / 14 of 16; written255 0.833 / 64 /
# 0.772 / 15 of 16; written256 0.722 / 36 / 0.677 / 8 of 14; written257 0.818 / 93 / 0.714 / 15
# of 17; written258 0.745 / 65 / 0.908 / 11 of 24; written259 0.283 / 11 / 0.134 / 6 of 13.
# The fifty-eighth session added written260 and written262 (the 86th and 88th cross-sections,
# kept blind), written261 (the 87th cross-section), written263 (agendas, summonses and packs),
# written264 (motions, amendments and votes), written265 (public participation and questions),
# written266 (minutes in tables and grids, a fourth set) and written267 (minutes kept as plain
# text). Each was scored on the starting parser (20bf44d) before any of its files was opened:
# written260 0.532 / 31 of 56 / 0.500 / 5 of 11, dates 66-0-0; written261 0.641 / 35 of 59 /
# 0.446 / 7 of 12, dates 61-1-15; written262 0.627 / 21 of 46 / 0.590 / 8 of 14, dates 49-3-20;
# written263 0.624 / 7 of 12 / 0.244 / 9 of 15, dates 102-3-0; written264 0.494 / 29 of 87 /
# 0.409 / 10 of 14, dates 58-0-12; written265 0.727 / 31 of 36 / 0.674 / 10 of 14, dates 86-4-0;
# written266 0.742 / 36 of 57 / 0.671 / 7 of 15, dates 68-18-15; written267 0.712 / 54 of 87 /
# 0.599 / 12 of 14, dates 120-0-3. written261 and 263-267 were read; written260 and written262
# were not opened. Floors just under the session's end: written260 0.538 / 31 / 0.519 / 4 of
# 11; written261 0.641 / 35 / 0.446 / 7 of 12; written262 0.627 / 21 / 0.590 / 8 of 14;
# written263 0.635 / 7 / 0.244 / 9 of 15; written264 0.580 / 38 / 0.479 / 11 of 14; written265
# 0.730 / 31 / 0.672 / 10 of 14; written266 0.766 / 40 / 0.716 / 7 of 15; written267 0.736 / 57
# / 0.612 / 12 of 14.
# The fifty-ninth session added written268 and written270 (the 89th and 91st cross-sections,
# kept blind), written269 (the 90th cross-section), written271 (PDFs as councils make them, a
# second set), written272 (decisions worded every way, a second set), written273 (item headings
# in every form), written274 (parish and town councils' own websites, a third set) and
# written275 (committees of district, borough and county councils, a second set). Each was
# scored on the starting parser (32e4816) before any of its files was opened: written268 0.663
# / 44 of 84 / 0.297 / 9 of 16, dates 124-0-0; written269 0.773 / 72 of 109 / 0.458 / 11 of 17,
# dates 124-25-0; written270 0.685 / 43 of 103 / 0.503 / 8 of 16, dates 129-0-0; written271
# 0.794 / 69 of 117 / 0.465 / 11 of 15, dates 132-15-0; written272 0.793 / 60 of 103 / 0.483 /
# 10 of 15, dates 114-0-9; written273 0.780 / 68 of 93 / 0.635 / 6 of 15, dates 135-2-0;
# written274 0.613 / 43 of 64 / 0.622 / 4 of 12, dates 72-0-7; written275 0.746 / 63 of 88 /
# 0.723 / 8 of 14, dates 128-0-0. written269 and 271-275 were read; written268 and written270
# were not opened. Floors just under the session's end: written268 0.663 / 44 / 0.297 / 9 of
# 16; written269 0.773 / 72 / 0.458 / 11 of 17; written270 0.685 / 43 / 0.503 / 8 of 16;
# written271 0.794 / 69 / 0.465 / 11 of 15; written272 0.793 / 67 / 0.483 / 10 of 15;
# written273 0.846 / 74 / 0.650 / 6 of 15; written274 0.613 / 43 / 0.622 / 4 of 12; written275
# 0.814 / 64 / 0.735 / 8 of 14.
# The sixtieth session added written276 and written278 (the 92nd and 94th cross-sections, kept
# blind), written277 (the 93rd cross-section), written279 (who spoke, a second set), written280
# (bodies and committees and how papers name them, a second set), written281 (meetings and
# their dates, a second set), written282 (old minute books and long-running archives, a second
# set) and written283 (papers of councils outside the UK). Each was scored on the starting
# parser (e95198b) before any of its files was opened: written276 0.568 / 33 of 73 / 0.462 / 6
# of 14, dates 90-0-0; written277 0.691 / 35 of 81 / 0.720 / 6 of 16, dates 84-8-21; written278
# 0.714 / 75 of 94 / 0.602 / 8 of 18, dates 129-11-10; written279 0.882 / 63 of 76 / 0.634 / 10
# of 15, dates 114-0-17; written280 0.779 / 51 of 83 / 0.516 / 6 of 16, dates 137-0-0;
# written281 0.778 / 37 of 81 / 0.509 / 10 of 20, dates 112-4-0; written282 0.786 / 66 of 87 /
# 0.690 / 8 of 16, dates 121-0-19; written283 0.672 / 42 of 107 / 0.517 / 11 of 16, dates
# 114-0-4. written277 and 279-283 were read; written276 and written278 were not opened. Floors
# just under the session's end: written276 0.568 / 33 / 0.462 / 6 of 14; written277 0.742 / 45
# / 0.722 / 9 of 16; written278 0.714 / 75 / 0.602 / 8 of 18; written279 0.885 / 66 / 0.673 /
# 10 of 15; written280 0.779 / 54 / 0.516 / 6 of 16; written281 0.778 / 51 / 0.509 / 10 of 20;
# written282 0.789 / 66 / 0.690 / 9 of 16; written283 0.714 / 60 / 0.609 / 14 of 16.
# The sixty-first session added written284 and written286 (the 95th and 97th cross-sections,
# kept blind), written285 (the 96th cross-section), written287 (how decisions are written, a
# further set), written288 (agendas and agenda packs), written289 (published web pages),
# written290 (UK parish, town and community councils, their layouts followed again from papers
# found anew) and written291 (PDFs as councils make them). Each was scored on the starting
# parser (9bba479) before any of its files was opened: written284 0.696 / 33 of 73 / 0.585 / 5
# of 14, dates 96-6-4; written285 0.615 / 39 of 88 / 0.477 / 9 of 17, dates 50-13-33;
# written286 0.812 / 52 of 82 / 0.645 / 6 of 15, dates 100-16-10; written287 0.723 / 44 of 99 /
# 0.507 / 10 of 14, dates 123-0-15; written288 0.558 / 19 of 39 / 0.602 / 14 of 17, dates
# 78-23-13; written289 0.706 / 39 of 73 / 0.609 / 10 of 13, dates 105-0-5; written290 0.823 /
# 57 of 72 / 0.760 / 13 of 15, dates 147-0-0; written291 0.627 / 38 of 60 / 0.661 / 8 of 15,
# dates 65-15-20. written285 and 287-291 were read; written284 and written286 were not opened.
# Floors just under the session's end: written284 0.696 / 33 / 0.585 / 5 of 14; written285
# 0.624 / 40 / 0.509 / 9 of 17; written286 0.812 / 52 / 0.645 / 6 of 15; written287 0.723 / 50
# / 0.507 / 10 of 14; written288 0.560 / 19 / 0.602 / 14 of 17; written289 0.718 / 40 / 0.592
# / 10 of 13; written290 0.823 / 58 / 0.760 / 13 of 15; written291 0.688 / 43 / 0.706 / 8 of 15.
# written233's committee floor came down from 0.91 to 0.84 (11 of 13): its council's notice of a
# special meeting, signed by the chief executive over the notice's date, was read as two
# meetings, the second named right by chance; the signature is no meeting now, and the one
# meeting takes 'Special Council' from the notice's heading.
# The sixty-second session (2026-12-07) added written292-299, eight sets of 14 papers each
# written from the same brief: written292, 293 and 294 (the ninety-eighth to hundredth
# cross-sections), written295 (who spoke, a third set), written296 (bodies and committees, a
# third set), written297 (meetings and their dates, a third set), written298 (old minute books,
# a third set) and written299 (councils outside the UK, a second set). Each was scored on the
# starting parser (ba8ad16) before any of its files was opened: written292 0.699 / 31 of 57 /
# 0.595 / 7 of 17, dates 61-27-7; written293 0.712 / 37 of 60 / 0.656 / 4 of 13, dates 94-10-0;
# written294 0.712 / 36 of 79 / 0.506 / 7 of 15, dates 94-8-0; written295 0.638 / 39 of 90 /
# 0.488 / 8 of 21, dates 53-18-18; written296 0.686 / 53 of 94 / 0.492 / 11 of 21, dates
# 101-24-22; written297 0.783 / 39 of 66 / 0.515 / 11 of 17, dates 85-13-14; written298 0.741 /
# 38 of 61 / 0.636 / 6 of 17, dates 110-0-0; written299 0.637 / 71 of 105 / 0.607 / 11 of 14,
# dates 128-20-2. written293 and 295-299 were read; written292 and written294 were not opened.
# Floors just under the session's end: written292 0.699 / 31 / 0.595 / 7 of 17; written293
# 0.712 / 37 / 0.656 / 5 of 13; written294 0.712 / 36 / 0.506 / 7 of 15; written295 0.638 / 39
# / 0.488 / 10 of 21; written296 0.716 / 74 / 0.604 / 14 of 21; written297 0.823 / 47 / 0.522 /
# 12 of 17; written298 0.741 / 38 / 0.636 / 6 of 17; written299 0.643 / 80 / 0.613 / 11 of 14.
# The blind written276's speaker floor came down from 0.46 to 0.45 (its F1 0.462 -> 0.459): 'Meeting
# Minutes' after a body's name is now no part of it, which moved one of its papers (two fewer
# extra items, two more extra speakers); not opened.
# The sixty-third session (2026-12-07) added written300-307, eight sets of 14 papers each
# written from a brief rewritten to the same rules: written300, 301 and 302 (the 101st to 103rd
# cross-sections), written303 (how decisions are written), written304 (agendas and agenda
# packs), written305 (published web pages), written306 (UK parish, town and community councils)
# and written307 (PDFs as councils make them). Each was scored on the starting parser (8718f3e)
# before any of its files was opened: written300 0.636 / 43 of 77 / 0.644 / 11 of 15, dates
# 104-0-4; written301 0.719 / 50 of 88 / 0.651 / 9 of 14, dates 99-14-15; written302 0.766 / 53
# of 76 / 0.591 / 8 of 14, dates 104-11-15; written303 0.705 / 55 of 106 / 0.484 / 7 of 15,
# dates 97-21-0; written304 0.495 / 6 of 10 / 0.522 / 4 of 15, dates 35-26-26; written305 0.821
# / 51 of 67 / 0.686 / 11 of 16, dates 128-0-21; written306 0.867 / 65 of 79 / 0.578 / 14 of 14,
# dates 164-0-0; written307 0.774 / 47 of 75 / 0.600 / 8 of 15, dates 104-0-11. written301 and
# 303-307 were read; written300 and written302 were not opened. Floors just under the session's
# end: written300 0.636 / 43 / 0.644 / 11 of 15; written301 0.738 / 51 / 0.651 / 9 of 14;
# written302 0.766 / 53 / 0.591 / 8 of 14; written303 0.711 / 74 / 0.607 / 10 of 15; written304
# 0.538 / 6 / 0.828 / 5 of 15; written305 0.856 / 54 / 0.686 / 12 of 16; written306 0.867 / 66 /
# 0.578 / 14 of 14; written307 0.774 / 50 / 0.600 / 8 of 15.
SETS = {"seed": "seen", "pdfcase": "seen", "realdoc": "seen", "archive": "archive",
        "heldout": "heldout", "heldout2": "heldout2", "heldout3": "heldout3",
        "heldout4": "heldout4", "heldout5": "heldout5", "heldout6": "heldout6",
        "heldout7": "heldout7", "written": "written", "written2": "written2",
        "written3": "written3", "written4": "written4", "written5": "written5",
        "written6": "written6", "written7": "written7", "written8": "written8",
        "written9": "written9", "written10": "written10", "written11": "written11",
        "written12": "written12", "written13": "written13", "written14": "written14",
        "written15": "written15", "written16": "written16", "written17": "written17",
        "written18": "written18", "written19": "written19", "written20": "written20",
        "written21": "written21", "written22": "written22", "written23": "written23",
        "written24": "written24", "written25": "written25", "written26": "written26",
        "written27": "written27", "written28": "written28", "written29": "written29",
        "written30": "written30", "written31": "written31", "written32": "written32",
        "written33": "written33", "written34": "written34", "written35": "written35",
        "written36": "written36", "written37": "written37", "written38": "written38",
        "written39": "written39", "written40": "written40", "written41": "written41",
        "written42": "written42", "written43": "written43", "written44": "written44",
        "written45": "written45", "written46": "written46", "written47": "written47",
        "written48": "written48", "written49": "written49", "written50": "written50",
        "written51": "written51", "written52": "written52", "written53": "written53",
        "written54": "written54", "written55": "written55", "written56": "written56",
        "written57": "written57", "written58": "written58", "written59": "written59",
        "written60": "written60", "written61": "written61", "written62": "written62",
        "written63": "written63", "written64": "written64", "written65": "written65",
        "written66": "written66", "written67": "written67", "written68": "written68",
        "written69": "written69", "written70": "written70", "written71": "written71",
        "written72": "written72", "written73": "written73", "written74": "written74",
        "written75": "written75", "written76": "written76", "written77": "written77",
        "written78": "written78", "written79": "written79", "written80": "written80",
        "written81": "written81", "written82": "written82", "written83": "written83",
        "written84": "written84", "written85": "written85", "written86": "written86",
        "written87": "written87", "written88": "written88", "written89": "written89",
        "written90": "written90", "written91": "written91", "written92": "written92",
        "written93": "written93", "written94": "written94",
        "written95": "written95", "written96": "written96", "written97": "written97",
        "written98": "written98", "written99": "written99", "written100": "written100",
        "written101": "written101", "written102": "written102", "written103": "written103",
        "written104": "written104", "written105": "written105", "written106": "written106",
        "written107": "written107", "written108": "written108", "written109": "written109",
        "written110": "written110", "written111": "written111", "written112": "written112",
        "written113": "written113", "written114": "written114", "written115": "written115",
        "written116": "written116", "written117": "written117", "written118": "written118",
        "written119": "written119", "written120": "written120", "written121": "written121",
        "written122": "written122", "written123": "written123", "written124": "written124",
        "written125": "written125", "written126": "written126", "written127": "written127",
        "written128": "written128", "written129": "written129", "written130": "written130",
        "written131": "written131", "written132": "written132", "written133": "written133",
        "written134": "written134", "written135": "written135", "written136": "written136",
        "written137": "written137", "written138": "written138", "written139": "written139",
        "written140": "written140", "written141": "written141", "written142": "written142",
        "written143": "written143", "written144": "written144", "written145": "written145",
        "written146": "written146", "written147": "written147", "written148": "written148",
        "written149": "written149", "written150": "written150", "written151": "written151",
        "written152": "written152", "written153": "written153", "written154": "written154",
        "written155": "written155", "written156": "written156", "written157": "written157",
        "written158": "written158", "written159": "written159", "written160": "written160",
        "written161": "written161", "written162": "written162", "written163": "written163",
        "written164": "written164", "written165": "written165", "written166": "written166",
        "written167": "written167", "written168": "written168", "written169": "written169",
        "written170": "written170", "written171": "written171", "written172": "written172",
        "written173": "written173", "written174": "written174", "written175": "written175",
        "written176": "written176", "written177": "written177", "written178": "written178",
        "written179": "written179", "written180": "written180", "written181": "written181",
        "written182": "written182", "written183": "written183", "written184": "written184",
        "written185": "written185", "written186": "written186", "written187": "written187",
        "written188": "written188", "written189": "written189", "written190": "written190",
        "written191": "written191", "written192": "written192", "written193": "written193",
        "written194": "written194", "written195": "written195", "written196": "written196",
        "written197": "written197", "written198": "written198", "written199": "written199",
        "written200": "written200", "written201": "written201", "written202": "written202",
        "written203": "written203", "written204": "written204", "written205": "written205",
        "written206": "written206", "written207": "written207", "written208": "written208",
        "written209": "written209", "written210": "written210", "written211": "written211",
        "written212": "written212", "written213": "written213", "written214": "written214",
        "written215": "written215", "written216": "written216", "written217": "written217",
        "written218": "written218", "written219": "written219",
        "written220": "written220", "written221": "written221", "written222": "written222",
        "written223": "written223", "written224": "written224", "written225": "written225",
        "written226": "written226", "written227": "written227",
        "written228": "written228", "written229": "written229", "written230": "written230",
        "written231": "written231", "written232": "written232", "written233": "written233",
        "written234": "written234", "written235": "written235",
        "written236": "written236", "written237": "written237", "written238": "written238",
        "written239": "written239", "written240": "written240", "written241": "written241",
        "written242": "written242", "written243": "written243",
        "written244": "written244", "written245": "written245", "written246": "written246",
        "written247": "written247", "written248": "written248", "written249": "written249",
        "written250": "written250", "written251": "written251",
        "written252": "written252", "written253": "written253", "written254": "written254",
        "written255": "written255", "written256": "written256", "written257": "written257",
        "written258": "written258", "written259": "written259",
        "written260": "written260", "written261": "written261", "written262": "written262",
        "written263": "written263", "written264": "written264", "written265": "written265",
        "written266": "written266", "written267": "written267",
        "written268": "written268", "written269": "written269", "written270": "written270",
        "written271": "written271", "written272": "written272", "written273": "written273",
        "written274": "written274", "written275": "written275",
        "written276": "written276", "written277": "written277", "written278": "written278",
        "written279": "written279", "written280": "written280", "written281": "written281",
        "written282": "written282", "written283": "written283",
        "written284": "written284", "written285": "written285", "written286": "written286",
        "written287": "written287", "written288": "written288", "written289": "written289",
        "written290": "written290", "written291": "written291",
        "written292": "written292", "written293": "written293", "written294": "written294",
        "written295": "written295", "written296": "written296", "written297": "written297",
        "written298": "written298", "written299": "written299",
        "written300": "written300", "written301": "written301", "written302": "written302",
        "written303": "written303", "written304": "written304", "written305": "written305",
        "written306": "written306", "written307": "written307"}
# Wrongly dated items, held at exactly their count so that a fix, or any other wrong date, is
# seen. The scorer pairs labelled and parsed items by the best order-keeping alignment of the
# whole paper (since the forty-seventh session; before, each label took the next close title in
# document order, and 27 items of agendas and packs carrying earlier minutes were paired with
# the minutes' namesakes and counted as wrongly dated, none of them dated wrongly by the parser).
# Seven are the parser's own: a minute book's table of its main decisions, a row per date and
# subject (written155), is read as one meeting of its first row's date, so the later rows'
# subjects are dated by it; reading each dated row as a meeting is left for later.
# Thirty-four are in papers of cross-sections kept blind: twenty-one in three of written170's,
# six in one of written172's, seven in one of written175's. Neither the papers nor what the
# parser makes of them were opened; only each paper's count of wrongly dated items was printed,
# and, for these three sets, how many of those items carry another labelled meeting's date (7,
# 0 and 7) and how many meetings the labels and the parser find in each paper, so the cause is
# not known here.
# Twenty-five more came with the forty-eighth session's sets. Eight are in one paper of the
# blind written180 (its cause not known here, as above). Seventeen are in read papers: a blogger
# post dated by its posting day, the meeting's own date in its title in American figures
# (written181, 4); a record of officers' decisions under delegated powers, each decision dated
# on its own day and read as a meeting of that day, where the labels give the record no date
# (written184, 7); a document site's page whose title line carries the upload date between
# middle dots over the minutes' own date (written185, 6).
# Seventeen more came with the forty-ninth session's sets, all in two papers of the blind
# written190 (13 and 4; their causes not known here, as above).
# The alignment pairs sixteen more of written158's items (a town's year of agenda summaries),
# and its speaker F1 is measured over them too: 0.632 before, 0.600 now, the floor 0.59.
# Twelve more came with the fifty-second session's sets, in two papers of the blind written214 (6
# and 6; their causes not known here, as above).
# In the fifty-third session a rule for a line naming another meeting's record whose sentence
# goes on below it ('The notes of the … meeting held on …' / 'were received and noted.', from
# the read written224) took one of written170's three papers from 6 wrongly dated items to
# none; its entry is gone. Nine more came with that session's sets, in two papers of the blind
# written220 (7 and 2; their causes not known here, as above).
# Twenty-one more came with the fifty-fourth session's sets. Twelve are in one paper of the
# blind written228 (its cause not known here, as above). Nine are in a read paper of
# written233: an Irish meetings portal's page for one meeting's item, the report of an earlier
# meeting (its own heading, 'Report of the … Committee Meeting held … on Friday 3rd July 2020',
# over its attendance), which the labels date by that earlier meeting and the parser by the page's
# meeting; reading 'Report of the … Meeting held …' as a record's title dated six of written4's
# items wrongly, so it was left.
# The fifty-fifth session's sets came with 36 wrong dates in four read papers; 30 were made
# right (a posted agenda dated by its summons, minutes under the clerk's letter date, a notice's
# own date field under its posting date). Six remain, in a read paper of written240: a page of
# an island council's reports, dated by a photograph's caption naming a later meeting, while
# its report says when the council met, eight months before; a caption's meeting was not worth
# a rule of its own.
# The fifty-sixth session's sets came with 19 wrong dates in four read papers, each a post dated
# by the day it went up; all 19 are right (the meeting's own titled line, 'convened on', 'will
# meet tomorrow'; a post about 'the May 2017 meeting' gives no day), and none was added.
# The fifty-seventh session's read sets came with 43 wrong dates in four papers; all are right
# (minutes 'HELD ON MONDAY 15TH JULY' with no year under a post's title that gives it, a minute
# book's 'Minutes No. 3052 of the Meeting …', a pack's minutes dated in fields over a long
# attendance grid, a bilingual notice's second summons). The blind written252 keeps 18, in two
# papers, their causes not looked into.
# The fifty-eighth session's read sets came with 26 wrong dates in five papers; 10 are right (a
# blog post titled by its minutes and a month-first day, 'September 14th 2021', under the
# post's own date; a board's two-day meeting 'May 13th to 14th 2011'). Sixteen remain, in three
# read papers: a site's noticeboard whose calendar of future meetings is taken for the heading
# of the annual meeting's minutes under it (9); a residents' blog archive of two posts, the
# meeting's day given only in the second post's first sentence (4); a planning group's pack whose
# contents list, agenda and attached minutes share one heading (3). The blind written262 keeps
# 3, in one paper, its cause not looked into.
# The fifty-ninth session's read sets came with 42 wrong dates in five papers; 36 are right (a
# minute book's meetings opened by 'An EXTRAORDINARY MEETING of this Parish Council was held …';
# 'Held on Tuesday 14th March' with no year under a post titled by the next day; a weekday's
# date alone under a post's title; a blog archive's posts, each a record). Six remain, in one
# read paper: a Vermont selectboard's two posts, the second titled 'Minutes of Selectboard
# Meeting 2-4-2008' (month first, in figures) over 'February 4, 2008', read as one meeting.
# The sixtieth session's read sets came with 12 wrong dates in two papers, all now right (an
# allotment association's post whose 'AGM October 2nd 2012' stands under the blog's date; a
# town meeting adjourned to the next evening, its sitting headed and called to order). The
# blind written278 came with 11 in two papers, their causes not looked into.
# The sixty-first session's read sets came with 51 wrong dates in five papers; 45 are now right
# (a document site's similar papers above a transcription; a committee system's earlier
# minutes under an item's part number; a post titled by another day; a summons signed over its
# date). Six remain, in one read paper: a US town council's
# agenda packet whose attached earlier minutes stand between two of its reports. The blind
# written284 and written286 came with 6 and 16, one paper each, their causes not looked into.
# The blind written170's township minutes, which came with 8, now have none (not opened).
# The sixty-second session's read sets came with 85 wrong dates in ten papers; none is left
# (a blog post's own record title under its title; a meeting's earlier day and place under a
# post's date; a committee's notes under a cover for a later meeting; a pack's numbered board
# minutes and its committee's draft minutes; a meeting page's date, hour and place over its
# summons; an item labelled 'ITEM 276 … SUNDAY 12 AUGUST 2018'). The blind written292 and
# written294 came with 27 (four papers) and 8 (one paper), their causes not looked into.
# The sixty-third session's read sets came with 61 wrong dates in six papers; none is left
# (a Quaker meeting's record title and a Friends' numbered month under blog posts' dates; a
# summons held 'via Zoom … on', its letter's own date taken; a church's agenda with last year's
# minutes run into one paragraph; a credit union's booklet of its agenda and last AGM's minutes;
# a choir's AGM headed by its kind, place and day). The blind
# written302 came with 11 (one paper), its cause not looked into.
KNOWN_WRONG_DATES = {"written155_pc_minute_book_key_decisions_volume_table": 7,
                     "written170_grazings_wp_category_page_two_posts_restarting_list_numbers_text":
                     7,
                     "written172_cc_working_group_memo_head_numbered_lettered_roman_notes": 6,
                     "written175_cc_wordpress_category_archive_two_posts_bulleted_present": 7,
                     "written180_joint_burial_cttee_meetings_page_runin_labels_four_meetings": 8,
                     "written181_us_charter_cttee_blogger_post_agenda_at_bottom": 4,
                     "written184_bc_delegated_decisions_record_word_text": 7,
                     "written185_island_planning_cttee_docsite_text_page_runs_schedule_decimals":
                     6,
                     "written190_pc_newspaper_page_dash_runins_two_villages": 13,
                     "written190_us_cemetery_board_agenda_packet_reports_prior_minutes": 4,
                     "written214_pc_agenda_supporting_information_pack_item_sections": 6,
                     "written214_town_partnership_blogger_month_archive_two_posts": 6,
                     "written220_ni_joint_board_order_paper_previous_minutes_report_covers": 7,
                     "written220_pc_working_group_memo_header_nested_list_minutes": 2,
                     "written228_ni_board_paper_cover_public_minutes_ref_code": 12,
                     "written233_ie_jpc_meetings_portal_report_unnumbered_opening": 9,
                     "written240_island_council_reports_page_photo_captions_one_meeting_report": 6,
                     "written252_rail_user_group_agenda_post_dash_subpoints_text": 10,
                     "written252_u3a_site_past_committee_meetings_three_minutes_two_styles": 8,
                     "written262_nf_designation_application_appended_inaugural_and_general_minutes":
                     3,
                     "written263_npg_pack_contents_agenda_papers_subject_lines_then_minutes_initials":
                     3,
                     "written265_au_residents_blog_month_archive_question_time_answers": 4,
                     "written266_twinning_assoc_site_builder_noticeboard_print_glued_numbers": 9,
                     "written271_us_selectboard_google_sites_announcements_two_posts_caps_labels_text":
                     6,
                     "written278_twinning_assoc_conference_draft_minutes_participant_codes_sessions":
                     6,
                     "written278_uni_society_general_meetings_header_fields_paren_numbers_text": 5,
                     "written284_au_rsl_blogger_label_page_two_feedback_posts_ordered_lists": 6,
                     "written286_us_village_trustees_word_resolution_numbers_motion_second_lines_exhibits":
                     16,
                     "written288_us_town_council_agenda_packet_item_reports_action_requested_minutes_attached":
                     6,
                     "written292_allotment_society_blogger_post_lettered_headed_subpoints_no_date":
                     7,
                     "written292_lake_assoc_minutes_page_three_meetings_newest_first_text": 6,
                     "written292_library_trustees_weebly_archive_two_posts_label_reports": 3,
                     "written292_progress_assoc_blogger_agm_agenda_post_no_year_text": 11,
                     "written294_bowling_club_wp_post_browser_print_restarting_list_markers_decision_groups":
                     8,
                     "written302_ca_town_agenda_news_post_browser_print_lettered_subitems": 11}


def _set_of(case: Case) -> str:
    return SETS[case.name.split("_")[0]]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_against_labels(case: Case) -> None:
    if not case.available:
        pytest.skip(f"{case.path} is absent")
    counts = score(case, parse_case(case))
    title_bar, decision_bar, speaker_bar = BARS[case.name.split("_")[0]]
    report = "\n".join(counts.problems)
    assert counts.dates_wrong == KNOWN_WRONG_DATES.get(case.name, 0), report
    assert counts.title_f1 >= title_bar, report
    assert counts.decision_recall >= decision_bar, report
    assert counts.speaker_f1 >= speaker_bar, report


@pytest.mark.parametrize("name", sorted(SET_BARS))
def test_set_figures_meet_the_bars(name: str) -> None:
    cases = [c for c in CASES if c.available and _set_of(c) == name]
    if not cases:
        pytest.skip(f"no case of the {name} set is available")
    total = Counts()
    for case in cases:
        total.add(score(case, parse_case(case)))
    title_bar, decision_bar, speaker_bar, committee_bar = SET_BARS[name]
    assert total.dates_wrong == sum(KNOWN_WRONG_DATES.get(c.name, 0) for c in cases)
    assert total.title_f1 >= title_bar
    assert total.decision_recall >= decision_bar
    assert total.speaker_f1 >= speaker_bar
    assert total.committees_right >= committee_bar * total.committees_total
