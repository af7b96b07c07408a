"""The grammar of decision forms: each way minutes write a decision, with its kind."""

from __future__ import annotations

import re

from .alternatives import earliest

BODY = (r"(?:We|Group|Committee|Sub-Committee|Partnership|Board|Council|Panel|Cabinet|Commission"
        r"|Association"
        r"|Governing\s+Body"
        r"|Authority|Trust|Assembly|Commissioners|Trustees|Governors|Directors|Court|Verderers"
        r"|Conservators|Conservancy|Team|States(?:\s+of\s+[A-Z][\w'’-]+)?"
        r"|Councils|Councillors|Cllrs|Members|Ministers|Forum|Executive|meeting"
        r"|partners(?:\s+on\s+the\s+Group)?"
        r"|Portfolio\s+Holder|Cabinet\s+Member|Executive\s+Member|Commissioner)")
RESOLVED = re.compile(
    r"\bRESOLVED\b|(?:^|(?<=[.;:•·▪◦●∙*]\s)|(?<=\)\s)|(?<=^\*))Resolved\b|\bResolved\s*[:;-]"
    r"|\b[Aa]nd\s+(?:unanimously\s+)?Resolved\b"
    r"|(?<=[a-z0-9]\s)Resolved\.?$"
    r"|\b(?i:it\s+was\s+(?:further\s+|also\s+|unanimously\s+|then\s+|therefore\s+"
    r"|subsequently\s+|accordingly\s+)?resolved)\b"
    rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s+(?:(?:unanimously|also|then|further)\s+)?resolved\b"
    r"|(?<=[Tt]he\s)[A-Z]{0,3}(?:CC|PC|TC)\s+resolved\s+(?:to|that)\b"
    rf"|(?:^|(?<=[.;:]\s))[Tt]he\s+(?i:{BODY})\s+(?:has|have)\s+resolved\s+(?:to|that)\b"
    r"|\b(?i:all)\s+resolved\b|\bresolved\s*:|\b(?:Penderfynwyd|PENDERFYNWYD)\b"
    r"|^resolved\s+(?:unanimously\s+)?(?:to|that)\b"
    r"|\b(?:[Uu]nanimously|UNANIMOUSLY)\s+(?:Resolved|RESOLVED)\s+(?:to|that)\b"
    r"|\b[Tt]hose\s+(?:present|voting)\b[^.;]{0,40}?\s[Rr]esolved\s+(?:to|that)\b"
    r"|\b(?:[Ss]econded|2nd)\b[^.]{0,80}\band\s+(?:unanimously\s+)?resolved\s*,?\s*[\"“']?"
    r"(?:to|that|That)\b"
    r"|\bResolved\s*\((?i:unanimously|nem\.?\s*con\.?)\)"
    rf"|\b(?:[Tt]he\s+)?(?i:{BODY}),\s+[^,.;]{{1,60}},\s+resolved\s+(?:to|that)\b"
    rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s+[a-z]+\b[^.;]{{0,120}}?\band\s+(?:unanimously\s+)?resolved"
    r"(?:\s+unanimously)?(?:\s+(?:to|that)\b|,)")
"""RESOLVED as a clerk records it ('proposed by A, seconded by B and resolved to …' too, or
'Resolved' closing the paragraph: 'Notes agreed and signed by the Chairman Resolved'); 'the
matter had been resolved' is a narrative, not one."""
BARE_THAT = re.compile(r"^(?:\(?\d{1,2}[.)]\s+|\(?[a-h][.)]\s+|[•·▪–-]\s+)?That\s+"
                       r"(?:the|a|an|this|all|any|[A-Z])\b[^.;]{3,250}?\bbe\s+(?:\w+ly\s+)?(?:[a-z]+ed|made|given|sent|written"
                       r"|taken|set|kept|held|paid|put|brought|drawn|sought|undertaken)\b")
"""A resolution whose 'RESOLVED:' label a meeting page set apart, its text alone opening the
paragraph ('That the work programme for 2019/20, as amended, be agreed.', '1. That the …')."""
RESOLVED_CASE = re.compile(r"RESOLVED|Resolved|resolved|Penderfynwyd|PENDERFYNWYD")
RESOLUTION = re.compile(r"(?:^|(?<=[.;:]\s))(?:Resolution|RESOLUTION)"
                        r"(?:\s+(?:No\.?\s*)?[\w/.-]*\d[\w/.-]*)?\s*[:\-–]"
                        r"|\bpassed\s+by\s+(?:a\s+)?resolution\b")
"""'Resolution:' or 'Resolution 23/45:' labelling a resolution; a proposal 'passed by
resolution of the Council'."""
MOVER_SLASH = (r"(?:^|(?<=[.:;]\s))[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s?/\s?[A-Z][\w'’-]+"
               r"(?:\s[A-Z][\w'’-]+)?\s+")
"""Mover and seconder by surname, a slash between them, before the outcome: 'Skewes/Trengove
Carried', 'Quintrell/Odgers Lost' (a New Zealand board's minutes)."""
LOST = re.compile(rf"{MOVER_SLASH}(?:Lost|LOST)\b"
                  r"|\b(?i:motion|amendment|proposal)\s+(?:was\s+)?(?:(?:therefore|accordingly|then"
                  r"|duly|declared)\s+)?(?i:lost|defeated|failed|fell"
                  r"|withdrawn|not\s+carried)\b"
                  r"|\b(?i:motion|amendment|proposal),?\s+which\s+(?:was\s+)?(?:(?:therefore|then"
                  r"|accordingly)\s+)?(?:lost|defeated|failed|fell)\b|(?:^|(?<=[.;]\s)|(?<=[.;][\"”]\s))(?:Lost|LOST|Defeated|DEFEATED"
                  r"|Not\s+carried|NOT\s+CARRIED)\b|\bwas\s+(?:(?:therefore|accordingly|then|duly)"
                  r"\s+)?(?:LOST|lost|defeated)\b"
                  r"|\bRESULT:\s*(?:FAILED|LOST|DEFEATED)[^\n.]*|\b(?i:collwyd\s+y\s+cynnig)\b"
                  r"|\bResult\s+(?:\d{1,3}\s+){2,3}(?:Fell|Failed|Lost|FELL|FAILED|LOST)\b"
                  r"|(?:^|(?<=[.;]\s))(?:Result|Disposition|Outcome|Status)\s*:?\s*"
                  r"(?:Lost|LOST|Defeated|DEFEATED|Failed|FAILED)\b"
                  r"|(?:^|(?<=[.;]\s))(?:Action|ACTION)\s*:\s*(?:(?:MAIN\s+)?MOTION\s+)?"
                  r"(?:DEFEATED|FAILED|LOST)\b"
                  r"|\bdeclared\s+it\s+(?:to\s+(?:be|have)\s+)?(?:lost|fallen|defeated)\b"
                  r"|\b(?:was|were)\s+(?:therefore\s+|then\s+|accordingly\s+)?not\s+carried\b"
                  r"|(?:^|(?<=[.;]\s))(?:Not|NOT)\s+(?:approved|APPROVED|carried|CARRIED)\b"
                  r"|\bnot\s+seconded\s+and\s+(?:(?:therefore|so)\s+)?(?:fell|lapsed|failed)\b"
                  r"|\b(?:fell|lapsed|failed|died)\s+for\s+(?:the\s+)?(?:want|lack)\s+of\s+a\s+second(?:er)?\b"
                  r"|\bput\s+(?:to\s+(?:the\s+|a\s+)?(?:vote|meeting)\s+)?and\s+(?:was\s+)?(?:declared\s+)?"
                  r"(?i:lost|defeated|fell|failed)\b"
                  r"|\b(?i:motion|amendment|proposal|recommendation)\s+(?:was\s+)?(?:rejected"
                  r"|not\s+(?:approved|agreed|supported|passed|adopted|carried))\b"
                  rf"|(?:^|(?<=[.;]\s)|\b[Tt]he\s+)(?i:{BODY})\s+(?:unanimously\s+)?voted\s+"
                  r"(?:unanimously\s+)?against\b"
                  r"|\bwithdrew\s+(?:his|her|their|the|its)\s+(?:motion|amendment|proposal)\b"
                  r"|\bput\s+(?:first|again|last)\s+and\s+(?:was\s+)?(?:lost|defeated|fell|failed)\b"
                  r"|\bnomination\s+(?:therefore\s+|accordingly\s+)?(?:fell|lapsed|failed)\b"
                  r"|\b(?i:motion|amendment|article)(?:\s+(?:\d[\w.-]*|[A-Z]))?\s+(?:fails|failed)\b"
                  r"(?!\s+to\b)"
                  r"|\b(?i:in\s+favou?r)\s*:\s*(?:Lost|LOST|Defeated|DEFEATED)\b")
VOTED = re.compile(rf"\b(?:(?i:{BODY})\s+|(?<=[Tt]he\s)[A-Z]{{0,3}}(?:CC|PC|TC)\s+|[Ii]t\s+was\s+"
                   r"|(?:was|were)\s+(?=voted\s+unanimously)"
                   r"|[Aa]ll\s+(?:\d{1,2}\s+|members\s+)?)"
                   r"(?:unanimously\s+)?voted\s+"
                   r"(?:unanimously\s+|(?:by\s+)?\d{1,2}\s*(?:to|[-–])\s*\d{1,2}\s+)?"
                   r"(?:to|for|in\s+favour|\d{1,2}\s+(?:votes?\s+)?in\s+favou?r)\b")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen")
COUNT = r"\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + ")"
"""A vote's count, in figures or in words."""
FAVOUR = re.compile(
    r"(?:^|[.;:,–-]\s*)(?:[Aa]ll(?:\s+other)?(?:\s+(?i:cllrs|councillors)(?:\s+present)?)?"
    r"|[Uu]nanimously|(?:A|[Tt]he)?\s*[Mm]ajority)\s+(?:were\s+|voted\s+)?"
    r"in\s+favou?r\b"
    rf"|\b(?:{COUNT})\s+(?:votes?\s+)?(?:for|in\s+favou?r)\s*[,;]\s*(?:{COUNT}|none|no)\s+"
    r"(?:votes?\s+)?(?:against|abstentions?|abstained)\b"
    r"|\b[Vv]ote:?\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+in\s+favou?r\b")
"""A vote by hands: 'Prop. JB, 2nd DD, all in favour', 'majority in favour', '4 for, 2 against',
'Vote 5-0-2 in favor' (for, against, abstaining)."""
CARRIED = re.compile(r"(?:^|(?<=[.;]\s)|(?<=[.;][\"”]\s))[\"“]?(?:Carried|CARRIED)\b"
                     r"(?!\s+(?i:forward|over)\b)"
                     r"(?:\s+(?:unanimously|nem\.?\s*con\.?))?"
                     r"|(?<=;\s)carried(?=\s*(?:[.;]|$))"
                     r"|^\d{1,4}(?:[-/]\d{1,4})?\s+(?:Carried|CARRIED)\s*\.?$"
                     r"|\b[Ss]econded\s*[,;]\s*(?:unanimous|carried)\b"
                     r"|\b(?i:in\s+favou?r)\s*:\s*(?:Carried|CARRIED)\b"
                     r"|\b(?:was|were)\s+(?:duly\s+)?carried\s+(?:by\s+\d{1,2}\s+votes?|unanimously"
                     r"|nem\.?\s*con)\b|\band\s+(?:duly\s+)?carried\s+(?:unanimously|nem\.?\s*con)\b"
                     r"|\b(?i:motion\s+(?:was\s+)?(?:declared\s+)?(?:carried|approved|passed"
                     r"|prevailed))\b"
                     rf"|{MOVER_SLASH}(?:Carried|CARRIED)\b"
                     r"|\b(?i:motion|amendment|proposal|recommendation)(?:,\s+as\s+amended,)?\s+"
                     r"(?:was|were)\s+(?:(?:therefore|accordingly|then|duly)\s+)?(?:put\s+(?:to\s+"
                     r"(?:the\s+)?(?:vote|meeting|committee|council|board)\s+)?and\s+(?:was\s+)?)?"
                     r"(?:declared\s+)?(?:(?:duly|unanimously)\s+)?(?i:carried)\b"
                     r"(?!\s+(?:out|forward|over|on|through|into)\b)"
                     r"|\b(?i:motion\s+was\s+adopted)\s*(?:(?i:unanimously)\s*)?\(\d{1,2}\s*[-–]\s*\d{1,2}\)"
                     r"|\bby\s+a\s+vote\s+of\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
                     r"|\b[Ss]o\s+(?:unanimously\s+)?voted\b|\bpassed\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
                     r"|\b[Mm]otion\s+that\b[^.;]{0,100}?\bwas\s+(?:duly\s+|unanimously\s+)?carried\b"
                     r"|\b(?:proposal|amendment|resolution|recommendation)s?\s+(?:which\s+)?(?:was|were)\s+"
                     r"(?:duly\s+|unanimously\s+|therefore\s+|accordingly\s+|declared\s+)?(?:carried"
                     r"|CARRIED)\b(?!\s+(?:out|forward|over|on|through|into)\b)"
                     r"|\b[Tt]he\s+(?:proposal|motion|amendment|recommendation)\s+(?:to|that)\b[^.;]{1,80}?"
                     r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+|therefore\s+)?carried\b"
                     r"|\bput\s+(?:to\s+(?:the\s+|a\s+)?vote\s+)?and\s+(?:was\s+)?(?:duly\s+)?"
                     r"(?:carried|CARRIED)\b"
                     r"|\bput\s+to\s+(?:the\s+|a\s+)?vote\s+and\s+(?:was\s+)?(?:unanimously\s+)?"
                     r"(?:adopted|passed)\b"
                     r"|(?:^|(?<=[.;]\s))(?:This|It|Which)\s+was\s+(?:duly\s+|then\s+|therefore\s+)?"
                     r"carried\b(?!\s+(?:out|forward|over|on|through|into)\b)"
                     r"|\b(?:this|it)\s+was\s+(?:duly\s+)?carried(?=\s*(?:[.;]|$))"
                     r"|\bvote\b[^.]{0,40}\bwas\s+(?:duly\s+|unanimously\s+)?carried\b"
                     r"|\bdeclared\s+(?:it|the\s+(?:substantive\s+)?(?:motion|amendment|proposal"
                     r"|recommendation))\s+(?:to\s+be\s+)?(?:duly\s+)?carried\b"
                     r"|\bRESULT:\s*(?:APPROVED|ADOPTED|CARRIED)[^\n.]*"
                     r"|(?:^|(?<=[.;]\s))(?:Result|Disposition|Outcome|Status)\s*:?\s*"
                     r"(?:Carried|CARRIED|Passed|PASSED)\b(?!\s+(?i:forward|over|out)\b)"
                     r"|(?:^|(?<=[.;]\s))(?:Action|ACTION)\s*:\s*(?:(?:MAIN\s+)?MOTION\s+)?"
                     r"(?:ADOPTED|CARRIED|PASSED)\b"
                     r"|\b(?i:for)\s*[:\-–]?\s*\d{1,3}\s*,?\s*(?i:against)\s*[:\-–]?\s*\d{1,3}"
                     r"|\b(?i:show\s+of\s+hands)\b|\bcarried\s+the\s+(?:motion|proposal|amendment)\b"
                     rf"|(?:\band|[–-])\s+carried\s+(?:by\s+)?(?:{COUNT})\s*(?:votes?\s+)?"
                     rf"(?:to|[-–])\s*(?:{COUNT})\b"
                     r"|\b(?:[Ss]econded|SECONDED|2nd)\s*[:\-–]?\s*[^.;\n]{1,40}?\s(?:Carried|CARRIED)\b"
                     r"|\b(?:[Ss]econded|SECONDED)\s+and\s+(?:duly\s+|unanimously\s+)?(?:passed|PASSED)\b"
                     r"|\b(?:and\s+it|which)\s+(?:was\s+)?passed(?=\s*(?:[.;,]|$)|\s+(?:unanimously"
                     r"|nem\.?\s*con|by\s+(?:\d|a\s+(?:vote|majority))|\d{1,2}\s*[-–]\s*\d{1,2}\b))"
                     r"|(?:^|(?<=[.;]\s))(?:Passed|PASSED)(?:\s+(?:unanimously|UNANIMOUSLY|nem\.?\s*con\.?"
                     r"|\d{1,2}\s*[-–]\s*\d{1,2}))?\s*(?:[.;]|$)"
                     rf"|\b(?:{COUNT})\s+(?:(?i:councillors|members|cllrs)\s+(?:were|voted)|voted|were)\s+"
                     rf"(?:in\s+favou?r|for)\b[^.]{{0,80}}?\b(?:{COUNT}|none|no)\s+"
                     r"(?:(?i:councillors|members|cllrs)\s+)?(?:were\s+|voted\s+)?against\b"
                     rf"|\b(?:{COUNT})\s+votes?\s+(?:were\s+|was\s+)?cast\s+(?:for|in\s+favou?r)\b"
                     rf"[^.]{{0,60}}?\b(?:{COUNT}|none|no)\s+(?:votes?\s+)?against\b"
                     r"|\bwas\s+(?:(?:therefore|accordingly|then|duly)\s+)?CARRIED\b"
                     r"|\bon\s+being\s+put\b[^.;]{0,40}?\bwas\s+(?:declared\s+)?(?:duly\s+)?carried\b"
                     r"|\bdeclared\s+the\s+(?:substantive\s+)?(?:motion|amendment|proposal|recommendation"
                     r"|resolution)\s+(?:duly\s+)?(?:carried|adopted|passed)\b"
                     rf"|\bcarried\s+(?:by\s+)?(?:{COUNT})\s*(?:votes?\s+)?(?:to|[-–])\s*(?:{COUNT})\b"
                     rf"|\bcarried\s+with\s+(?:{COUNT})\s+votes?\s+(?:for|in\s+favou?r)\b"
                     r"|\b[Tt]he\s+(?:motion|proposal|amendment)\s+to\s+[a-z]+\b[^.;]{0,80}?\s(?:carried|passed)\b"
                     r"(?!\s+(?:out|forward|over|on|through|into|to)\b)"
                     r"|\b(?:[Ss]econded|2nd)\s+by\s+(?:(?:Cllr|Cr|Mr|Mrs|Ms|Dr)\.\s*)?[^.;]{1,40}?\s+and\s+"
                     r"(?:unanimously\s+)?(?:adopted|carried|passed)\b"
                     r"|\bcasting\s+vote\s+(?:in\s+favou?r\s+of|for)\s+the\s+(?:motion|proposal|amendment"
                     r"|recommendation|resolution)\b"
                     r"|\b(?i:motion|amendment|article)(?:\s+(?:\d[\w.-]*|[A-Z]))?(?:\s+to\s+[a-z]+)?\s+"
                     r"(?:passes|passed)\b(?!\s+(?:to|on|over|through)\b)"
                     # '… seconded the motion, which carried by a unanimous vote.', 'The vote was
                     # 3-0.', 'Voted 5 – 2 (… opposed).', 'Passed with 1 abstention', 'The
                     # resolution was declared adopted', a tally's 'Result 12 1 1 Passed'.
                     r"|\bwhich\s+carried\s+(?:by|unanimously|with)\b"
                     r"|\b[Tt]he\s+vote\s+was\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
                     r"|(?:^|(?<=[.;]\s))Voted\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
                     r"|(?:^|(?<=[.;]\s))Passed\s+with\s+(?:\d{1,2}|one|two)\s+abstentions?\b"
                     r"|\b(?:resolution|motion)\s+was\s+(?:duly\s+)?declared\s+(?:adopted|passed)\b"
                     r"|\bResult\s+(?:\d{1,3}\s+){2,3}(?:Passed|Carried|PASSED|CARRIED)\b")
LIST_MARK = r"(?m:^)(?:\d{1,2}[.)]|\(?[a-z0-9]{1,3}\)|[a-z][.)])\s+"
"""A list's marker opening a line, before the body's verb in lower case ('The Committee —' /
'1. noted the contents of the report; and' / '2. agreed to write to …')."""
AGREED = re.compile(
    rf"\b(?:the\s+)?(?:(?i:{BODY})|(?<=[Tt]he\s)(?:CC|PC|TC|[A-Z]{{1,4}}[BAP]))"
    r"(?:\s+\([A-Z][^()]{1,40}\))?\s+(?:also\s+|then\s+"
    r"|further\s+|unanimously\s+)?(?:agreed|endorsed|approved|decided|ratified|homologated|accepted"
    r"|AGREED"
    r"|APPROVED|ENDORSED|CONFIRMED|ADOPTED|RATIFIED)\b"
    rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s*:\s*(?:\(?(?:[ivx]{{1,4}}|\d)\)\s+)?(?:agreed|approved|endorsed"
    r"|ratified|decided)\b"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?ratified\b"
    r"|\b(?:was\s+)?[Ss]econded\s+by\s+[^.;]{2,60}?\s+and\s+(?:unanimously\s+)?(?:agreed|approved)\b"
    rf"|(?:^|(?<=[.;:]\s))[Tt]he\s+(?i:{BODY})\s+(?:has|have)\s+(?:agreed|decided)"
    r"(?:\s+by\s+(?:a\s+)?majority)?\s+(?:to|that)\b"
    rf"|\b[Tt]he\s+(?i:{BODY}),\s+[^,.;]{{3,40}},\s+(?:unanimously\s+)?(?:agreed|approved"
    r"|decided)\b"
    r"|\b(?:[Ii]t|IT)\s+(?:was|is|WAS|IS)\s+(?:also\s+|further\s+|unanimously\s+|duly\s+"
    r"|then\s+|therefore\s+|subsequently\s+|accordingly\s+)?"
    r"(?i:agreed|approved|decided|determined)\b"
    r"|\b(?:were|was|be|been)\s+(?:duly\s+|then\s+|formally\s+)?(?:agreed|approved|confirmed"
    r"|accepted|signed|adopted|moved|taken|received)\s+(?:and\s+signed\s+(?:by\s+the\s+\w+\s+)?)?as\s+"
    r"(?:a\s+)?(?:true|correct"
    r"|accurate|fair)\b|\b(?:were|was)\s+accepted\s+as\s+an\s+accurate\b"
    r"|\b(?i:proposer)\s*:?\s+[A-Z][^.;]{0,40}?[,;]?\s+(?i:seconder)\s*:?\s+[A-Z]"
    r"|,\s*agreed\s+and\s+signed\b|\b(?:tabled|discussed|considered|reviewed|presented)\s+and\s+"
    r"agreed\b"
    r"|\b(?:[Mm]inutes?|MINUTES?)\b[^.]{0,100}\b(?:were|was|be)\s+(?:duly\s+|then\s+"
    r"|unanimously\s+)?(?:(?:(?:taken|held)\s+as\s+)?read(?:\s+out)?,?\s+(?:and\s+)?"
    r"|[a-z]+ed(?:\s+and\s+|,\s+)(?:then\s+)?)?"
    r"(?:approved|confirmed|accepted|adopted|agreed|signed)\b"
    r"|(?:^|(?<=[.;]\s))(?:The\s+)?[Mm]inutes(?:\s+of\s+[^.;]{1,60}?)?\s+(?:were\s+)?(?:accepted"
    r"|approved|confirmed|adopted|agreed)(?:\s+(?:and|as|with)\b|\s*(?:[.;]|$))"
    r"|\b[Pp]roposed\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record\b"
    r"|\b(?i:all)\s+(?:agreed|approved)\b"
    r"|\bput\s+to\s+(?:the\s+|a\s+)?vote\s+and\s+(?:was\s+)?(?:unanimously\s+)?(?:agreed|approved)\b"
    r"|\b(?:accounts|quotation|quote|tender|offer|recommendations?|budget|estimates?)\s+"
    r"(?:was|were)\s+(?:duly\s+|unanimously\s+)?accepted\b"
    r"|[–:-]\s*(?:approved|agreed)\.?$"
    r"|(?:^|(?<=[.;]\s))Accepted\s+as\s+(?:a\s+|an\s+)?(?:true|correct|accurate)\b"
    r"|(?:^|(?<=[.;]\s))(?:Cheques|Payments|Invoices|Accounts|Bills)(?:\s+(?:as\s+)?per\s+(?:the\s+)?"
    r"(?:schedule|list))?\s+(?:approved\b|passed\s+for\s+payment\b)"
    r"|(?:^|(?<=[.;]\s))(?:The\s+)?(?:[A-Z][\w'’-]+\s+)?(?i:report|accounts|agenda|budget|statement"
    r"|reconciliation|quotation|recommendations?|estimates|precept|policy|plan)\s+"
    r"(?:approved|agreed|accepted|adopted)(?:\s+as\s+(?:circulated|presented|amended|printed|read"
    r"|submitted|tabled|written))?\s*(?:[:;,]|\.(?!\w)|$)"
    r"|(?:^|[.;:?!–•·▪∑-]\s*|^\d{1,2}(?:\.\d{1,2}){1,2}\s+|^\(?(?:[a-z]{1,4}|\d{1,2})\)\s+)"
    r"(?:Agreed|Approved|Supported|AGREED"
    r"|APPROVED)\b(?!\s+(?i:minutes)\b)|^(?:AND|And)\s+(?:AGREED|Agreed|APPROVED|Approved)\b"
    r"|^Support\.?$|[–-]\s*supported\b|(?:\s[–/-]|[.;])\s*Support\.?$|[.;]\s*Support\.(?=\s+[A-Z])"
    r"|\b(?:Cytunwyd|CYTUNWYD)\b"
    rf"|\b(?i:{BODY})\s+(?:supported|supports)\s+(?:this|the)\s+(?:application|proposal)\b"
    r"|(?:^|(?<=[.;]\s))Outcome\s*:\s*(?i:agreed|approved)\b|^(?:[A-Z][^.;:]{1,40}:\s+)?(?:agreed|approved)\s+(?:to|that|the|an?)\b"
    r"|\b(?:everybody|everyone)\s+(?:present\s+)?agreed\b"
    r"|\bapproved\s+by\s+[^.;]{2,60}?,?\s+seconded\s+by\b"
    r"|\band\s+approved\s+as\s+(?:a\s+)?(?:true|correct|accurate)\b"
    r"|\bsigned\s+by\s+the\s+(?:Chair(?:man|woman|person)?|Mayor)\s+as\s+(?:a\s+)?(?:true|correct"
    r"|accurate)\b"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\.?$"
    rf"|(?:^|,\s*|[.;:]\s+)(?:I|(?:The\s+)?{BODY}|(?:The\s+)?Cabinet\s+Member)\s+agrees?\s+to\b"
    rf"|\b(?:[Tt]he\s+)?{BODY}\s+(?:approves|decides\s+(?:to|that)|agrees\s+that)\b"
    rf"|\b[Tt]he\s+{BODY}\s+confirmed\s+the\s+minutes\b"
    rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s+[a-z]+ed\s+[^.;]{{0,60}}?\band\s+(?:unanimously\s+)?(?:agreed|approved"
    r"|endorsed|decided)\b"
    rf"|\b(?i:{BODY})\s+(?:was|were)\s+(?:pleased|happy|content|willing)\s+to\s+(?:\w+\s+)?"
    r"(?:support|approve|agree|accept|endorse)\b|\b[Uu]nanimous\s+decision\b"
    r"|\bI\s+(?:agree|approve|decide)\s+to\b|(?<=[Tt]he\s)[A-Z]{2,6}\s+agreed\s+(?:to|that)\b"
    r"|\b[A-Z]{1,3}(?:CC|PC|TC)\s+agreed\s+(?:to|that)\b|(?:^|(?<=[.;]\s))[A-Z]{0,3}(?:CC|PC|TC)"
    r"\s+agreed\s+(?:to|that)\b"
    r"|\bauthori[sz]ed\s+for\s+(?:\w+\s+)?payments?\b"
    r"|\bwas\s+presented\s+and\s+approved\b|\ball\s+approved\b|\bunanimously\s+agreed\b"
    r"|\bApproved\s*(?:&|and)\s*signed\b|\bAgreed\s+without\s+a\s+vote\b"
    r"|(?:^|(?<=[.;]\s))(?:(?:Read|read),?\s+(?:and\s+)?)?(?:approved|agreed|confirmed|Adopted"
    r"|adopted)(?:\s+unanimously)?,?\s*(?:&|and)\s*signed\b"
    r"|,\s*(?:all\s+)?agreed\s*(?:[.,;]|$)|;\s*(?:all\s+)?(?:agreed|approved)\b"
    r"|\b(?:approved|agreed|accepted|adopted)\s+nem\.?\s*con\b"
    rf"|\b(?:the\s+)?(?i:{BODY})\s+(?:unanimously\s+)?agreeing\s+(?:to|that)\b"
    r"|\((?:[A-Z][a-z]+\s+)?(?:agreed|approved)\)"
    rf"|{LIST_MARK}(?:agreed|approved)\s+(?:to|that|the)\b"
    r"|\b(?:was|were)\s+(?:unanimously\s+|duly\s+)?(?:agreed|approved)\s+by\b"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+|fully\s+)?(?:passed\s+for\s+payment|endorsed)\b"
    r"|\band\s+(?:fully\s+|unanimously\s+)?endorsed\s+by\b"
    r"|\b(?:were|was)\s+(?:read(?:\s+out)?,?\s+(?:and\s+)?)?(?:agreed|approved|adopted|signed"
    r"|confirmed|accepted|proposed)\s+as\s+(?:a\s+)?(?:true|correct|accurate|fair)\b"
    r"|\bsigned\s+(?:them|it)\s+as\s+(?:a\s+)?(?:true|correct|accurate)\b"
    r"|\b(?:report|accounts|statement|budget|recommendations?)\s+(?:was|were)\s+(?:duly\s+"
    r"|unanimously\s+)?(?:accepted|adopted|approved|agreed)\s+as\s+(?:circulated|presented|amended"
    r"|printed|read|submitted|tabled)\b"
    rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s+(?:unanimously\s+)?(?:concurred|CONCURRED)\b"
    r"|\b(?:was|were)\s+(?:unanimously\s+|[a-z]+ed\s+and\s+)?(?:approved|agreed|APPROVED|AGREED)\b"
    r"|\b(?:[Mm]inutes|MINUTES)\b[^.]{0,100}\b(?:agreed|approved)\s*(?:,|and)\s*signed\b"
    r"|\b(?:was|were)\s+(?:presented\s+and\s+)?accepted\s+for\s+payment\b"
    r"|(?:^|(?<=[.;]\s))(?:Accepted|ACCEPTED)\.?$|\b(?:agreed|approved)\s+unanimously\b"
    r"|^(?![^.;]*\b(?:not|no|never|nothing|be|been|being)\b)[A-Z][^.;:]{2,80}?\s"
    r"(?:approved|agreed)\.?(?:\s+(?:Unanimous(?:ly)?|nem\.?\s*con\.?))?$"
    r"|\b(?:was|were)\s+(?:re-?)?(?:adopted|confirmed)\s*(?:[.;,]|$)"
    r"|(?:^|(?<=[.;]\s))(?:The|His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}reports?\s+(?:was|were)\s+"
    r"(?:duly\s+)?accepted(?=\s*(?:[.;]|$)|\s+by\s+(?:the\s+)?(?:meeting|council|committee)\b)"
    r"|\bsigned\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record\b"
    r"|(?<!\bbe\s)(?<!\bbeen\s)\b(?:approved|agreed|accepted|confirmed|adopted)\s+as\s+(?:a\s+|an\s+)?"
    r"(?:true|correct|accurate|fair)\s+(?:record|account)\b"
    r"|\bsigned\s+the\s+(?:[Mm]inutes|MINUTES)\b[^.;]{0,80}?\bas\s+(?:a\s+)?(?:true|correct|accurate)"
    r"\s+record\b"
    r"|\bconfirmed\s+that\s+the\s+[Mm]inutes\b[^.;]{0,80}?\b(?:were|was)\s+(?:a\s+)?(?:true|correct"
    r"|accurate)\b"
    r"|\b(?:were|was)\s+read,?\s+(?:and\s+)?(?:approved|confirmed|adopted)\b"
    r"|\b(?:were|was)\s+(?:duly\s+)?confirmed\s+(?:and|&)\s+signed\b"
    r"|\bauthori[sz]ed\s+to\s+sign\s+the\s+(?:[Mm]inutes|MINUTES)\b"
    r"|\bon\s+the\s+proposal\s+of\s+(?:[^.;]|(?<=\b[A-Z])\.){1,80}?\b[Ss]econded\s+by\b"
    r"|(?<=[a-z]\s)AGREED\b(?!\s+(?:ACTIONS?|ITEMS?)\b)"
    r"|\b(?:approved|accepted|confirmed|agreed)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:[Mm]inutes|MINUTES)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w,'’-]+\s+){1,5}?)?\s*as\s+(?:a\s+|an\s+)?"
    r"(?:true|correct|accurate|fair)\b"
    r"|\b(?:[Ss]upport\s+was\s+given|(?:was|were|and)\s+supported|payments?\s+(?:were|was)\s+"
    r"(?:approved|authorised|authorized)|(?:were|was)\s+(?:authorised|authorized))\b"
    r"|\b(?:[Pp]roposed|[Pp]roposer|[Pp]rop\.?|[Mm]oved|[Nn]ominated)(?:\b|(?=[A-Z]))(?:[^.]|(?<=\b[A-Z])\."
    r"|(?<=\bMrs)\.|(?<=\bMr)\.|(?<=\bCllr)\.){0,120}\b(?:[Ss]econded|2nd)\b"
    r"|\b(?:adopted|approved|agreed|accepted)\s+by\s+(?:unanimous\s+consent|general\s+consent"
    r"|consensus|acclamation)\b"
    r"|\bproposed\s+(?:by\s+(?:Cllr\.?\s+|Councillor\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"\s+)?that\b[^.]{0,200}\.\s+(?:This|It|The\s+(?:motion|proposal))\s+was\s+"
    r"(?:duly\s+)?seconded\b|\band\s+(?:unanimously\s+)?agreed\s+by\s+(?:all|(?:a\s+)?majority)\b",
)
DEFERRED = re.compile(r"\b(?:was|were|be|been|is|are)\s+(?:to\s+be\s+)?deferred\b"
                      r"|\b(?:[Dd]ecision|[Ii]tem|[Mm]atter|[Aa]pplication)\s+deferred(?=\s+(?:until|to|pending)\b"
                      r"|\s*(?:[.;]|$))"
                      rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s+(?:unanimously\s+)?deferred\b"
                      r"|\b(?:to\s+be|would\s+be)\s+deferred\b"
                      r"|\b(?:hearing|item|matter|application)\s+(?:was|be)\s+adjourned\s+(?:to|until)\b"
                      r"|\b(?:[Cc]onsideration|hearing|item|matter|application|review)\s+(?:of\s+"
                      r"(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?)?(?:was|be|were)\s+continued\s+"
                      r"(?:to|until)\b"
                      r"|^To\s+adjourn\s+the\s+(?:hearing|item|matter)\b"
                      r"|\bDEFERRED\b(?<!ITEMS DEFERRED)(?<!APPLICATIONS DEFERRED)"
                      r"(?!\s+(?:FROM|ITEMS?|APPLICATIONS?|MATTERS?)\b)"
                      r"|(?:^|(?<=[.;]\s))Deferred\b|\b[Dd]eferred\s+(?:to|until)\s+(?:the\s+)?(?:next|a\s+future|[A-Z])"
                      r"|\b(?:[Cc]arried|[Bb]rought)\s+(?:forward|back|over)\s+to\s+(?:the\s+)?(?:next|[A-Z][a-z]+)"
                      r"\s+meeting\b|(?:\b(?:was|were|be|is|are)\s+held|^Held)\s+over"
                      r"(?=\s+(?:to|until|till|for|pending)\b|\s*[.;]|\s*$)"
                      r"|\b(?:was|were)\s+postponed\s+(?:to|until)\b"
                      r"|^To\s+be\s+(?:(?:considered|discussed|reviewed)\s+(?:again\s+)?at|(?:placed\s+)?on)"
                      r"\s+the\s+(?:next|[A-Z][a-z]+)\s+(?:meeting|agenda)\b"
                      r"|\b(?:be|was|were)\s+(?:an\s+[Aa]genda\s+item|(?:placed|put|added)\s+(?:on|to)\s+the"
                      r"\s+[Aa]genda)\s+(?:for|at)\s+(?:the\s+)?next\s+meeting\b"
                      r"|\b(?:[Ii]tem|[Mm]atter|[Aa]pplication|[Rr]ecommendation|[Dd]ecision)\s+held"
                      r"\s+(?:over\s+)?(?:to|until|till)\b"
                      r"|(?:^|(?<=[.;]\s))Held\s+(?:over\s+)?(?:to|until|till)\s+(?:the\s+)?(?:next|[A-Z])"
                      r"|(?:^|(?<=[.;]\s))Held\s+for\s+(?:future|further)\s+consideration\b"
                      r"|\b(?:was|were|be)\s+tabled\s+(?:to|until)\s+(?:the\s+)?(?:next|[A-Z])"
                      r"|(?:^|(?<=[.;]\s))Tabled\s+(?:to|until)\s+(?:the\s+)?(?:next|[A-Z])"
                      r"|(?:^|(?<=[.;]\s))[Cc]arried\s+over\s+to\s+(?:the\s+)?(?:next|[A-Z])")
AGREED_FORMS = (
    # 'Payment approved to avoid late payment charges.', 'Renewal agreed as the best value …':
    # a register's note of what was decided, its subject and the outcome alone.
    (("approved", "agreed"), re.compile(
        r"(?:^|(?<=[.;]\s))(?:Payment|Payments|Expenditure|Renewal|Spend|Grant|Purchase|Quotation"
        r"|Request|Contract)s?\s+(?:approved|agreed)\b(?!\s+(?:that|with)\b)")),
    # 'Approval granted.', 'Approval was given for both events.': a body's consent, its
    # subject the item's (not another body's: 'approval was given by the county').
    (("approval",), re.compile(r"(?:^|(?<=[.;]\s))Approval\s+(?:was\s+|is\s+)?(?:granted|given)\b"
                               r"(?!\s+by\b)")),
    # 'Approved and signed by the Chair.' under the minutes' heading: the record
    # approved, its subject the heading's.
    (("confirmed", "approved", "agreed", "adopted"), re.compile(
        r"(?:^|(?<=[.;]\s))(?:Confirmed|Approved|Agreed|Adopted)\s+and\s+signed\b")),
    # 'Decision: That …', 'Decision – That, the report be received.'; but 'Decision Made:'
    # / '11 February 2026': when it was decided, not what.
    (("decision",), re.compile(r"(?:^|(?<=[.;]\s))(?:Decisions?|DECISIONS?)"
                               r"(?!(?:\s+(?i:made|taken))?\s*:-?\s*(?:[A-Za-z]+day,?\s+)?"
                               r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\.?\s*$)"
                               r"(?:\s*:-?\s*\S|\s+(?i:made|taken)\s*(?::-?(?:\s*\S|$)|$)"
                               r"|\s+[–-]\s+(?i:that)\b)")),
    (("decision made",), re.compile(r"(?:^|(?<=[.;]\s))Decision\s+made\s+that\b")),
    (("decided",), re.compile(r"(?:^|(?<=[.;]\s))(?:DECIDED|Decided)\s*(?::-?|[–-])(?:\s*\S|$)")),
    # A scrutiny committee's finding: 'CONCLUDED that the Work Programme be noted.'
    (("concluded",), re.compile(r"\bCONCLUDED\b(?=\s*[:–-]?\s*(?:that|That)\b)"
                                r"|(?:^|(?<=[.;:]\s))(?:Concluded|[Ii]t\s+was\s+concluded)"
                                r"\s*[:–-]?\s*that\b")),
    # 'RECOMMENDED to Council that …', 'It was RECOMMENDED to Full Council that …': a
    # committee's formal recommendation, in capitals as RESOLVED is.
    # 'The Committee RECOMMENDED to approve …' too, as a committee of a council that must
    # ratify its decisions writes them.
    (("recommended",), re.compile(r"(?:(?:^|(?<=[.;:]\s))(?:It\s+was\s+)?|\b[Ii]t\s+was\s+"
                                  r"|\b(?:[Tt]he\s+)?"
                                  r"(?:Committee|Sub-Committee|Board|Panel)\s+)RECOMMENDED\b"
                                  r"(?:\s*[:–-]|\s+(?:to|that)\b)"
                                  r"|(?:^|(?<=[.;:]\s))Recommended\s+to\s+(?:(?:the|Full)\s+)?"
                                  r"(?:Town\s+|Parish\s+)?Council\s+that\b")),
    (("objection",), re.compile(
        r"\b(?:Council|Councillors|[Mm]embers|[Ww]e)\s+(?:made|raised|had)\s+no\s+objections?\b"
        r"|(?:^|[.;:–-]\s*)No\s+objections?(?:\s+(?:were|was)\s+(?:raised|made))?\s*[.;]?$"
        r"|(?:^|[.;:–-]\s*)No\s+objections?\s*[.;,(]|(?:\s[–-]|:)\s*no\s+objections?\s*(?:[.;]|$)")),
    (("object", "support", "recommend", "approval", "refusal"), re.compile(
        r"\b(?:(?:[Tt]he\s+)?(?:Parish|Town|Community)\s+Council|[Cc]ouncillors|[Mm]embers|[Ww]e"
        rf"|(?<=[Tt]he\s)(?:PC|TC|CC|Council|{BODY})|(?:^|(?<=[.;]\s))Council)\s+(?:would\s+|unanimously\s+|also\s+|fully\s+|strongly\s+)?"
        r"(?:(?:has|have)\s+no\s+objections?|supports?|supported"
        r"|(?:object(?:s|ed)?|OBJECTS?|OBJECTED)\s+(?:to|TO|on\s+(?:the\s+)?grounds?)"
        r"|recommend(?:s|ed)?\s+(?:its\s+|the\s+)?(?:approval|refusal|that)|RECOMMENDED\s+(?:APPROVAL"
        r"|REFUSAL))\b"
        r"|(?:^|[.;:–-]\s*)(?:Approval|Refusal)\s+(?:was\s+)?recommended\b"
        r"|(?:^|[.;:]\s*)(?:Object(?:ion)?|OBJECT(?:ION)?)(?:\s*[–-]\s|\s*\.?$"
        r"|\s+on\s+(?:the\s+)?grounds?\b)"
        r"|(?:^|[.;:–~-]\s*)(?:[Rr]ecommend(?:ed)?|[Ss]upport(?:ed)?)\s+(?:(?:all|both|the)\s+(?:\w+\s+)?"
        r"|it\s+|them\s+)?(?:for\s+)?(?:approval|refusal)\b"
        r"|\sRecommend(?:ed)?\s+(?:approval|refusal)\b"
        r"|(?:^|[.;:–-]\s*)(?:No\s+(?:comments?|observations?)\s+or\s+objections?|No\s+objections?"
        r"\s+or\s+comments?)(?:\s+(?:were|was)\s+(?:raised|made))?\s*[.;]?$")),
    (("unanim",), re.compile(
        rf"^\s*Unanimous(?:ly)?\.?\s*$|\b(?i:{BODY})\s+(?:were|was)\s+unanimous\b")),
    (("approval", "consent"), re.compile(
        rf"\b(?i:{BODY})\s+(?:gave|granted)\s+(?:its\s+|their\s+)?(?:full\s+)?(?:approval|consent)"
        r"\b")),
    (("precept",), re.compile(
        r"\bprecept\b[^.]{0,60}\b(?:was|were|be|been)\s+(?:duly\s+|unanimously\s+)?(?:set|fixed)"
        r"\b|\b(?:set|fixed)\s+the\s+precept\b")),
    (("co-opt",), re.compile(r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?co-opted\b")),
    (("agreement", "agreeable", "consensus"), re.compile(
        r"\b(?:[Aa]ll\s+(?:were\s+|are\s+)?|(?:[Cc]ouncillors|[Mm]embers|[Cc]ouncil)\s+(?:were|was|are)\s+"
        r"(?:all\s+)?)(?:in\s+(?:full\s+)?agreement|agreeable)\b"
        r"|\bby\s+consensus\b|\b[Ii]t\s+was\s+the\s+consensus\b"
        # 'Board consensus was for staff to post a sign.', 'the consensus of the board was to
        # keep …': what the body agreed without a vote.
        rf"|\b(?:[Cc]onsensus\s+of\s+(?:the\s+)?(?i:{BODY})|(?i:{BODY})\s+consensus|^Consensus)"
        r"\s+was\s+(?:to|for|that)\b"
        rf"|^Consensus\s+of\s+(?:the\s+)?(?i:{BODY})\s+(?:to|that)\b"
        r"|^Agreement\s+(?:to|that|was\s+reached)\b")),
    # 'The minutes … were found to be correct.', a paragraph opening 'approved as a true record.'
    # under a minutes heading: the minutes confirmed in other words.
    (("found to be", "as a true", "as a correct", "as an accurate", "as correct", "as true",
      "as accurate"), re.compile(
        r"\b(?:were|was)\s+found\s+to\s+be\s+(?:a\s+)?(?:true|correct|accurate)\b"
        r"|^(?:approved|agreed|accepted|confirmed|adopted)\s+as\s+(?:a\s+|an\s+)?(?:true|correct"
        r"|accurate)\b")),
    (("unanimously",), re.compile(r"\b[Uu]nanimously\s+(?:approved|agreed)\b")),
    # 'October minutes approved by Mrs B Pascoe and Mr J Rowe', 'November 18 minutes approved
    # as corrected', 'The Chairman signed the minutes of 9 January as correct': the minutes
    # confirmed, not another body's minutes 'approved by the Planning Committee', minutes
    # approved at another meeting, nor a form's 'Minutes approved: ……'.
    (("approved", "adopted", "confirmed", "signed"), re.compile(
        r"\b[Mm]inutes\s+(?:(?:were|was)\s+)?(?:approved|adopted|confirmed)\b"
        r"(?!\s*:\s*(?:[.…_]|$))(?!\s+by\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)*(?:Committee|Council|Board|Panel|Cabinet)\b)"
        r"|\b(?:Chairman|Chair|Chairperson|Mayor)\s+signed\s+the\s+[Mm]inutes\b"
        r"(?![^.;]*\bhad\s+been\s+(?:approved|confirmed)\b)"
        r"|\b(?:was|were)\s+then\s+(?:approved|agreed|adopted)\b")),
    (("accepted",), re.compile(
        r"\b(?:quote|quotation|tender|estimate|offer|recommendations?)\b[^.]{0,80}\b(?:was|were)\s+"
        r"(?:unanimously\s+)?accepted\b"
        rf"|\b{BODY}\s+(?:unanimously\s+)?accepted\s+(?:the\s+)?(?:\w+\s+)?(?:quote|quotation"
        r"|tender|estimate|offer|recommendations?|proposal)\b"
        # 'Apologies received and accepted.', 'The apologies were accepted.': the meeting's
        # consent to members' absence; not 'apologies … not accepted', nor 'Apologies were
        # received and accepted from …', which says who sent them.
        r"|\b[Aa]polog(?:y|ies)\b(?![^.;]*\bnot\b)[^.;]{0,120}?\b(?:(?:was|were|is|are|been)\s+)?"
        r"(?:(?:received|noted|duly|unanimously|all)\s+(?:and\s+)?)*accepted\b(?!\s+from\b)"
        rf"|\b{BODY}\s+(?:unanimously\s+)?accepted\s+(?:the\s+|these\s+|all\s+)?apolog"
        # 'Cllr Nance (work) – accepted.', 'Both accepted.', 'The reasons given … were
        # accepted.': an absence's reason accepted, or what the sentence before put.
        r"|\breasons?\b(?![^.;]*\bnot\b)[^.;]{0,80}?\b(?:was|were)\s+(?:duly\s+)?accepted\b"
        r"|(?:^|(?<=[.;]\s))(?:These|This|Both|All|They)\s+(?:(?:was|were)\s+)?(?:all\s+)?"
        r"accepted(?:\s+without\s+(?:amendment|alteration|correction))?\s*(?:[.;]|$)"
        r"|\)\s+[–-]\s+accepted\s*(?:[.;]|$)"
        # 'The report had been circulated previously and was accepted.', 'The minutes … were
        # ACCEPTED as a true record'.
        r"|\b(?:[Rr]eport|[Aa]ccounts)\b[^.;]{0,80}?\band\s+(?:was|were)\s+(?:unanimously\s+)?"
        r"accepted\s*(?:[.;]|$)"
        r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:accepted|ACCEPTED)\s+as\s+(?:a\s+|an\s+)?"
        r"(?:true|correct|accurate)\b")),
    (("adopted",), re.compile(
        rf"\b(?:(?:was|were|be)\s+(?:formally\s+|duly\s+|unanimously\s+|[a-z]+ed\s+and\s+)?"
        rf"|{BODY}\s+)(?:re-?)?adopted\b")),
    (("elected", "appointed", "returned", "confirmed"), re.compile(
        r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?"
        r"(?:the\s+)?(?:Vice[- ]?)?(?:Chair|Mayor|Deputy|Leader|President|Treasurer|Secretary)"
        r"|\bno\s+other\s+nominations\b[^.]{0,60}\b(?:was|were)\s+(?:duly\s+)?elected\b"
        r"|\b(?:meeting|[Cc]ouncil|[Cc]ommittee)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+"
        r"(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b"
        r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+en\s+bloc\b"
        # 'The remaining officers were elected unopposed.', 'Dana Ruel elected by
        # acclamation.': an election with no contest.
        r"|\b(?:re-?)?(?i:elected)\s+(?:unopposed|by\s+acclamation)\b"
        # 'Mrs Patricia Oyler was appointed as Independent Examiner for the year.', '… was
        # unanimously confirmed as the Society's independent examiner', 'X and Y were returned
        # to the Board', '… declared Kelvin Mahabir and Yvette Carrington elected'.
        r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:appointed|elected|confirmed)\s+"
        r"as\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'’]*\s+){0,3}?(?i:independent\s+examiner|auditors?"
        r"|examiner|trustees?|directors?|officers?)\b"
        r"|\b(?:was|were)\s+(?:duly\s+)?returned\s+to\s+the\s+(?:Board|Committee|Council)\b"
        r"|\bdeclared\s+[A-Z][^.;]{1,80}?\s(?i:duly\s+)?(?i:elected)\b"
        r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?i:elected)\s+(?:to\s+(?:the\s+)?"
        r"(?:committee|board|council)|President|Chair(?:man|person)?|Treasurer|Secretary)\b")),
    (("by all", "all present", "all members", "all councillors"), re.compile(
        r"\b(?:AGREED|APPROVED|[Aa]greed|[Aa]pproved)\s+by\s+all(?:\s+(?:present|members"
        r"|councillors))?\b"
        r"|(?:^|(?<=[.;]\s))All\s+(?:present|members|councillors)\s+(?:(?:present\s+)?agreed"
        r"|approved)\b")),
    # 'Minute approved by R. Jory, seconded by L. Hocking.': the minutes confirmed on a
    # proposal; 'Motion made and approved to put the landing on the list.'; 'Unanimously
    # supported.'
    (("seconded", "made and"), re.compile(
        r"\b(?:[Mm]inutes?|MINUTES?)\s+(?:(?:was|were)\s+)?(?:approved|accepted|adopted|confirmed)"
        r"\s+(?:by|on\s+the\s+proposal\s+of)\s+[^;]{1,60}?,?\s+(?:and\s+)?seconded\b"
        r"|\b[Mm]otion\s+(?:was\s+)?made\s+and\s+(?:approved|agreed|passed|carried)\b")),
    # 'The grass cutting contract for 2002 was awarded to …': a contract let.
    (("awarded",), re.compile(
        r"\b(?i:contract|tender|quotation|quote|work)s?\b[^.;]{0,60}?\b(?:was|were|be)\s+"
        r"(?:duly\s+)?awarded\s+to\b")),
    (("recommendation", "proposal", "application"), re.compile(
        r"\b(?i:recommendations?|proposal|application)\s+(?:was\s+|were\s+)?(?:approved|agreed"
        r"|accepted|supported)\b")),
    # 'Motion by Ruth Haskell to close the hearing, Second by Amos Pike', 'Motion By: … to adopt
    # the fee schedule. Seconded: …': a US board's motion made and seconded, as 'Proposed …
    # seconded …'.
    (("second", "2nd"), re.compile(
        r"\b(?:[Mm]otion|MOTION)\s+(?:made\s+)?(?:[Bb]y|BY|to\s+[^;]{2,120}?\sby)\b[^;]{2,160}?"
        r"(?:\b(?:[Ss]econd|SECOND)(?:ed)?|\b2nd)\s*(?:by|BY|:)")),
    # 'Unanimously supported.' after a motion: agreed, read after the motion's own words.
    (("supported",), re.compile(
        r"(?:^|(?<=[.;]\s))(?:Unanimously\s+supported|Supported\s+unanimously)\b")),
)
"""Agreements in fewer words, each searched only in a paragraph holding one of its words: a
'Decision:' label, 'Unanimously approved', a quote accepted, rules adopted, an officer elected,
a recommendation approved."""
NOTED = re.compile(rf"\bNOTED\b|(?:^|(?<=[.;:]\s)|(?<=^[•·▪–-]\s))(?:Noted|Nodwyd)"
                   r"(?:\.?$|\.\s|\s*[:;]|,|\s+[-–]$"
                   r"|\s+(?:by|with|[-–]|yr|bod)\s|\s+as\s+(?=\d|(?:circulated|presented|read|reported)\b))"
                   r"|\bNODWYD\b|\b[A-Za-z][a-z]+ed\s+and\s+[Nn]oted\b"
                   r"|^noted\s+as\s+(?:circulated|presented|read|reported)\b"
                   r"|(?:^|(?<=[.;]\s))(?:Received|RECEIVED)\.?$|^noted(?=\s*(?:[.;,]|$))"
                   r"|(?:^|(?<=[.;]\s))Received\s+(?:for\s+information|and\s+filed)\b"
                   r"|(?:^|(?<=[.;]\s))(?![Nn]o\b)(?:The\s+)?(?:[\w'’-]+\s+){0,2}(?:[Rr]eports?|[Mm]inutes"
                   r"|[Cc]orrespondence|list|[Ll]etters?)(?:\s+\([^()]{1,30}\))?\s+(?:(?:were|was)\s+)?"
                   r"received\.?$|\b(?:which|that)\s+(?:was|were)\s+received\.?$"
                   r"|(?<=[a-z\d)])[,;]\s+noted\.?$"
                   r"|(?<=[a-z]\s)(?<!\bbe\s)(?<!\bto\s)Noted\.?$"
                   r"|(?:^|(?<=[.;]\s))All\s+(?:[\w'’]+\s+){1,3}noted\b"
                   r"|(?:^|(?<=[.;]\s))Noted\s+(?:the|that)\b"
                   rf"|{LIST_MARK}noted\s+(?:the|that)\b"
                   rf"|\b(?:the\s+)?(?i:{BODY})\s+(?:also\s+)?(?:noted|received|NOTED|RECEIVED)\b"
                   rf"|\b(?:[Tt]he\s+)?(?i:{BODY})\s*:\s*(?:noted|received)\b"
                   r"|\bnoted\s+by\s+the\s+(?:council|committee|meeting|board|members)\b"
                   r"|(?:(?<=[Tt]he\s)|^)[A-Z]{2,6}\s+noted\s+the\b"
                   r"|(?:^|(?<=[.;,]\s))(?:[Mm]embers|[Tt]he\s+(?:[Cc]ommittee|[Ss]ub-[Cc]ommittee))\s+"
                   r"note\s+the\b"
                   r"|\b(?:was|were)\s+(?:otherwise\s+|duly\s+|formally\s+)?(?:(?:received|circulated|read)"
                   r"\s+and\s+)?"
                   r"noted\b|\b(?:was|were)\s+(?:duly\s+)?received\s+and\s+filed\b"
                   r"|\bIt\s+was\s+noted\s+that\b|^The\s+report\s+was\s+(?:otherwise\s+)?noted"
                   r"|\b(?:are|is)\s+noted\b|\s[-–]\s+(?:all\s+|both\s+)?noted\b"
                   r"|\b(?i:both|all)\s+[Nn]oted\b"
                   r"|(?:^|(?<=[.;]\s))(?!(?:None|No|Nothing|Nil)\b)[A-Z][\w'’]*\s+(?:[\w'’]+\s+){0,3}noted"
                   r"(?:\.?$|\.\s+(?=[A-Z]))"
                   r"|\b(?:was|were|been)\s+(?:[a-z]+ed|taken|read)\b[^.;]{0,60}?\band\s+noted\b"
                   rf"|\b(?:[Tt]he\s+)?{BODY}\s+[a-z]+ed\s+[^.;]{{0,60}}?\band\s+noted\b"
                   r"|\b(?:[Mm]inutes|MINUTES)\s+of\s+[^.;]{0,160}?\b(?:were|was)\s+received\b"
                   r"|(?<=;\s)(?!(?:none|no|nothing|nil)\b)(?:[a-z][\w'’]*\s+){1,3}noted\.?$"
                   r"|\b(?:read|received)\s+and\s+(?:placed|put)\s+on\s+file\b"
                   r"|\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}(?:reports?"
                   r"|updates?|accounts|statements?|correspondence)\s+(?:was|were)\s+(?:duly\s+|formally\s+)?"
                   r"received\b")
"""Papers noted, as the grammar's last and weakest kind; a label 'Noted' closing a paragraph
after the last word of its sentence ('… were circulated Noted') too, but not 'Items to be Noted'."""
SENTENCE_STOP = re.compile(r"(?<!\bNo)(?<!\bProp)(?<!\bCh)(?<!\bMr)(?<!\bDr)(?<!\bMs)(?<!\b[A-Z])"
                           r"(?<!\bMrs)(?<!\bCllr)(?<!\bCyng)(?<!\bRevd)"
                           r"(?:[.!?]|(?<!\d)(?<!\b[Pp]roposed)(?<!\b[Ss]econded);)\s+(?=[A-Z(])")
ORDERED = re.compile(r"\bORDERED\b(?=\s*[:–-]?\s*(?:that|That)\b)"
                     r"|(?:^|(?<=[.;:]\s))Ordered\s*[:–-]?\s*(?:that|That)\b")
"""An authority's resolution in its older form: 'ORDERED that the report be received.'"""
PATTERNS = (
    ("resolved", RESOLVED, ("resolved", "penderfynwyd")),
    ("resolved", ORDERED, ("ordered",)),
    ("resolved", RESOLUTION, ("resolution",)),
    ("lost", LOST, ("lost", "defeated", "failed", "fell", "lapsed", "withdrawn", "not carried",
                    "rejected", "not approved", "not agreed", "not supported", "not passed",
                    "not adopted", "against", "collwyd", "withdrew", "died", "fails")),
    ("carried", FAVOUR, ("favour", "favor", "against")),
    ("carried", CARRIED, ("carried", "passed", "approved", "adopted", "against", "hands",
                          "vote", "passes", "unanimous")),
    ("carried", VOTED, ("voted",)),
    ("agreed", AGREED, ("agree", "approv", "ratified", "confirmed", "accepted", "adopted",
                        "signed", "moved", "taken", "support", "authori", "decide", "endorsed",
                        "seconded", "2nd", "determined", "unanimous", "cytunwyd", "received as",
                        "elected", "outcome", "for payment", "concurred", "proposed as")),
    *(("agreed", pattern, words) for words, pattern in AGREED_FORMS),
    ("deferred", DEFERRED, ("deferred", "forward", "agenda", "brought back", "adjourn", "continued",
                            "considered at", "discussed at", "reviewed at", "held ", "tabled",
                            "carried over", "postponed")),
    ("noted", NOTED, ("noted", "received", "nodwyd", "on file", "note the")),
)
"""Checked in this order: a motion 'lost' is never read as 'carried', nor 'moved' as agreed.
Welsh minutes' words count as their English ones ('Penderfynwyd' resolved, 'Cytunwyd' agreed,
'Nodwyd' noted, 'collwyd y cynnig' the motion was lost).
Each pattern is searched only in a paragraph holding one of its words, without which it cannot
match: most paragraphs skip every pattern."""
SEARCHES = tuple((kind, pattern if kind == "resolved" else earliest(pattern), words)
                 for kind, pattern, words in PATTERNS)
"""PATTERNS as searched: each alternative of a long one apart, in a paragraph holding a word it
needs (issue 17: AGREED, tried whole at every position, took most of the time spent finding
decisions). Only where a decision starts is read, but a RESOLVED match's text is read too."""
