"""Find where each agenda item of a meeting's minutes begins, and its number and title."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from ..records import Line
from .blocks import (
    FILE_BADGE,
    FUNCTION_WORDS,
    ITEM_REF,
    LIST_MARKER,
    PAPER_SIZE,
    SENTENCE_END,
    TIME_STAMP,
    clean_title,
    ended_short,
    file_badge,
    glued_apart,
    is_noise,
    is_title_like,
    is_upper_heading,
    title_cased,
)
from .dates import MONTHS, find_dates, first_date, is_date_and_hours, is_date_line
from .grid import grid_rows
from .numbering import learn_references
from .people import ATTENDANCE_LABEL, HONORIFIC_NAME, attendance_list
from .runin import (
    APPLICATION_REF,
    MIN_RUN_IN,
    OPENERS,
    PART_LABELS,
    RUN_ON_WORDS,
    SENTENCE_OPENERS,
    SMALL_WORDS,
    VERBISH,
    caps_heading_run_in,
    opener_cut,
    run_in_headings,
    run_on_title,
    split_inline,
)
from .sections import ATTENDANCE_START, DATE_OPENING, ITEM_FIELD
from .speakers import (
    LABEL_WORDS,
    QUESTION_TITLE,
    SPEECH_VERBS,
    mentions,
    speaking,
    starts_with_speech,
)

NUMBER = (r"(?:(?:Minute|Min\.?|(?:Agenda\s+)?Item|Agenda\s+item|Question|MINUTE|(?:AGENDA\s+)?ITEM"
          r"|QUESTION)"
          r"\s+(?:[Nn]o\.?\s*)?)?"
          r"(?P<num>[A-Z]{1,4}(?:&[A-Z]{1,4})?[/.]?\d{1,5}(?:[/.:]\d{1,4}){1,3}(?![\w'’])"
          r"|\d{1,5}(?:[a-h](?=/))?(?:/[ ]?\d{1,4}){1,3}"
          r"(?:[A-Z]{1,3}(?![\w'’])|:\d{1,3}(?![\w'’])|\.\d{1,2}(?![\w'’/.]))?"
          r"|[A-Z]{2,6}[/.]?\d{1,4}(?![\w'’])"
          r"|[A-Z][/.]\d{2,5}(?![\w'’.])|[A-Z]\d{1,3}(?![\w'’.])"
          r"|\d{1,5}(?:/\d{1,4})?/[A-Z]{1,6}(?![\w'’/])"
          r"|\d{1,4}/[A-Z]{1,4}/\d{2}(?:\d{2})?(?![\w'’/])"
          r"|(?:19|20)\d\d-\d\d_\d{1,3}(?![\w'’])"
          r"|\d{2}-\d{2}/[A-Z]{1,6}/\d{1,4}(?![\w'’])|\d{2}-\d{2}/\d{1,3}(?![\w'’/])"
          r"|\d{1,3}-\d{4}/\d{1,3}(?![\w'’])"
          r"|[01]\d/\d{2}-\d{1,4}(?![\w'’/-])"
          r"|[A-Z][A-Za-z]{0,5}/\d{1,4}/\d{2}(?:\d{2})?[-/]\d{2}(?![\w'’])"
          r"|\d{1,4}\.\d{2}/\d{2}(?![\w'’/])|[A-Z]{2,4}\s\d{1,4}(?=[.)]\s)"
          r"|[A-Z]{1,3}\s\d{2}/\d{3}(?![\w'’/])|\d{1,3}\s[a-h]\)(?=\s)"
          r"|\d{1,3}-\d{2}(?:\.\d{1,2})?(?![\w'’/-])"
          r"|\d{1,5}(?:\.\d{1,3}){0,2}[A-Za-z]?(?![\w'’])|[A-Z](?=[.)]\s))")
"""An item number: '12.', '3A', '16.07.2', minute references '112/21', 'FC/23/001', 'C.123/22',
'F01:03/24', '071-25' and '076-25.1' (the minute, the year, a part), 'SSJC.31', 'B.1101',
'HWB41' (the body's code and the minute), '2023-09_1' (the meeting's year and month, the
minute), '23-24/FRA/7' (the municipal year, the body's code, the minute), '1-2324/9' (the
minute, the year, the meeting), '01/26-21' (the month, the year, the minute), 'Cou/121/24-25'
(the body's code, the minute, the year), '41.24/25' (the minute, the municipal year), '12/05:01'
(the year, the month, the minute), '25/3/HSC' (the year, the minute, the body's code),
'004/RE/15' (the minute, the body's code, the year), '23/046.2' (a minute's numbered part),
'PL 41.' (a committee's letters, the
minute), 'C 98/031' (the body's letter, the year, the minute), '3 a)' (a minute's lettered
part), and a letter with its stop ('B.'): only a run of letters in order makes items of those."""
NUMBERED = re.compile(rf"^{NUMBER}(?P<sep>[.):,]?|\s+[-–])"
                      r"(?:\s+(?:/\s+)?|(?<=[.)])(?=[A-Z][a-z]|[A-Z]{2}))(?P<rest>[^\s\-–/].*)$")
NUMBER_ALONE = re.compile(
    rf"^(?:\*\s+)?(?P<code>[A-Z]{{2,6}}\s*[-–]\s*(?=[A-Z]))?{NUMBER}(?:[.):]-?)?$")
"""A number alone on its line, perhaps after a note column's mark ('* RC/32')."""
AGENDA_NUMBER_AFTER = re.compile(r"(?P<ref>\d{1,3}[a-z]?)[.)]?\s+(?=[A-Z(‘'\"])")
"""An agenda number after a minute's reference ('C112/23 1. APOLOGIES')."""
CITED = re.compile(r"\[\d{1,3}(?:\.\d{1,2})?\]\s+(?=[A-Z0-9])")
SECOND_NUMBER = re.compile(rf"(?P<ref>\d{{1,3}})[.)]\s+(?=[A-Z][a-z]|[A-Z]{{2,}})|{CITED.pattern}")
"""A second number after an item's own ('415. 403. Confirmation of Previous Minutes'): the
minute it refers to, in a column of its own; or in square brackets, the earlier minute a
matter arising comes from ('6.1 [5.3] Street light')."""
REASONS_LABEL = re.compile(r"^(?:reasons?\s+for\s+(?:the\s+)?(?:key\s+)?decisions?|alternative"
                           r"\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?)\s*:?$", re.I)
"""The reasons and alternatives a decision record sets out, labelled with or without a colon."""
INTRODUCES_LIST = re.compile(r"\bthe\s+following\b[^:]*:\s*$", re.I)
"""An agenda entry that introduces the list under it ('To consider the following reports:')."""
LABEL_OVER_SUBITEMS = 3
INTRO_WORDS = 40
INTRODUCES_SUBITEMS = re.compile(r"\bthe\s+following\b", re.I)
"""A heading's sentence that introduces the sub-items under it ('… considered the following
applications for development.')."""
THAT_CLAUSE = re.compile(r"^That\s+(?:the|a|an|it|this|these|no|all|authority|[a-z]+\s)")
GLUED_REF = re.compile(r"^(?P<ref>[A-Z]\d{1,3}|(?:[A-Z]{1,4}/)?\d{1,4}/\d{2,4})"
                       r"(?=[A-Z](?:[a-z]|[A-Z]{1,5}\s))")
REF_LETTERS = re.compile(r"[A-Z]{1,3}(?=\s)")
"""Capitals after a glued reference, up to a space: a committee's letters ('PD') or a word."""
WIDE_GAP = 2
"""How many more blank lines than between its paragraphs part a record's minutes."""
OPENED_HEADING_WORDS = 8
"""The longest title-case heading run into its sentence after a number with no stop."""
MIN_PARTS = 2
"""The fewest parts under a heading with no text of its own that are its items."""
ROMAN_RUN_IN = re.compile(r"^(?P<n>[IVX]{1,5})[.)]\s+(?P<title>[A-Z][^:.]{1,60}):\s+"
                          r"(?P<rest>\S.*)$")
"""A part numbered in capital roman figures, as sections are (points are 'i.', 'ii.'), its
subject run into its text ('II. Grants: Wendy …')."""
DASHED_CAPS = re.compile(r"^[-–•]\s+(?P<title>[A-Z][^a-z]{3,80})$")
"""A heading in capitals after a dash or bullet, alone on its line ('- CORRESPONDENCE')."""
CITED_PART = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2})?\s?\((?:[a-z]{1,2}|[ivx]{1,5})\))\s+"
                        r"(?P<rest>\S.*)$")
"""A part numbered by the earlier minute it follows up, letter in brackets ('6 (b) Bus Shelter')."""
LETTERED = re.compile(r"^(?:\((?P<letter>[a-z])\)|(?P<bare>[a-h])[.)])\s+"
                      r"(?P<title>(?:[A-Z]|\d(?!\S*/)).*)$")
"""A heading lettered '(a)', 'a)' or 'a.', its title capitalised or opening with a figure ('(b)
30mph roundels on Kirk Road'), but not with a planning application's reference (the
applications a heading lists are its text)."""
STAR_MARK = re.compile(r"^\*(?=[A-Z]{0,4}\d)")
"""A mark before a minute's number ('*207 Minutes': a matter the committee decides itself)."""
LIST_ONE = re.compile(r"^1\.\s+(?=\d{1,3}\.\s+[A-Z])")
"""A one-entry list's '1.' before the item's own number ('1. 5. Matters Arising')."""
BULLET_MARK = re.compile(r"^•\s+(?=\d{1,3}[.)]?\s+[A-Z])")
"""A list's bullet before an item's number ('• 4 General Fund Revenue Budget'): a web page's
agenda list, numbered in its text."""
PRIVATE_MARK = re.compile(r"^\((?:EXEMPT|PRIVATE|CONFIDENTIAL|RESTRICTED|NOT\s+FOR\s+PUBLICATION)\)"
                          r"\s+(?=[A-Z]?\d)", re.I)
"""'(EXEMPT) 4 - Civic Government …': a private item's mark before its number."""
BRACKETED_REF = re.compile(r"\((?P<ref>\d{1,3}[a-z]?)\)\s+(?=[A-Z])")
"""The agenda's number in brackets after a running minute number ('1403 (4) LICENSING …')."""
RUNNING_DIGITS = 3
RUNNING_SENTENCE = re.compile(r"^(?:The|A|An|It|There|This|Members|Councillors|Cllr)\s+[a-zA-Z]")
LONG_TITLE_WORDS = 32
BRACKET_WORDS = 8
YEAR_ALONE = re.compile(r"^(?:19|20)\d\d\.?$")
_RUNNING_REF = r"[A-Z]{0,4}\d{1,4}[/:]\d{1,4}(?:[/:]\d{1,4})?"
BARE_TRAILING_REF = re.compile(r"\s(?P<ref>\d{1,4}/\d{2})\.?$")
"""A running minute reference ending a heading with no mark before it ('… payments 208/24')."""
TRAILING_REF = re.compile(rf"\s(?:\((?!\d{{1,2}}:\d{{2}}:\d{{2}}\))(?P<ref>{_RUNNING_REF})\)"
                          rf"|[-–]\s+(?:Ref(?:erence)?|Minute)\.?\s*(?P<cited>{_RUNNING_REF}))$")
"""A minute's running reference after its title: 'Apologies (21/42)', 'Apologies - Ref 23/041'."""
REPEAT_REACH = 6
MAX_TITLE_WORDS = 14
"""The most words a wrapped title's further line may have."""
DESCRIPTION = re.compile(r"^To\s+[a-z]")
"""An agenda entry's description under its title ('To be reported by the Democratic Services
Officer', 'To note the report'), never part of the title."""
"""Lines within which a number alone repeats the entry above it."""
AGENDA_LABEL = re.compile(r"^(?:Agenda\s+)?Item\s+(?P<ref>\d{1,3}[a-z]?)\s*[:.)–-]\s*", re.I)
"""An agenda item's label opening a heading ('Item 4:', 'Agenda Item 4 –')."""
REF_ALONE = re.compile(r"^\*?\(\s*\*?(?:Agenda\s+)?Item\s+[A-Z]?\d{1,3}[a-z]?\*?\s*\)\*?$", re.I)
TABLE_HEAD_WORDS = frozenset("item items no no. notes note action actions owner by who when "
                             "discussion subject minute ref".split())
"""The words of a minutes table's header row ('Item No', 'Item Notes Action')."""
ADDITIONAL = re.compile(r"^(?:additional documents|dogfennau ychwanegol)\s*:$", re.I)
ATTACHMENT_REACH = 12
MARKER_AFTER = re.compile(r"^(?:additional documents|minutes)\s*:?$|^(?:dogfennau ychwanegol"
                          r"|cofnodion)\s*:$", re.I)
"""A meeting page's labels under an item's heading, in English or Welsh ('Cofnodion:')."""
STUB = re.compile(r"^(?:the\s+)?(?:time\s+and\s+)?dates?\s+(?:and\s+time\s+)?of\s+(?:the\s+)?"
                  r"(?:next|future|forthcoming)?\s*(?:meetings?|AGM|annual\s+(?:general\s+)?meeting)"
                  r"(?:\s+in\s+\d{4}(?:/\d{2,4})?)?", re.I)
DECISION_OPENS = re.compile(r"^(?:It\s+was\s+)?(?:RESOLVED|Resolved|NOTED|Noted|AGREED|Agreed"
                            r"|Carried|Approved)\b")
"""A line opening with its decision: the minute under an entry, not the entry's words."""
DECISION_LABEL_ALONE = re.compile(r"^(?:it\s+was\s+)?(?:resolved|agreed|noted|decided|carried"
                                  r"|approved)\s*:?$", re.I)
DECISION_START = re.compile(r"^(?:It\s+was\s+)?(?:RESOLVED|NOTED|Noted|Agreed|AGREED|Carried)\b")
MONTH_OR_UNIT = re.compile(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|^(?:Councillors|Members|"
    r"members|people|residents|houses|dwellings|pm|am|years?|months?|weeks?|days?|hours?)\b")
LIST_MARKER_LOWER = re.compile(r"^(?:[a-z]\)|\(?[a-z]\)|[ivx]+[.)]|[a-z]\.\s)")
FIRST_LETTER = re.compile(r"\s\(?a\)\s+(?=[A-Z0-9])")
SECOND_LETTER = re.compile(r"\s\(?b\)\s+(?=[A-Z0-9])")
LETTERED_HEAD_WORDS = 8
LETTERED_ALONE_WORDS = 3
MAX_PARTS = 20
"""The most parts a section numbered '7.1', '7.2' … is read to have."""
BULLETS = "•●▪"
WRAPPED_TITLE_WORDS = 8
SHORT_WRAP_WORDS = 4
CAPS_WRAP_WORDS = 9
"""Words of a heading in capitals long enough to have filled its line and wrapped."""
AGENDA_ENTRY = re.compile(r"^To\s+(?i:receive|consider|approve|note|agree|confirm|resolve|review"
                          r"|discuss|adopt|accept|elect|appoint|decide|authorise|authorize"
                          r"|ratify|sign|set)\b")
MAX_ENTRY_WORDS = 45
TYPED_SHARE = 0.8
MIN_PROSE_WORDS = 6
PROSE_LOWER_SHARE = 0.3
"""The share of a chain's headings the source must show as headings for its typography to count."""
TOP_STYLES = ("dot0", "dot0-bare")
TOP_SHARE = 0.75
"""The share of sub-numbered sections whose number the top-level chain must hold."""
QUESTION = re.compile(r"^(?:What|Why|How|When|Where|Who|Which|Would|Could|Should|Can|Will|Is|Are"
                      r"|Was|Were|Did|Do|Does|Had|Has|Have)\s+\S+\s+\S+\s+\S+")
"""A question set in bold (a member's question in a Q&A) is not a heading."""
LIST_SENTENCE = re.compile(r"(?:The|A|An|It|This|These|All)\s")
"""A sentence that introduces its list ('The following payments were agreed:'), not a heading."""
BARE_SECOND = re.compile(r"(?P<ref>\d{2,3})\s+(?=[A-Z]{2,}\b)(?!(?:[A-Z'’-]+\s+){0,3}"
                         r"(?:ROAD|STREET|LANE|CLOSE|AVENUE|DRIVE|WAY|CRESCENT|TERRACE|PLACE"
                         r"|GARDENS|COURT|ROW|HILL)\b)")
"""A report's number in a column after a running minute number ('1600  71  BUDGET …'), not a
house's number in an address ('1602  32 HARBOUR ROAD')."""
MONTH_STAMP = re.compile(r"\((?:0?[1-9]|1[0-2])/\d{2}\)\s+(?=[A-Z])")
DASH_AFTER_NUMBER = re.compile(r"^(\d{1,3}[.)])\s+[-–]\s+(?=[A-Z])")
RUN_IN_CELL_WORDS = 6
"""The most words of a heading run into its text after a number alone on its line."""
SENTENCE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\s+[a-z]")
MIN_CHAIN = 3
REGISTER_HEAD = re.compile(r"^(?:date|date\s+of\s+decision)\b.*\bdecisions?$", re.I)
"""A decisions register's header row: its date column first, the decision last."""
REGISTER_HEAD_WORDS = 12
WEEKDAY_CHARS = 10
COLON_SHARE = 0.3
PUBLIC_COUNT = re.compile(r"^(?:members\s+of\s+(?:the\s+)?public|public\s+members)\b[^a-z]*$",
                          re.I)
"""'Members of the public: 9': part of the attendance, not an item."""
SECTION_LABEL = re.compile(r"\b(?:ITEMS|BUSINESS|PART\s+(?:[1-9]|[IVX]+|ONE|TWO))\b")
"""'UNRESTRICTED ITEMS', 'OPEN BUSINESS', 'PART 1': a part of the meeting, not an item."""
COLON_HEADING_WORDS = 6
MIN_QUESTIONS = 2
PUBLIC_SESSION = re.compile(r"^(?:open|public)\s+(?:forum|session|participation|questions?|time)"
                            r"(?:\s+\(?[\w ]{0,30}\)?)?:?$", re.I)
PUBLIC_RUN_IN = re.compile(r"^(?P<head>(?:OPEN|PUBLIC)\s+(?:FORUM|SESSION|PARTICIPATION|QUESTIONS?"
                           r"|TIME)|(?:Open|Public)\s+(?:[Ff]orum|[Ss]ession|[Pp]articipation"
                           r"|[Qq]uestions?|[Tt]ime))\s*(?::\s+|[•–-]\s*)(?P<text>[A-Z•].{20,})$")
"""The public session's heading run into its first sentence: 'PUBLIC PARTICIPATION • Comment
was made …', 'Public Forum: Mr Smith asked …'."""
NIL_RETURN = re.compile(r"\s(?P<nil>(?:None|Nil|Nothing|NONE|NIL)(?:\s+(?:were\s+|was\s+)?"
                        r"(?:received|declared|made|reported|to\s+(?:report|declare)|noted))?\.?)$")
"""A heading's nil return run on after it: 'None', 'Nil received', 'None were declared.'"""
OPENING_HEADING = re.compile(
    r"^(?:To\s+|(?:Consider|Receive|Note|Approve)\s+)?(?:(?:receive|consider|note|approve)\s+)?"
    r"(?:the\s+)?(?:Apologies|Declarations?\s+of|(?:Approval\s+of\s+(?:the\s+)?)?Minutes\s+of"
    r"|Matters\s+arising|Correspondence|Chair(?:man)?['’]?s\s+report|Clerk['’]?s\s+report"
    r"|Finance|Financial\s+(?:report|matters)|Accounts\s+for|Planning\s+(?:applications?|matters)"
    r"|Police\s+report|Public\s+(?:forum|participation|session|questions)|Open\s+(?:forum|session)"
    r"|Any\s+other\s+business|Date\s+of\s+(?:the\s+)?next\s+meeting|Reports?\s+from"
    r"|Ymddiheuriadau|Datgan\w*\s+(?:o\s+)?[Bb]uddiant|Materion\s+yn\s+codi|Gohebiaeth"
    r"|Unrhyw\s+fater\s+arall|Dyddiad\s+y\s+cyfarfod\s+nesaf)\b", re.I)
"""The headings that open most minutes, in the words clerks use for them, in English or Welsh
('Ymddiheuriadau', 'Datgan Buddiant', 'Materion yn codi', 'Gohebiaeth')."""
OPENING_WORDS = 12
OPENING_CUT_WORDS = 6
BLOCK_LABEL_WORDS = 3
PLAIN_HEADING_WORDS = 8
STOPPED_PHRASE_WORDS = 6
"""The longest phrase set apart and closed by a full stop that is read as a heading."""
ONE_WORD_MINUTES = frozenset(("none", "nil", "noted", "agreed", "approved", "received", "resolved",
                              "carried", "deferred", "accepted", "declined", "no", "yes", "he",
                              "she", "they", "it", "we", "i", "this", "there", "these", "all"))
"""Words that open a minute complete in itself ('None.', 'Noted.', 'No declarations.', 'He left
the meeting.')."""
PLAIN_PROSE_WORDS = 3
TIGHT_PROSE_WORDS = 16
"""Words of the line under a heading that opens its paragraph: more than a wrapped line's."""
WRAP_PARAGRAPH_LINES = 4
"""Lines of a wrapped paragraph counted for its words."""
MIN_PLAIN_HEADINGS = 4
CAPS_PAIR_WORDS = 8
ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,6}")
"""'A.O.C.B.': a heading's letters, each with its stop."""
RECORD_WORDS_ONLY = re.compile(r"^(?:minutes|agenda|notes|draft|attendance|present)\b\W*$", re.I)
PRESENTER_WORDS = 4
"""Words of an opening heading that a dash sets off from its text."""
LONG_BOLD_WORDS = 24
"""A bold line this long is still a heading if no full stop closes it."""
SPEAKER_REACH = 30
"""How far into a dash's gloss a speaker may be named ('Police – PCSO Tamsin Polglase …')."""
PARAGRAPH_OPENING = re.compile(
    r"^(?:RESOLVED|Resolved|AGREED|NOTED)\b|^(?:Submitted|Considered|Tabled|Read|Received)\s+[a-z]+\b"
    r"|^(?:The|It|This|These|There|Item)\s.*\b(?:gave|was|were|had|has|will|noted|agreed"
    r"|confirmed|reported|asked|considered|presented|explained|advised|outlined|informed|stated"
    r"|said|introduced|submitted)\b")
"""A numbered paragraph's opening, not a sub-item's heading: a decision, a sentence, or the
proceedings' verb opening a minute ('Submitted circular from the Department …')."""
LINK_ICON = re.compile(r"^(?P<number>\d{1,3}[.)]?\s+)icon\s+(?=[A-Z])")
SIZE_BADGE = re.compile(r"\s*\[\d+(?:\.\d+)?\s*[KMG]b\]", re.I)
ENTRY_GLOSS = re.compile(r"^(?P<title>[A-Z][^–:.]{1,60}?)\s[–-]\s+(?=to\s+(?:receive|approve"
                         r"|consider|note|confirm|agree|resolve|review|discuss)\b)")
"""An agenda entry on its own line: its heading, a dash, and what the meeting is to do in lower
case ('Apologies for absence – to receive and approve apologies.')."""
AGENDA_GLOSS = re.compile(r"(?:\s[–-]|\s(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B)\s+"
                          r"(?=To\s+[a-z]+\b|(?:Joint\s+)?(?:Report|Briefing\s+Note|Note"
                          r"|Memorandum)\s+(?:by|of|from)\s)")
"""Where an agenda entry's note of what the meeting is to do starts: ' – To receive and agree',
or after its paper's link ('… PDF 201 KB To receive the report of …')."""
GLUED_GLOSS = re.compile(rf"(?<=[a-z)’'])(?<!\s[a-h]\))(?<!\([a-h]\))\s?"
                         rf"(?={AGENDA_ENTRY.pattern[1:]})")
"""An agenda entry's note run on after its heading with no dash, often with no space, as text
pasted from a PDF comes ('Apologies for AbsenceTo receive apologies …'); not a lettered point's
('FINANCE a) To approve …')."""
DASH_NOTE = re.compile(
    r"\s[–-]\s+(?P<note>(?P<outcome>(?:[Aa]greed|[Nn]oted|[Aa]pproved|[Rr]esolved|[Cc]arried"
    r"|[Dd]eferred|[Aa]ccepted|[Nn]one|[Nn]il)\b[^–]{0,60}$)|(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z].*)$")
"""An outcome or names after a heading's dash: '… – Agreed', '… – approved and signed',
'Apologies – none, all councillors present', 'Apologies – Cllr Jessop'."""
CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]{4,}:?")
RECORD_WORDS = frozenset("minutes agenda present absent attendance apologies: unconfirmed draft "
                         "confidential private signed chairman chair dated".split())
BOLD_OPENING_WORDS = 6
AGENDA_VERBS = frozenset("consider receive approve note agree discuss review adopt confirm elect"
                         " appoint".split())
DETERMINERS = frozenset("other any each every such further both various following".split())
COLUMN_HEADING = re.compile(r"^(?:Actions?|Owner|Ref\.?)\s+(?=\d{1,3}(?:\.\d{1,2})?\.?\s+[A-Z])")
HEAD = r"(?:[^–-]|(?<=\w)-(?=\w))"
"""A heading's character before its dash: a hyphen inside a word ('Vice-Chairman') too."""
DASH_GLOSS = re.compile(rf"^(?P<head>{HEAD}{{3,60}}?)\s+[–-]\s+"
                        r"(?P<tail>[a-z]\S*(?:\s+\S+){5,}.*)$")
ELLIPSIS_RUN_IN = re.compile(r"^(?P<head>[^.…]{3,80}?)\s*(?:\.{3}|…)\s+(?P<tail>\S.*)$")
"""A heading closed by an ellipsis, its text run on after it ('Clerk’s hours … The Clerk left')."""
GLUED_COLON = re.compile(r"^(?P<head>[^:]{3,60}?[A-Za-z0-9’')]):(?=[A-Z])")
COLON_RUN_IN = re.compile(r"^[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4}:\s+[A-Z0-9]")
SPOKEN_GLOSS = re.compile(rf"^(?P<head>{HEAD}{{3,60}}?)\s+[–-]\s+(?P<tail>[A-Z].*)$")
OUTCOME_FIRST = re.compile(r"^(?:approved|agreed|accepted|adopted|confirmed|deferred|resolved|noted"
                           r"|received)\s+(?:as|that|to|by|and|with|for|subject|unanimously)\b")
"""A minute's text opening with its outcome after a heading's dash ('– approved as a correct
record', '– agreed that …'), not a gloss ('– noted' alone)."""
SHORT_DASH_GLOSS = re.compile(rf"^(?P<head>{HEAD}{{3,60}}?)\s+[–-]\s+(?P<tail>[a-z].*)$")
"""Fewer lower-case words after the dash are text only as a sentence with its verb ('Matters
arising – the bench has been repaired'), not a gloss ('Correspondence - all circulated')."""
WRAP_LINES = 2
ITEM_LABEL = re.compile(r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?(?:\s*[:–-]\s+(?=\S)"
                        r"|\.?\s+(?=[A-Z]))", re.I)
"""An agenda's label before an entry's title: 'AGENDA ITEM 1: ', 'Item 4 – ', 'Agenda Item 3.
Exclusion …', 'Agenda Item 2 Declarations …'."""
SPACED_STOP = re.compile(r"^(?P<num>\d{1,3}[a-z]?)\s\.\s+(?=[A-Z])")
PIPE_ROW = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2})*\.?)\s*\|\s*(?=[A-Z])")
GLUED_CAPS = re.compile(r"^(?P<head>\d{1,3}[.)]?\s+(?:[A-Z][A-Z'’&.]*\s+){0,6}[A-Z][A-Z'’&.]*"
                        r"(?:[A-Z]{2}|\.))(?P<next>[A-Z][a-z])")
"""A numbered heading in capitals whose text follows with no space: 'PLANNINGThe application'."""
GLUED_DASH = re.compile(r"(?<=\s)[–—](?=[A-Z][a-z])")
DASH_CONTINUATION = re.compile(r"^[–—-]\s*[\w(][^.;:!?]{0,40}$")
"""A line that carries a heading on after a dash: '– 15th February 2013', '– F Reid'."""
ACTION_INITIALS = re.compile(r"(?:(?<=\d)|(?P<name>\b[A-Z][a-z]+))\s+[A-Z]{2,4}$")
"""An action column's initials run on after a date or a name: '– 22nd June 2012 FRE', '– F
Reid FRE' (not after a small word: '– update on CCTV')."""
HEADING_STOP = re.compile(r"^(?P<head>[A-Z0-9](?:[\w'’& –-]{1,40}[a-z]/\s?(?=[A-Z]))?"
                          r"[\w'’&/ –-]{2,40}(?:,[\w'’&/ –-]{2,30}){0,2}"
                          r"(?:\s\([\w'’&/ ,-]{2,30}\))?)(?<!\b[A-Z])(?<!\d\s[Nn][Oo])"
                          r"\.\s+(?=[A-Z]|No\b|\(?[a-z]\)\s|[a-z]\.\s)")
"""A heading closed by a full stop, then its sentence: 'Apologies. Apologies were received', a
bilingual one ('Cofrestriad o ddiddordeb/Registration of interest (if known at this point). B.
Jones …'), or its first lettered point ('Cyllid/Finance. a) Payments …'); not a count's 'No.'
('ERECTION OF 6 NO. TWO BEDROOM FLATS')."""
BOLD_BLOCK_LINES = 3
PAGE_GAP = 6
"""Blank lines a heading at a page's foot may stand above its first sub-item on the next."""
STOPPED_WORDS = 6
BARE_WORDS = 10
BARE_TYPED_WORDS = 16
"""Words of a heading after a number with no stop ('1 Police Report'); more if set as one."""
"""The longest heading a bare number's line may close with a full stop before its text."""
LIST_OPENS = re.compile(r"\s(?:i|a)$")
"""A list's first marker closing a heading's words ('… Local Plan i')."""
BLANKS_BETWEEN = 24
SUCCESSOR_GAP = 3


@dataclass(frozen=True)
class Header:
    """The start of an agenda item: where it is, its number, title and agenda reference."""

    line: int
    body: int
    number: str
    title: str
    agenda_ref: str = ""
    score: float = 1
    first_body: str = ""
    style: str = ""
    typed: bool = False
    """The title is set as a heading (bold, larger, or a heading element)."""

    @property
    def key(self) -> tuple[int, ...]:
        """Return the number as a tuple of ints ('3A' is (3, 1)), for checking the sequence."""
        return number_key(self.number)


def number_key(number: str) -> tuple[int, ...]:
    """Return a number's parts as ints: '16.07.2' (16, 7, 2), '112/21' (112, 21), '3A' (3, 1)."""
    parts = re.findall(r"\d+|[A-Za-z]", number)
    return tuple(int(p) if p.isdigit() else ord(p.upper()) - 64 for p in parts)


def number_style(number: str, sep: str, prefixed: bool) -> str:
    """Return how a number is written, which every number of one chain shares."""
    shape = "slash" if "/" in number else f"dot{number.count('.')}"
    bare = shape == "dot0" and not sep.strip()
    return f"{shape}{'-minute' if prefixed else ''}{'-bare' if bare else ''}"


def find_headers(lines: list[Line], start: int, end: int, *, paragraphs: bool = True
                 ) -> list[Header]:
    """Return the item headers between start and end, numbered or not, in order."""
    asked = [i for i in range(start, end) if QUESTION_TITLE.match(lines[i].text)]
    if len(asked) >= MIN_QUESTIONS:
        # Members' questions and their answers: each 'Question by X to Y' is an item, its
        # 'Answer' a part of it, whatever numbers the pack prints or leaves out.
        return [_finish(lines, i, i, "", lines[i].text, end) for i in asked]
    rows = _register_rows(lines, start, end)
    if rows:
        # 'Date  Decision Maker  Advice taken from  Decision' / 'Tue 20th Jan, 2026  Clerk …': a
        # register of decisions kept as a table, each dated row a decision of its own.
        return rows
    candidates = _weigh_lists(_without_repeats(
        [h for i in range(start, end) if (h := _numbered_at(lines, i, end))], lines), lines)
    numbered = _with_closing_stub(_top_level(_chain(candidates), candidates), candidates)
    if not numbered and len(candidates) == 1 and file_badge(lines[candidates[0].line].text):
        # '9 Annual Governance Statement 2025/26 pdf icon PDF 64 KB': a meeting page's one
        # item, numbered as on its agenda and linked to its paper.
        numbered = candidates
    ones = [h for h in candidates if h.number == "1" and h.typed and h.title]
    if len(ones) >= MIN_CHAIN and len(ones) > len(numbered):
        # A word processor's list whose numbering was lost on saving: every bold heading
        # '1. Present', '1. Apologies', '1. Finance' … is an item, each numbered '1'.
        numbered = ones
    numbered = _brought_forward(_fill_gaps(numbered, lines, end), candidates)
    numbered = _between_agenda_numbers(numbered, candidates)
    numbered = _under_unnumbered_headings(_with_subitems(numbered, lines, start, end), lines)
    numbered = _listed_under(numbered, lines, end)
    over = _chain(_numbers_under_headings(lines, start, end))
    if len(over) >= MIN_CHAIN and len(over) > sum(1 for h in numbered if h.title):
        # 'DECLARATIONS OF INTEREST' / 'PLA99/24 Councillor Pilbeam declared …': a printed
        # committee's layout, the heading in bold above, the minute's number opening its text.
        numbered = over
    if not numbered:
        # '(a)       Appointment of Chairman': minutes lettered, not numbered.
        numbered = _lettered(lines, start, end)
    if not numbered:
        # '• ELECTION OF CHAIR: …': headings in capitals, their numbers turned into bullets.
        numbered = _bulleted_caps(lines, start, end)
    if not numbered:
        numbered = [Header(i, i + 1, "", label, "", 2, rest, "run-in")
                    for i, label, rest in run_in_headings(lines, start, end)]
        shown = [i for i in range(start, end) if lines[i].heading
                 and _unnumbered_at(lines, i, end, False) is not None] if numbered else []
        if len(shown) >= MIN_PLAIN_HEADINGS and len(shown) > len(numbered):
            # Bold headings on lines of their own outnumber the 'Label: text' paragraphs: they
            # are the items ('Apologies: AG' and 'Member of Public Present: 3' open the record).
            numbered = []
        elif numbered and paragraphs and not any(OPENING_HEADING.match(h.title) for h in numbered) \
                and len(_plain_headings(lines, start, end)) > len(numbered):
            # Headings set apart as paragraphs of their own, one of them a heading minutes open
            # with, outnumber the paragraphs that open with a label, none such (planning
            # applications' references, 'C21/0412/09/LL – …', a page's 'Categories: …'): the
            # headings are the items.
            numbered = []
    if numbered and _list_inside_headings(lines, numbered, start, end):
        numbered = []
    taken = {i for h in numbered for i in range(h.line, h.body)}
    others = [h for i in range(start, end)
              if i not in taken and (h := _unnumbered_at(lines, i, end, bool(numbered)))]
    if paragraphs and not numbered and len(others) < MIN_PLAIN_HEADINGS:
        # Minutes whose only marks are headings set apart as paragraphs of their own.
        plain = _plain_headings(lines, start, end) or _plain_headings(lines, start, end, True)
        others = sorted(plain + [h for h in others if all(p.line != h.line for p in plain)],
                        key=lambda h: h.line) if plain else others
    if not numbered:
        others = _without_template_headings(others, lines)
    if numbered and sum(lines[h.line].heading for h in numbered) >= TYPED_SHARE * len(numbered):
        # Numbered minutes set in bold: a bold heading between the attendance list and the
        # first number is business taken before the numbered items ('Election of Chair').
        listed = [i for i in range(start, numbered[0].line)
                  if ATTENDANCE_LABEL.match(lines[i].text)]
        others += [_finish(lines, i, i, "", lines[i].text, end, wrap=False)
                   for i in range(listed[-1] + 1 if listed else end, numbered[0].line)
                   if _shown_as_heading(lines, i, end) and len(lines[i].text.split()) >= 2
                   and not first_date(lines[i].text) and not ATTENDANCE_LABEL.match(lines[i].text)
                   and _prose_after(lines, i, end) and not any(h.line == i for h in others)]
    if not numbered and not others:
        # Minutes kept as numbered paragraphs, each a sentence ('1. The Secretary read the
        # minutes … Resolved, That …'): every paragraph is an item with no heading.
        run: list[Header] = []
        while len(part := _numbered_run(lines, run[-1].body if run else start, end, (), 1,
                                        end, "dot0", packed=True)[0]) >= MIN_PARTS:
            # A list broken by bullets starts again at 1: its paragraphs go on being items.
            run += part
        numbered = run if len(run) >= MIN_CHAIN and not all(h.title for h in run) else []
    if numbered:
        others += _unnumbered_among(lines, numbered, start, end, taken | {h.line for h in others})
    # 'Fire and Rescue Authority' / '10 Dec 2025 - 10:30 to 12:45': a heading over the
    # meeting's date line is the record's title, not an item ('Date of next meeting' is).
    others = [h for h in others if (j := _next_filled(lines, h.line, end, limit=2)) is None
              or not is_date_and_hours(lines[j].text) or STUB.match(h.title)]
    listed = [i for i in range(start, numbered[0].line if numbered else end)
              if attendance_list(lines[i].text) is not None]
    label = listed[0] if listed else None
    labels = [ATTENDANCE_LABEL.match(lines[i].text).group("label").casefold() for i in listed]
    if label is not None and label < (start + end) / 2 and labels.count(labels[0]) < 2:
        # Above the attendance list is the record's own heading ('Westby Community Council'
        # set large, read after the line under it), not an item; an attendance table in the
        # record's second half (a meeting's web page, its tab of who attended) closes it. A
        # list repeated under each heading ('Officers: …' in every statement of decision) is
        # each item's own, and the heading above the first is an item's title.
        others = [h for h in others if h.line > label]
    if sum(1 for h in others if h.agenda_ref) >= 2 and not any(h.agenda_ref for h in numbered):
        # Items titled '… (Item 4)' with no minute number: numbered lines between them are
        # the paragraphs of their discussion.
        others = [h for i in range(start, end) if (h := _unnumbered_at(lines, i, end, True))]
        numbered = []
    unnumbered = sorted(others + [h for h in numbered if not h.number], key=lambda h: h.line)
    if len(others) >= MIN_CHAIN and len(unnumbered) < len(numbered) + len(others) \
            and _paragraph_numbers([h for h in numbered if h.number], unnumbered):
        # 'Better Care Fund … PDF 412 KB' / '3.1 Martin Achebe introduced the report.': the
        # paragraphs of the third unnumbered item, numbered by its place and theirs.
        numbered = []
        others = [h for h in unnumbered if not re.match(r"\d{1,2}\.\d{1,2}\s", h.title)]
    if paragraphs and sum(1 for h in numbered + others
                          if h.number or not DECISION_LABEL_ALONE.match(h.title)) <= 1:
        # A web page saved as text whose headings were lost: wide gaps part its minutes.
        gapped = _gap_headers(lines, start, end)
        taken = {h.line for h in numbered + others}
        others += [h for h in gapped if h.line not in taken]
    # 'Item Notes Action': a table's header row, not an item; 'IT WAS resolved:' on a line of
    # its own labels the decision under it.
    headers = sorted([h for h in numbered + others
                      if h.number or h.style == "gap"
                      or not (set(h.title.lower().split()) <= TABLE_HEAD_WORDS
                                          or DECISION_LABEL_ALONE.match(h.title)
                                          or ITEM_FIELD.fullmatch(f"{h.title}:"))],
                     key=lambda h: h.line)
    signed = next((i for i in range(numbered[-1].line if numbered else end, end)
                   if SIGNATURE_LINE.match(lines[i].text)), end)
    # 'Signed ………… (Chair)  Date ……': the record ends; a site's links under it are no items.
    headers = [h for h in headers if h.number or h.line < signed]
    headers = [h for k, h in enumerate(headers) if k == 0 or h.line >= headers[k - 1].body]
    return [sub for k, h in enumerate(headers) for sub in _subheads_under(
        lines, h, headers[k + 1].line if k + 1 < len(headers) else end) or [h]]


def _subheads_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the headings under a heading in capitals with no text of its own ('BURIAL GROUNDS' /
    '' / 'Path edging repairs' / its text / '' / 'Bench plaques' / …), each a short
    line set apart above its text, when at least two are; else []."""
    if header.number or header.first_body or not is_upper_heading(header.title):
        return []
    first = _next_filled(lines, header.body - 1, stop, limit=1)
    if first is None or lines[first - 1].text:
        return []
    subs = [k for k in range(first, stop - 1)
            if not lines[k - 1].text and lines[k + 1].text and _subhead(lines[k].text)]
    if len(subs) < MIN_PARTS or subs[0] != first:
        return []
    return [Header(k, k + 1, "", lines[k].text, score=2, style="subhead") for k in subs]


def _subhead(text: str) -> bool:
    """Return True for a short heading in sentence or title case: no stop, not in capitals."""
    words = text.split()
    return 0 < len(words) <= OPENED_HEADING_WORDS and text[:1].isupper() \
        and not text.endswith(":") and not SENTENCE_END.search(text) and not text.isupper() \
        and is_title_like(text) and not SENTENCE_VERB.search(text)


def _gap_headers(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return an untitled item at each paragraph after a gap of blank lines wider than the
    record's paragraphs have between them, when there are at least MIN_CHAIN such gaps and
    most gaps are narrow: minutes whose headings a saved page lost ('452 MINUTES -' kept, the
    other headings gone, five blank lines where each stood, two between paragraphs)."""
    gaps: list[tuple[int, int]] = []
    run = 0
    for i in range(start, end):
        if not lines[i].text:
            run += 1
            continue
        if run:
            gaps.append((i, run))
        run = 0
    if len(gaps) < 2 * MIN_CHAIN:
        return []
    usual = Counter(size for _, size in gaps).most_common(1)[0][0]
    wide = [i for i, size in gaps if size >= usual + WIDE_GAP]
    if len(wide) < MIN_CHAIN or len(wide) * 2 > len(gaps):
        return []
    return [Header(i, i, "", "", "", 1, "", "gap") for i in wide
            if len(lines[i].text.split()) >= MIN_PROSE_WORDS]


def _register_rows(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return one untitled item per dated row under a register's header row naming its date and
    decision columns, or [] if there is no such table of at least MIN_CHAIN rows."""
    head = next((i for i in range(start, end) if REGISTER_HEAD.match(lines[i].text)
                 and len(lines[i].text.split()) <= REGISTER_HEAD_WORDS), None)
    if head is None:
        return []
    rows = []
    for i in range(head + 1, end):
        if not lines[i].text:
            continue
        if not _dated_row(lines[i].text):
            break
        rows.append(Header(i, i + 1, "", "", first_body=lines[i].text, style="register"))
    return rows if len(rows) >= MIN_CHAIN else []


def _dated_row(text: str) -> bool:
    """Return True for a table row opening with its date ('Tue 20th Jan, 2026 Clerk …')."""
    found = next(find_dates(text), None)
    return found is not None and found[1] <= WEEKDAY_CHARS \
        and (found[1] == 0 or text[:found[1]].strip(" ,").isalpha())


def _paragraph_numbers(numbered: list[Header], others: list[Header]) -> bool:
    """Return True if every number is 'N.k' with N the count of unnumbered headings above it:
    a meeting page numbering each item's paragraphs, not its items."""
    above = [h.line for h in others]
    return all(len(parts := _main(h.number)) == 2 and "." in h.number
               and parts[0] == bisect_right(above, h.line) for h in numbered)


def _part_label(text: str) -> bool:
    """Return True for a label of a minute's parts or a meeting page's details on a line of its
    own ('Decision Made:', 'Reasons for the Decision:', 'Venue:'), or a paper's contact line
    ('Officer contact: A Moore at …'): never an item, however set."""
    return (text.endswith(":") and text[:-1].strip().lower() in PART_LABELS) \
        or REASONS_LABEL.match(text) is not None or CONTACT_LINE.match(text) is not None


CONTACT_LINE = re.compile(r"^(?:(?:officer|report)\s+contact|contact\s+officer|contact"
                          r"|report\s+author|lead\s+officer)s?\s*:\s*\S", re.I)
"""A paper's contact under its entry ('Officer contact: Gareth Dane on 01632 …')."""


INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
"""A line ending on a person's initial ('… Licence - Mr. T.R.'), not a sentence's full stop."""
ASIDE_ALONE = re.compile(r"^\([^()]{2,80}\)$")
"""A line that is one aside in brackets ('(Exempt Information - Paragraph 12)')."""


def _lettered(lines: list[Line], start: int, end: int, least: int = MIN_CHAIN) -> list[Header]:
    """Return items lettered '(a)', '(b)', '(c)' … on lines of their own, each a short heading
    with its minute under it, when at least `least` run in order from '(a)'; else []."""
    found: list[Header] = []
    for i in range(start, end):
        match = LETTERED.match(lines[i].text)
        letter = match and (match.group("letter") or match.group("bare"))
        if not letter or ord(letter) - ord("a") != len(found) \
                or (lines[i].text[1:2] == "." and not lines[i].heading):
            # 'a. To receive apologies' set in bold is a heading; in plain type, a list's point.
            continue
        # 'a) Finance:' over its points: the heading without its colon.
        title, last = match.group("title").strip().rstrip(":"), i
        # '… Licence - Mr. T.R.': a heading may end on a person's initials.
        ended = SENTENCE_END.search(title) and not INITIAL_END.search(title)
        if not ended and i + 1 < end and lines[i + 1].text \
                and not LETTERED.match(lines[i + 1].text) and (
                not is_title_like(title) or ASIDE_ALONE.match(lines[i + 1].text)):
            # '(c) Licensing Act 2003 - Application for a Premises Licence - The' / 'Old Mill
            # Tearooms, Quay Lane', '… - Mr. T.R.' / '(Exempt Information - Paragraph 12)': a
            # heading wrapped onto the next line.
            title, last = f"{title} {lines[i + 1].text}", i + 1
        j = _next_filled(lines, last, end, limit=2)
        if not is_title_like(title) or ended or j is None \
                or LETTERED.match(lines[j].text):
            continue
        found.append(replace(_finish(lines, i, last, letter, title, end), style="lettered"))
    return found if len(found) >= least else []


def _bulleted_caps(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return items whose numbers a word processor turned into bullets, each heading in
    capitals ('• ELECTION OF CHAIR: Cllr Otterway was proposed …', '• MATTERS ARISING. The
    Clerk …', '• FINANCE' alone), when at least MIN_CHAIN are; else []."""
    found: list[Header] = []
    for i in range(start, end):
        text = lines[i].text
        if text[:1] not in BULLETS or not text[1:2].isspace():
            continue
        rest = text[1:].strip()
        caps = caps_heading_run_in(rest)
        if caps and caps[1]:
            found.append(Header(i, i + 1, "", caps[0], first_body=caps[1], style="bullet-caps"))
        elif is_upper_heading(rest.rstrip(":.")) and len(rest.split()) <= CAPS_WRAP_WORDS:
            words = rest.rstrip(":.").split()
            last = max(k for k, word in enumerate(words) if word.isupper())
            if any(word[:1].isupper() and word[1:].islower() for word in words[last + 1:]):
                # '… MEETING HELD March 4 2021': the capitals are the heading.
                words = words[:last + 1]
            found.append(_finish(lines, i, i, "", " ".join(words), end))
    return found if len(found) >= MIN_CHAIN else []


def _lettered_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the lettered sub-items right under a heading with no text of its own ('46.
    REPORT(S) OF THE HEAD OF REGENERATION' / '(a) Public Interest Test' / … / '(b) Appeal
    Decisions Received'), numbered as clerks cite them ('46(a)'), or []."""
    first = _next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or header.agenda_ref or first is None \
            or not LETTERED.match(lines[first].text):
        return []
    subs = _lettered(lines, first, stop, least=2)
    if not subs or subs[0].line != first or any(SENTENCE_VERB.search(sub.title) for sub in subs) \
            or (lines[header.line].heading and not all(lines[sub.line].heading for sub in subs)):
        # '(a) The following applications had been received …', a bold heading's '(a)
        # Churchyard wall – second quotation still awaited' in plain type: its paragraphs.
        return []
    return [replace(sub, number=f"{header.number}({sub.number})") for sub in subs]


def _without_repeats(candidates: list[Header], lines: list[Line]) -> list[Header]:
    """Drop a number standing alone that repeats the entry just above it: a meeting's web page
    gives each agenda entry ('1 Minutes' / 'To approve …') and then, under its number again
    ('1'), the minute."""
    out: list[Header] = []
    for header in candidates:
        if out and header.key == out[-1].key and header.number != out[-1].number \
                and PAPER_SIZE.search(lines[header.line].text):
            # '03 Minutes' / 'Members are asked to agree …' / '2 - Board Minutes 4 February
            # 2025 198.4 KB': the item's paper, linked under it by the item's number.
            continue
        if out and NUMBER_ALONE.match(lines[header.line].text) \
                and out[-1].number == header.number and header.line - out[-1].line <= REPEAT_REACH:
            between = [lines[k].text for k in range(out[-1].body, header.line) if lines[k].text]
            if out[-1].title and 0 < len(between) <= 2 and not any(
                    SENTENCE_END.search(t) or len(t.split()) > MAX_TITLE_WORDS
                    or DESCRIPTION.match(t) for t in between):
                # '412' / 'Police Scotland – Local Policing Plan' / 'Performance Report: 1 April
                # 2025 – 31 March 2026' / '412': a number printed in both margins, the title
                # running on until its second copy.
                title = clean_title(" ".join([out[-1].title, *between]))[0]
                out[-1] = replace(out[-1], title=title, body=header.line + 1)
            continue
        out.append(header)
    return out


def _under_unnumbered_headings(numbered: list[Header], lines: list[Line]) -> list[Header]:
    """Put a run of paragraphs numbered 7.1, 7.2 … whose section 7 is never printed under the
    bold heading just above 7.1 ('Village Management Issues', the number cell left empty).

    The heading is the item; the numbered paragraphs are its text, or its sub-items when every
    one of them has a title of its own.
    """
    printed = {h.key for h in numbered}
    out: list[Header] = []
    k = 0
    while k < len(numbered):
        header = numbered[k]
        run = _decimal_run(numbered, k)
        above = _heading_just_above(lines, header.line, out[-1].body if out else 0)
        if run and header.key[-1] == 1 and above is not None \
                and not {header.key[:-1], (*header.key[:-1], 0)} & printed:
            out.append(Header(above, above + 1, "", lines[above].text, score=2, typed=True))
            out.extend(run if all(h.title for h in run) else [])
            k += len(run)
            continue
        out.append(header)
        k += 1
    return out


def _first_numbered(lines: list[Line], start: int, stop: int) -> int:
    """Return the first line from start to stop that opens with a number, else stop."""
    return next((n for n in range(start, stop) if NUMBERED.match(lines[n].text)), stop)


def _decimal_run(numbered: list[Header], k: int) -> list[Header]:
    """Return the headers from k on that share header k's section number (7.1, 7.2 …)."""
    key = numbered[k].key
    if len(key) != 2:
        return []
    return list(itertools.takewhile(lambda h: len(h.key) == 2 and h.key[0] == key[0],
                                    numbered[k:]))


def _numbers_under_headings(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return a header for each plain line opening with a minute's number or reference (not a
    sub-number: '5.1' belongs to its section) under a bold heading of its own."""
    out: list[Header] = []
    floor = start
    untyped = not any(line.heading for line in lines[start:end])
    for i in range(start, end):
        if lines[i].heading or not lines[i].text[:1].isalnum():
            continue
        # Only a line under a bold one is read for its number: most lines are not.
        above = next((n for n in range(i - 1, max(floor - 1, i - 4), -1) if lines[n].text), None)
        match = NUMBERED.match(lines[i].text) if above is not None else None
        if match and not _set_as_heading(lines[above], untyped):
            continue
        if not match or "." in match.group("num"):
            continue
        block = _bold_block_above(lines, i, floor, untyped)
        if block is not None:
            title = " ".join(lines[n].text for n in range(block[0], block[1] + 1) if lines[n].text)
            title = clean_title(title)[0]
            number = match.group("num")
            # 'Item 4:To receive the minutes …' / '24/64 Resolved …': the agenda's number in
            # the heading, the minute's reference under it.
            label = AGENDA_LABEL.match(title)
            ref = label.group("ref") if label and label.end() < len(title) else ""
            out.append(Header(block[0], i + 1, number, title[label.end():] if ref else title,
                              ref, 2,
                              match.group("rest"),
                              number_style(number, match.group("sep"), number[:1].isalpha())))
        floor = i + 1
    return out


def _set_as_heading(line: Line, untyped: bool) -> bool:
    """Return True for a line set as a heading: in bold, or, where the text carries no type
    (untyped), in capitals ('MINUTES OF MEETINGS OF COMMITTEES' over '3. There was submitted
    …')."""
    return line.heading or (untyped and is_upper_heading(line.text)
                            and not line.text.endswith((".", ":")))


def _bold_block_above(lines: list[Line], i: int, floor: int, untyped: bool
                      ) -> tuple[int, int] | None:
    """Return the first and last lines of the bold heading just above line i (one to three
    lines, blank lines between), or None; in untyped text, capitals stand for bold."""
    last = next((n for n in range(i - 1, max(floor - 1, i - 4), -1) if lines[n].text), None)
    if last is None or not _set_as_heading(lines[last], untyped) \
            or NUMBERED.match(lines[last].text) \
            or NUMBER_ALONE.match(lines[last].text):
        return None
    first = last
    while first - 1 >= max(floor, last - BOLD_BLOCK_LINES + 1) and lines[first - 1].text \
            and _set_as_heading(lines[first - 1], untyped) \
            and not NUMBERED.match(lines[first - 1].text):
        first -= 1
    words = sum(len(lines[n].text.split()) for n in range(first, last + 1))
    return (first, last) if words <= LONG_BOLD_WORDS else None


def _heading_just_above(lines: list[Line], i: int, floor: int) -> int | None:
    """Return the short unnumbered bold heading just above line i (no lower than floor)."""
    above = next((n for n in range(i - 1, max(floor - 1, i - 4), -1) if lines[n].text), None)
    if above is None:
        return None
    text = lines[above].text
    return above if (lines[above].heading and not NUMBERED.match(text)
                     and not NUMBER_ALONE.match(text) and is_title_like(text)
                     and len(text.split()) <= BOLD_OPENING_WORDS) else None


def _list_inside_headings(lines: list[Line], numbered: list[Header], start: int,
                          end: int) -> bool:
    """Return True when the numbers are a list inside one of the minutes' bold headings.

    Minutes headed in bold without numbers ('Minutes of last meeting', 'Planning') may number
    the planning applications under one heading 1, 2, 3 …: those numbers are not the items
    when bold headings stand before and after them and none between them. Minute references
    ('41/09') are never such a list.
    """
    first, last = numbered[0].line, numbered[-1].line
    bold = [i for i in range(start, end) if lines[i].heading and not NUMBERED.match(lines[i].text)
            and not NUMBER_ALONE.match(lines[i].text) and _shown_as_heading(lines, i, end)]
    before = [i for i in bold if i < first]
    return len(bold) >= MIN_CHAIN and len(before) >= MIN_CHAIN - 1 \
        and any(i > last for i in bold) \
        and not any(first < i < last for i in bold) and not any(
            lines[h.line].heading for h in numbered) \
        and not any("/" in h.number for h in numbered)


def _unnumbered_among(lines: list[Line], numbered: list[Header], start: int, end: int,
                      taken: set[int]) -> list[Header]:
    """Return headings the clerk left unnumbered among numbered minutes, written the way the
    numbered ones are: a heading in capitals between the attendance list and item 1 ('OPEN
    SESSION'), and, where the numbered headings end with a colon, a short line that does too
    ('Clerk's Report:' between 5 and 6); and anywhere among them, the session the meeting
    gives the public ('OPEN FORUM', 'Public Participation'), which clerks seldom number."""
    found = []
    listed = [i for i in range(start, numbered[0].line) if ATTENDANCE_LABEL.match(lines[i].text)]
    if listed:
        found += [_finish(lines, i, i, "", lines[i].text, end, wrap=False)
                  for i in range(listed[-1] + 1, numbered[0].line)
                  if i not in taken and not SECTION_LABEL.search(lines[i].text) and (
                      (_caps_heading(lines[i].text) and _prose_after(lines, i, end))
                      or _opening_heading(lines, i, end))]
    found += [_finish(lines, i, i, "", lines[i].text.rstrip(":"), end, wrap=False)
              for i in range(numbered[0].body, end)
              if i not in taken and PUBLIC_SESSION.match(lines[i].text)
              and not lines[i - 1].text and _prose_after(lines, i, end)]
    found += [Header(i, i + 1, "", run.group("head"), first_body=run.group("text"))
              for i in range(numbered[0].body, end)
              if i not in taken and not lines[i - 1].text
              and (run := PUBLIC_RUN_IN.match(lines[i].text))]
    if sum(1 for h in numbered if lines[h.line].heading) * 2 >= len(numbered):
        # 'Clerk's Report' in bold, as the numbered headings are, between 5 and 6: one of the
        # headings minutes are made of, left unnumbered.
        found += [_finish(lines, i, i, "", lines[i].text, end, wrap=False)
                  for i in range(numbered[0].body, end)
                  if i not in taken and lines[i].heading and not lines[i - 1].text
                  and not NUMBERED.match(lines[i].text)
                  and len(lines[i].text.split()) <= BOLD_OPENING_WORDS
                  and OPENING_HEADING.match(lines[i].text) and is_title_like(lines[i].text)
                  and (j := _next_filled(lines, i, end, limit=2)) is not None
                  and not lines[j].heading and not _part_of_above(numbered, i, lines[i].text)]
        # 'Village Management Issues' in bold where the numbers skip from 2 to 4: the section
        # the clerk left unnumbered (its paragraphs may be numbered 3.1, 3.2 …).
        skipped = [(a.body, b.line) for a, b in itertools.pairwise(numbered)
                   if a.key[:1] and b.key[:1] and b.key[0] - a.key[0] == 2]
        found += [Header(n, n + 1, "", lines[n].text, score=2, typed=True)
                  for first, last in skipped
                  if (n := _heading_just_above(lines, _first_numbered(lines, first, last), first))
                  is not None and n not in taken and len(lines[n].text.split()) >= 2
                  and not any(h.line == n for h in found)]
    if sum(1 for h in numbered if is_upper_heading(h.title)) * 2 >= len(numbered):
        # Numbered headings in capitals: a capitals heading wrapped over two lines among them
        # ('PARISHIONERS' / 'QUESTION TIME', 'DECLARATIONS OF' / 'INTEREST') is one more.
        first = listed[-1] + 1 if listed else numbered[0].body
        found += [_finish(lines, i, i + 1, "", f"{lines[i].text} {lines[i + 1].text}", end,
                          wrap=False)
                  for i in range(first, end - 1)
                  if i not in taken and i + 1 not in taken and _caps_pair(lines, i, end)]
        # '- BURIAL GROUND FEES' among '5. MINUTES …' and '11. PLANNING': a heading whose
        # number the word processor's list turned into a dash.
        found += [_finish(lines, i, i, "", dashed.group("title"), end, wrap=False)
                  for i in range(min(first, numbered[0].line), end)
                  if i not in taken and (dashed := DASHED_CAPS.match(lines[i].text))
                  and is_upper_heading(dashed.group("title")) and _prose_after(lines, i, end)]
    colons = sum(1 for h in numbered if lines[h.line].text.rstrip().endswith(":"))
    if colons >= COLON_SHARE * len(numbered):
        found += [_finish(lines, i, i, "", lines[i].text.rstrip().rstrip(":"), end, wrap=False)
                  for i in range(numbered[0].body, end)
                  if i not in taken and lines[i].text.rstrip().endswith(":")
                  and len(lines[i].text.split()) <= COLON_HEADING_WORDS
                  and not lines[i - 1].text and is_title_like(lines[i].text.rstrip(":"))
                  and not ATTENDANCE_LABEL.match(lines[i].text)
                  and _prose_after(lines, i, end)]
    return found + _labelled_around(lines, numbered, start, end, taken)


def _labelled_around(lines: list[Line], numbered: list[Header], start: int, end: int,
                     taken: set[int]) -> list[Header]:
    """Return the 'Label: text' paragraphs that head minutes before and after a short numbered
    list ('Minutes of Previous Meeting: …', then 'Matters Arising' over '1. …' to '3. …', then
    'Police Report: …', 'Planning: …'): the numbers are the list's, the labels the items'."""
    labelled = [(i, label, rest) for i, label, rest in run_in_headings(lines, start, end)
                if i not in taken and not (numbered[0].line <= i <= numbered[-1].line)
                and not ATTENDANCE_LABEL.match(lines[i].text)]
    before = [i for i, _, _ in labelled if i < numbered[0].line]
    after = [i for i, _, _ in labelled if i > numbered[-1].line]
    if not before or len(after) < MIN_RUN_IN or len(labelled) < len(numbered):
        return []
    return [Header(i, i + 1, "", label, "", 2, rest, "run-in") for i, label, rest in labelled]


def _part_of_above(numbered: list[Header], i: int, text: str) -> bool:
    """Return True if the numbered heading above line i names it: 'Apologies' under '09/03:01
    APOLOGIES AND CHAIRMAN'S BUSINESS' is a part of that minute."""
    above = next((h for h in reversed(numbered) if h.line < i), None)
    return above is not None and text.strip(" :").lower() in above.title.lower()


def _brought_forward(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the items taken out of their order ('Item 15 was brought forward'): a titled
    heading numbered in the chain's own way with a number the chain skips."""
    if len(chain) < MIN_CHAIN or len({h.key[:-1] for h in chain}) != 1:
        return chain
    prefix, style = chain[0].key[:-1], chain[0].style
    taken = {h.key[-1] for h in chain}
    lines = {h.line for h in chain}
    moved = [h for h in candidates if h.title and h.style == style and h.key[:-1] == prefix
             and len(h.key) == len(chain[0].key) and h.key[-1] not in taken
             and min(taken) < h.key[-1] < max(taken) and h.line not in lines]
    counts = Counter(h.key for h in moved)
    moved = [h for h in moved if counts[h.key] == 1]
    return sorted(chain + moved, key=lambda h: h.line) if moved else chain


def _without_template_headings(headers: list[Header], lines: list[Line]) -> list[Header]:
    """Drop the headings a form repeats inside every item ('Documentation considered', 'Summary
    of representations in person' under each statement of decision): the items are the headings
    that differ, one before each repeat."""
    counts = Counter(h.title.casefold() for h in headers)
    repeated = {title for title, n in counts.items() if n >= MIN_TEMPLATE_REPEATS}
    kept = [h for h in headers if h.title.casefold() not in repeated]
    if repeated and len(kept) < MIN_TEMPLATE_REPEATS:
        return _form_titles(headers, repeated, lines) or headers
    if not repeated:
        return headers
    return kept


def _form_titles(headers: list[Header], repeated: set[str], lines: list[Line]) -> list[Header]:
    """Return one item per form where only a form's labels were found, repeated form after form
    (a record of decisions, one to a page: a title, then 'Decision Taker' / 'Decision' / 'Reason
    for the Decision' …): each titled by the line just above its first label; [] if a form has
    no such line."""
    first = headers[0].title.casefold()
    if first not in repeated:
        return []
    out = []
    for header in headers:
        if header.title.casefold() != first:
            continue
        k = next((k for k in range(header.line - 1, max(-1, header.line - FORM_TITLE_REACH), -1)
                  if lines[k].text), None)
        if k is None or lines[k].text.casefold() in repeated or is_date_line(lines[k].text) \
                or not is_title_like(lines[k].text):
            return []
        title, top = lines[k].text, k
        while top > 0 and (above := lines[top - 1]).text and above.heading == lines[k].heading \
                and is_title_like(above.text) and above.text.casefold() not in repeated \
                and not is_date_line(above.text) and k - top < FORM_TITLE_REACH:
            # 'Transfer of the Public Conveniences to the Community' /
            # 'Association': a title wrapped over its lines.
            title, top = f"{above.text} {title}", top - 1
        out.append(Header(top, k + 1, "", title, style="form", typed=lines[k].heading))
    return out if len(out) >= MIN_TEMPLATE_REPEATS else []


def _between_agenda_numbers(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the items numbered only by the agenda between minutes that give both numbers.

    '1. Apologies for absence' / '012/26 2. Minutes of the meeting …' / '3. Matters Arising' /
    '013/26 4. Bank Reconciliation': a minute's reference is given only where there was
    business to record; the agenda's numbers, running under both, make the others items too.
    """
    refs = [h.agenda_ref for h in chain]
    if len(chain) < MIN_CHAIN or not all(r.isdigit() for r in refs) \
            or any(int(b) <= int(a) for a, b in itertools.pairwise(refs)):
        return chain
    taken = [h.line for h in chain]
    added = []
    for header in candidates:
        k = bisect_left(taken, header.line)
        if (k < len(taken) and taken[k] == header.line) or not header.number.isdigit() \
                or not header.title:
            continue
        low = int(chain[k - 1].agenda_ref) if k else 0
        high = int(chain[k].agenda_ref) if k < len(chain) else int(header.number) + 1
        if low < int(header.number) < high:
            added.append(header)
    return sorted(chain + added, key=lambda h: h.line) if added else chain


def _fill_gaps(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Add the numbered paragraphs a chain skips: '2. No declarations were made.' is item 2.

    Between items 1 and 4 of a chain, paragraphs numbered 2 and 3 in the same way are items
    too, whatever they say; one that is a sentence has no title, only text. Sub-items the same:
    between 7.4 and 7.7, and before a run that opens at 7.3, paragraphs numbered 7.5 and 7.6,
    or 7.1 and 7.2, are items when they fill the whole gap. So are the paragraphs that go on
    numbering after the chain's last ('25.041.', '25.042.' after '25.040. Individual
    allotments').
    """
    out: list[Header] = _leading(chain[0], lines) if chain else []
    for k, header in enumerate(chain):
        key, before = header.key, chain[k - 1] if k else None
        if len(key) > 1 and key[-1] > 1 and (before is None or before.key[:-1] != key[:-1]):
            found, complete = _numbered_run(lines, before.body if before else 0, header.line,
                                            key[:-1], 1, key[-1], header.style)
            out.extend(found if complete else [])
        out.append(header)
        if k + 1 == len(chain):
            continue
        after = chain[k + 1]
        if len(key) == 1:
            found, complete = _numbered_run(lines, header.body, after.line, (), key[0] + 1,
                                            after.key[0], header.style)
            # Numbers set alone on their lines ('1.' / 'Apologies'): a paragraph numbered
            # inline between two of them is an item only if such paragraphs fill the gap.
            out.extend(found if "-" not in header.style or complete else [])
        elif after.key[:-1] == key[:-1]:
            found, complete = _numbered_run(lines, header.body, after.line, key[:-1],
                                            key[-1] + 1, after.key[-1], header.style)
            out.extend(found if complete else [])
    return [*out, *_trailing(chain, lines, end)] if len(chain) > 1 else out


def _trailing(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Return the paragraphs numbered on from a chain's last item, in its style, each opening a
    paragraph: '25.042. It was resolved to hold the next meeting …' after '25.041.' (numbers
    written otherwise between them, a list's '01.', '02.', are passed over). The part of the
    number that goes up is the one that went up last in the chain (89.0, 90.0 go on at 91.0,
    not at 90.1). A number of the chain's shape out of turn ends them."""
    found: list[Header] = []
    before, last = chain[-2].key, chain[-1].key
    rising = [k for k in range(len(last)) if len(before) == len(last) and before[k] != last[k]]
    if len(rising) != 1:
        return found
    wanted = tuple(part + (k == rising[0]) for k, part in enumerate(last))
    last = chain[-1]
    style = last.style.removesuffix("-alone")
    for i in range(last.body, end):
        match = NUMBERED.match(lines[i].text)
        if not match or lines[i - 1].text:
            continue
        number = match.group("num")
        if number_style(number, match.group("sep"), lines[i].text[:1].isalpha()) != style:
            continue
        if number_key(number) != wanted:
            break
        rest = match.group("rest")
        title, body = _untitled_sentence(*(_stopped_heading(rest) or (
            (rest, "") if is_title_like(rest) and not SENTENCE_END.search(rest)
            else ("", rest))))
        found.append(Header(i, i + 1, number, title, "", 1, body, last.style))
        wanted = tuple(part + (k == rising[0]) for k, part in enumerate(wanted))
    return found


def _leading(first: Header, lines: list[Line]) -> list[Header]:
    """Return the items numbered just before a chain's first whose headings did not read as
    titles: OCR's '27. introduction' above a chain 28, 29 …, or '1 Apologies. None.' above a
    chain of bare numbers that opens at '6 Chairman's report'. Counting down, each is numbered
    as the chain is (its full stop may be missing: '5 Matters Arising' above '6. Planning'), on
    a line of its own after a blank; a short phrase is its title, else it is a heading run into
    its text (or, numbered in parts, '25.031. Apologies were received …', a sentence with no
    title). Any other number so set ends the count."""
    found: list[Header] = []
    outline = len(first.key) > 1
    wanted = first.key[-1] - 1
    for i in range(first.line - 1, 0, -1):
        match = NUMBERED.match(lines[i].text) if wanted >= 1 else None
        if not match or lines[i - 1].text or number_style(
                match.group("num"), match.group("sep"), lines[i].text[:1].isalpha()
                ).removesuffix("-bare") != first.style.removesuffix("-bare"):
            if wanted < 1:
                break
            continue
        if number_key(match.group("num")) != (*first.key[:-1], wanted):
            break
        rest = match.group("rest").strip()
        short = len(rest.split()) <= WRAPPED_TITLE_WORDS and not SENTENCE_END.search(rest)
        title, body = (rest, "") if short else _untitled_sentence(*(_stopped_heading(rest) or (
            ("", rest) if outline else run_on_title(rest))))
        found.append(Header(i, i + 1, match.group("num"), title, "", 1, body, first.style))
        wanted -= 1
    return found[::-1]


def _is_sentence(title: str, labelled: bool = False) -> bool:
    """Return True for a numbered paragraph's opening that is a sentence, not a heading: it
    ends with a full stop, or opens with an article ('It was agreed …'), and has its verb."""
    words = title.split()
    return bool((SENTENCE_END.search(title) or (labelled and LIST_SENTENCE.match(title))
                 or (len(words) >= MIN_OPENED_WORDS and words[0] in SENTENCE_ARTICLES))
                and SENTENCE_VERB.search(title))


def _untitled_sentence(title: str, body: str) -> tuple[str, str]:
    """Return a numbered paragraph's heading and text, with no heading if it opens with its
    sentence ('1. It was agreed that Peter Kealey should chair the group …', 'Mr Hocking
    reported that …', 'Resolved, That the minutes … be confirmed.')."""
    if title and (_is_sentence(title) or _reads_as_speech(title)
                  or title in LABEL_DECISIONS or LABEL_THAT.match(title)):
        return "", f"{title} {body}".strip()
    return title, body


def _heading_above(lines: list[Line], i: int, start: int) -> int | None:
    """Return the line of a bold heading just above line i (a blank between), if one is."""
    k = i - 2
    if k < start or lines[i - 1].text or not lines[k].text or not lines[k].heading \
            or NUMBERED.match(lines[k].text) or not is_title_like(lines[k].text):
        return None
    return k


def _stopped_heading(text: str) -> tuple[str, str] | None:
    """Split 'Apologies. Apologies were received …' at the full stop that ends its heading."""
    match = HEADING_STOP.match(text)
    if not match:
        return None
    head, rest = match.group("head").strip(), text[match.end():]
    if _other_language(head, rest):
        # '1. Croeso’r Cadeirydd. The Chair’s Welcome.': a heading given in Welsh, then in
        # English, is one heading.
        return None
    marker = LIST_OPENS.search(head)
    if marker:
        # 'Draft Local Plan i. The Councillors were …': the stop is a list's first marker's.
        return head[:marker.start()], f"{marker.group(0).strip()}. {rest}"
    return head, rest


def _other_language(head: str, rest: str) -> bool:
    """Return True if rest gives head again in another language: as short, in title case, with
    no verb, and ending the line ('Ymddiheuriadau. Apologies.')."""
    words = rest.rstrip(".").split()
    return 0 < len(words) <= max(2 * len(head.split()), 3) + 2 \
        and words[0] not in SENTENCE_ARTICLES \
        and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in words) \
        and not SENTENCE_VERB.search(rest) and rest.count(".") <= 1 \
        and words[0].strip(":;,–-").upper() not in LABEL_DECISIONS


def _numbered_run(lines: list[Line], start: int, stop: int, prefix: tuple[int, ...],
                  first: int, limit: int, style: str, packed: bool = False
                  ) -> tuple[list[Header], bool]:
    """Return the paragraphs numbered prefix.first, prefix.first+1 … below limit, in order,
    between lines start and stop, and whether every number up to limit was found.

    packed: paragraphs may follow each other with no blank line between, each on a line of its
    own (a web page's list saved as text): a number then opens a line after a finished one.
    """
    found, wanted = [], first
    for i in range(max(start, 1), stop):
        if wanted >= limit:
            break
        match = NUMBERED.match(lines[i].text) or NUMBER_ALONE.match(lines[i].text)
        if match and (match.groupdict().get("sep", ".") or prefix or style.endswith("-bare")) \
                and (not lines[i - 1].text
                     or (packed and lines[i - 1].text.endswith((".", ":", "!", "?")))) \
                and number_key(match.group("num")) == (*prefix, wanted):
            # '3.' alone, then 'The Minutes … were agreed as a true record.': untitled too;
            # 'Declarations of Interest. None were made.' has its heading run in.
            rest = match.groupdict().get("rest") or ""
            title, body = _untitled_sentence(*(_stopped_heading(rest) or ("", rest)))
            if lines[i].heading and SENTENCE_END.search(rest) and not HEADING_STOP.match(rest):
                # '3. The Minutes … were agreed as a true record.' all in bold, as the headings
                # are: a one-line minute is its own heading.
                title, body = rest.rstrip("."), ""
            if rest.endswith(":") and is_title_like(rest.rstrip(":")):
                # 'Declarations of Interest:' alone on its line: a heading, its text below.
                title, body = rest.rstrip(":").strip(), ""
            elif packed and body and not SENTENCE_END.search(rest) and is_title_like(rest):
                # "4. Accounts - Joy Pike" among untitled paragraphs: a heading.
                title, body = rest, ""
            above = _heading_above(lines, i, start)
            if not rest and above is not None:
                # 'AOCB' in bold, then '10' alone: a Word table's cells read title first.
                found.append(Header(above, i + 1, match.group("num"), lines[above].text, "", 1,
                                    "", style))
            else:
                found.append(Header(i, i + 1, match.group("num"), title, "", 1, body, style))
            wanted += 1
    return found, wanted == limit


def _next_filled(lines: list[Line], i: int, end: int, limit: int = 3) -> int | None:
    """Return the index of the next non-blank line after i within limit lines."""
    for j in range(i + 1, min(end, i + 1 + limit * 2)):
        if lines[j].text:
            return j
    return None


def _first_sub(rest: str, number: str) -> int | None:
    """Return where the first sub-item of item number begins in its heading's text ('7.
    Correspondence 7.1 Norfolk Association …'): the space before 'number.1' and a capital."""
    needle = f"{number}.1"
    at = rest.find(needle, 1)
    while at != -1:
        after = at + len(needle)
        if rest[at - 1].isspace() and rest[after:after + 1].isspace() \
                and "A" <= rest[after:].lstrip()[:1] <= "Z":
            return at - 1
        at = rest.find(needle, at + 1)
    return None


def _first_lettered(rest: str) -> int | None:
    """Return where a heading's first lettered point begins in its paragraph ('7. Planning a)
    26/0184/FUL Ty Gwyn – … b) 26/0211/HH …'): 'a)' after a few words, with a 'b)' to follow,
    or None."""
    first = FIRST_LETTER.search(rest)
    if first is None or len(rest[:first.start()].split()) > LETTERED_HEAD_WORDS:
        return None
    if not SECOND_LETTER.search(rest, first.end()) \
            and len(rest[:first.start()].split()) > LETTERED_ALONE_WORDS:
        # 'Planning a) Decisions notified …' / … 'b) New applications': a short
        # heading's 'b)' may be on a later line.
        return None
    return first.start()


def _numbered_at(lines: list[Line], i: int, end: int) -> Header | None:
    """Return a numbered header at line i ('29. Title (Item B1)', '1.' then a title line)."""
    # A table's column heading run into its first row: 'Action 1.0 Welcome and apologies'.
    text = lines[i].text
    text = COLUMN_HEADING.sub("", text) if text[:1] in "AOR" else \
        PRIVATE_MARK.sub("", text) if text[:1] == "(" else \
        STAR_MARK.sub("", text) if text[:1] == "*" else text
    # '1. /' then 'CHAIR'S WELCOME': a table's cells saved as text with slashes between them.
    text = text[:-2] if text.endswith(" /") else text
    if text[:1].isdigit():
        # '1 . Prayers' (a webcast site's agenda) and '3. | Minutes |' (a table's row saved as
        # text): the number, its stop and its title.
        text = PIPE_ROW.sub(r"\g<num> ", SPACED_STOP.sub(r"\g<num>. ", text)).rstrip(" |")
        # '8. - Planning Matters - Noted …': a dash between the number and its heading.
        text = DASH_AFTER_NUMBER.sub(r"\1 ", text)
        # '1. APOLOGIESApologies received …': a heading in capitals glued to its text.
        text = GLUED_CAPS.sub(r"\g<head> \g<next>", text, count=1)
    if "(" in text and ":" in text:
        # 'Reports – (video time: 00:41:12) – the following reports were received:': where the
        # recording reaches the item is no part of its heading or its text.
        text = TIME_STAMP.sub("", text)
    if "icon" in text or "[" in text:
        # '6.  icon Annual Treasury Report 2020/21 [3Mb] - Report by …': a linked paper's icon
        # (its image's words) and its size.
        text = SIZE_BADGE.sub("", LINK_ICON.sub(r"\g<number>", text))
    alone = NUMBER_ALONE.match(text)
    if alone:
        # A reference's letters ('RC/31') make its style, whatever mark stands before it.
        prefixed = text.lstrip("* ")[:1].isalpha()
        j = _next_filled(lines, i, end)
        sub = NUMBERED.match(lines[j].text) if j is not None else None
        if sub and sub.group("num") in (f"{alone.group('num')}.1", f"{alone.group('num')}/1"):
            # '5.' then '5.1 Chairman's Report': a section with no title, its sub-items follow.
            return Header(i, i + 1, alone.group("num"), "", "", 1, "",
                          number_style(alone.group("num"), text[-1], prefixed))
        before = next((lines[k] for k in range(i - 1, max(-1, i - 4), -1) if lines[k].text),
                      None)
        titled_above = before is not None and before.heading and is_title_like(before.text) \
            and not NUMBERED.match(before.text)
        if j is not None and not sub and file_badge(lines[j].text) \
                and (linked := FILE_BADGE.sub(" ", lines[j].text).strip()):
            # '46.' / 'Application Reference No. 1/23/9004. Proposal: … pdf icon PDF 1 MB': a
            # meeting page's item is the link to its paper, sentences and all.
            return replace(_finish(lines, i, j, alone.group("num"), linked, end, wrap=False),
                           style=number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        glossed = ENTRY_GLOSS.match(lines[j].text) if j is not None and not sub else None
        if glossed and is_title_like(glossed.group("title")):
            # '1.' / 'Apologies for absence – to receive and approve apologies.': an agenda
            # entry under its number, its heading before the dash, what is to be done after.
            header = _finish(lines, i, j, alone.group("num"), glossed.group("title"), end,
                             wrap=False)
            return replace(header, first_body=lines[j].text[glossed.end("title"):].strip(" –-"),
                           style=number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        prose = j is not None and not sub and not titled_above \
            and SENTENCE_END.search(lines[j].text) is not None
        head, rest = run_on_title(lines[j].text) \
            if prose and not lines[j].heading and not lines[j].text.startswith("To ") \
            else ("", "")
        if rest and is_title_like(head) and len(head.split()) <= RUN_IN_CELL_WORDS:
            # '1' then 'Public Speaking Mrs Iris Wetherden spoke about …': a heading run in.
            return Header(i, j + 1, alone.group("num"), head, "", 1, rest,
                          number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        if prose and SENTENCE_VERB.search(lines[j].text):
            # '6.' then 'Accounts were presented and accepted for payment.': no heading (but a
            # number set under a bold heading belongs to it: a Word table's cells come apart).
            return Header(i, i + 1, alone.group("num"), "", "", 1, "",
                          number_style(alone.group("num"), text[-1], prefixed) + "-alone")
        entry = j is not None and AGENDA_ENTRY.match(lines[j].text) is not None \
            and len(lines[j].text.split()) <= MAX_TITLE_WORDS
        if j is None or sub or not (is_title_like(lines[j].text) or entry):
            # An agenda's words under the number are its title, sentence or not ('To consider
            # any risk assessments as may be received.').
            return None
        # 'SDC - LC/5/25-26': the council's code before the committee's reference is printed
        # as part of it.
        number = (alone.group("code") or "") + alone.group("num")
        sep = text[-1] if text[-1] in ".):" else ""
        return replace(_finish(lines, i, j, number, lines[j].text, end),
                       style=number_style(number, sep, prefixed) + "-alone",
                       typed=lines[j].heading)
    match = NUMBERED.match(text)
    if not match or is_date_line(text) or CONTINUED.search(text):
        # '… CHAIRMAN'S ANNOUNCEMENTS - Continued' at a page's head: the item goes on.
        return None
    # 'Neighbourhood Development Plan –An update on …': a dash that lost its space after it.
    rest = GLUED_DASH.sub("– ", match.group("rest"))
    if rest[:1] == "(" and (stamp := MONTH_STAMP.match(rest)):
        # '131. (01/17) APOLOGIES': a minute book's month stamp after the running number.
        rest = rest[stamp.end():]
    if (badge := file_badge(rest)) and not rest[badge.end():].strip():
        # '3. Joint Museum Service: Annual Report 2025/26 pdf icon PDF 311 KB': the link's
        # badge closing the heading is no part of it.
        rest = rest[:badge.start()]
    number, sep = match.group("num"), match.group("sep")
    if THAT_CLAUSE.match(rest):
        # '2. That the Combined Authority congratulate …': a resolution's numbered clause.
        return None
    referenced = "/" in number or "-" in number or number[:1].isalpha()
    agenda = AGENDA_NUMBER_AFTER.match(rest) if referenced else \
        SECOND_NUMBER.match(rest) if sep in (".", ")") else CITED.match(rest) or (
            (BRACKETED_REF.match(rest) or BARE_SECOND.match(rest))
            if number.isdigit() and len(number) >= RUNNING_DIGITS else None)
    if agenda:
        # 'C112/23   1.   APOLOGIES FOR ABSENCE': the minute's reference, then the agenda's
        # own number for the item.
        rest = rest[agenda.end():]
    if rest[:1] in "AaIi" and (label := ITEM_LABEL.match(rest)):
        # '1. AGENDA ITEM 1: WELCOME & APOLOGIES': the agenda's label, then the title.
        rest = rest[label.end():]

    bare = not sep and "." not in number and "/" not in number and not text[:1].isalpha()
    if bare and number.isdigit() and len(number) >= RUNNING_DIGITS \
            and RUNNING_SENTENCE.match(rest) and SENTENCE_VERB.search(rest):
        # '1512 The Chairman opened the meeting …' among '1513 Public Participation. …': a
        # running minute with no heading; only a chain of such numbers keeps it.
        return Header(i, i + 1, number, "", "", 0.5, rest, number_style(number, sep, False))
    # '6 Quarterly Performance Report – Report of Police and' / 'Crime Commissioner': a bold
    # heading that wraps on a small word is read whole.
    whole = f"{rest} {lines[i + 1].text}" if bare and lines[i].heading and i + 1 < end \
        and lines[i + 1].heading and rest.split()[-1].lower() in FUNCTION_WORDS else rest
    # A line standing alone between blank lines is set apart as headings are.
    alone = i + 1 < end and not lines[i + 1].text and (i == 0 or not lines[i - 1].text)
    caps = caps_heading_run_in(rest)
    opened = None
    if bare and not (_bare_heading(whole, lines[i].heading or alone) or COLON_RUN_IN.match(rest)
                     or _stopped_run_in(rest) or caps is not None
                     or (opened := _opened_run_in(rest))):
        # '2   Accounts: AB presented the accounts.': a table row's number, its heading closed
        # by a colon, then its text; '1406 EXCLUSION OF THE PUBLIC - Resolved - …' and '2
        # DECLARATIONS OF INTEREST To receive …': a heading in capitals run into its text.
        return None
    nxt = lines[i + 1].text if i + 1 < end else ""
    first_sub = _first_sub(rest, number) if "." not in number else None
    if first_sub is None and " a)" in rest:
        first_sub = _first_lettered(rest)
    gloss = AGENDA_GLOSS.search(rest) or (GLUED_GLOSS.search(rest) if "To " in rest else None)
    if first_sub is not None and is_title_like(rest[:first_sub]):
        # '7. Correspondence 7.1 Norfolk Association …', '7. Planning a) 26/0184/FUL …': the
        # heading, then its first sub-item.
        title, body = rest[:first_sub], rest[first_sub:].strip()
    elif gloss and is_title_like(rest[:gloss.start()]):
        # '4. District and County Councillors Reports – To note written reports …': an
        # agenda's heading, then what the meeting is to do with it.
        title, body = rest[:gloss.start()], rest[gloss.end():]
    else:
        title, body = caps if caps else _split_colon(rest, wrapped=nxt[:1].islower())
        stopped_first = _stopped_heading(title) if body and not caps else None
        if stopped_first and len(stopped_first[0].split()) <= STOPPED_WORDS:
            # '7.1 Accounts for payment. It was resolved to pay the following: …': the heading
            # ends at its full stop, before the colon of its text.
            title, body = stopped_first[0], f"{stopped_first[1]}: {body}"
    if not body and STUB.match(title):
        # 'Date of Next Meeting – Tuesday 9th September 2014, 7.30pm': the stub and its date.
        title, body = _cut_stub(title, body)
    opening_cut = None if body else _opening_heading_cut(title)
    if opening_cut:
        # '100/25 Public Forum Joan Hebb referred to …', '98/25 Apologies for Absence – Rita
        # Okafor (Parish Clerk), …': a heading minutes open with, then its text.
        title, body = opening_cut
    stopped = None if body or _reads_as_speech(title) else _stopped_heading(title)
    if stopped:
        title, body = stopped
    elif not body and (len(text.split()) > RUN_ON_WORDS or lines[i].run_in) \
            and not _reads_as_speech(title) \
            and not (lines[i].heading and AGENDA_ENTRY.match(title)):
        # A bold line of agenda wording ('4.11.23 To approve the Minutes … as a true record.')
        # is the heading whole, however long.
        title, body = run_on_title(title)
    elif not body and ("/" in number or (number[:1].isalpha() and number[-1:].isdigit())) \
            and (SENTENCE_VERB.search(title) or SENTENCE_END.search(title)) \
            and (cut := opener_cut(title)) and is_title_like(cut[0]):
        # '31/24 Declarations of interest None were declared.': a short heading run into its
        # sentence, after a minute's reference (a list's plain numbers open sentences too).
        title, body = cut
    elif not body and AGENDA_ENTRY.match(title) and not lines[i].heading \
            and (cut := opener_cut(title)) and cut[0] \
            and (SENTENCE_VERB.search(cut[1]) or title.startswith(f"{cut[0]}.")):
        # '3.1 To adopt the minutes of the meeting held 5th February The minutes were
        # adopted.': the agenda's words, then the minute's sentence.
        title, body = cut
    elif not body and opened and rest.startswith(opened[0]):
        # '42 Declarations of interest Cllr Mole declared …': the heading ends where its
        # sentence visibly opens.
        title, body = opened
    # '7.4 Mole traps were set by CGM …': a numbered paragraph with no heading.
    untitled = not title and bool(body)
    last = i
    if AGENDA_ENTRY.match(title) and not body:
        # 'To consider the following planning applications:': its colon closes the entry.
        title, last = _agenda_title(lines, i, end, title + ":" * rest.rstrip().endswith(":"))
        header = _finish(lines, i, last, number, title, end, wrap=False)
        return replace(header, style=number_style(number, sep, text[:1].isalpha()))
    outcome = DASH_NOTE.search(title) if not body else None
    if outcome and outcome.group("outcome"):
        # '5. Minutes of the meeting held on 10th April 2023 – approved and signed.': the
        # heading, then its outcome.
        title, body = title[:outcome.start()], outcome.group("note")
    labelled = rest.rstrip().endswith(":") and not body and len(title.split()) <= 10
    if not is_title_like(title) and not body and not SENTENCE_END.search(title) \
            and not labelled:
        # A heading wrapped onto the next line: '1. June 10, 2019; …, 2019,' / 'Planning …'.
        k = _next_filled(lines, i, end, limit=1)
        caps = caps_heading_run_in(lines[k].text) if k is not None and is_upper_heading(title) \
            else None
        if caps and caps[1]:
            # '4 APPLICATION …, HOLIDAY LET,' / 'PEN-Y-FAL FARM, LLANGATWG LINGOED We considered
            # the report …': the heading's end in capitals, then its text, kept as text.
            title = f"{title} {caps[0]}"
        elif k is not None:
            title, last = f"{title} {lines[k].text}", k
    # 'Apologies for Absence accepted from: Cllr Mack': a label ending in a small word before
    # its colon is still a heading.
    label_before_colon = bool(body) and rest.startswith(f"{title}:") and " " in title \
        and is_title_like(title.rsplit(" ", 1)[0])
    # 'Code No. 25/0640/OUT - Land at …, Ystrad Rhymni - Outline application for' /
    # 'residential development of up to 40 dwellings with access': a planning application's
    # heading wrapped onto its next line, longer than other headings but with no verb.
    wrapped = last != i and _long_wrapped_title(title)
    # A numbered line the source sets as a heading is one, sentence or not ('<b>5.11.23 To invite
    # Members of the Public to address the meeting.</b>').
    set_apart = lines[i].heading and not body and last == i
    if not labelled and not untitled and not wrapped and (
            not (is_title_like(title) or label_before_colon or set_apart)
            or _reads_as_speech(title)
            or (title.endswith(":") and body == "")):
        return None
    title, body = _cut_stub(title, body)
    note = DASH_NOTE.search(title) if not body else None
    if note and (note.group("outcome") or OPENING_HEADING.match(title[:note.start()])):
        # '5. Confirmation of the minutes … – Agreed', '4. Declarations of Interest – Cllr
        # Halse, item 9.1': the outcome or the names after the heading are its text.
        title, body = title[:note.start()], note.group("note")
    if _is_sentence(title, labelled):
        # '6. Accounts were presented and accepted for payment.': an item with no heading,
        # unless the clerk set the sentence in bold as the other headings: then it is one.
        title, body = (title.rstrip("."), body) if lines[i].heading \
            else ("", f"{title} {body}".strip())
    if (title in LABEL_DECISIONS or LABEL_THAT.match(title)) and not lines[i].heading:
        # '5. Noted: that the replacement bench …': a numbered paragraph opened by its outcome.
        title, body = "", f"{title}: {body}".strip()
    # A heading closed by its colon ('Apologies for Absence received from:') is complete.
    header = _finish(lines, i, last, number, title, end, wrap=not body and not labelled)
    if agenda and agenda.groupdict().get("ref") and not header.agenda_ref:
        header = replace(header, agenda_ref=agenda.group("ref"))
        if AGENDA_LABEL.match(text):
            # 'Item 3. 2. DECLARATIONS OF INTEREST': the agenda's item, then the minute.
            header = replace(header, number=agenda.group("ref"), agenda_ref=number)
            number = header.number
    style = number_style(number, sep, text[:1].isalpha())
    trailing = TRAILING_REF.search(header.title)
    if trailing and not header.agenda_ref and "/" not in number:
        # '1.  Welcome Remarks by the Chairman (21/41)': the agenda's number, the title, then
        # the running minute reference, which numbers the minute.
        header = replace(header, number=trailing.group("ref") or trailing.group("cited"),
                         agenda_ref=number,
                         title=header.title[:trailing.start()].rstrip())
        style = number_style(header.number, sep, False)
    # A number with no stop after it is weak evidence of a heading, unless it is set in bold
    # ('109 MINUTES' over an application's 'A5 25/01102/OUT …' line).
    return replace(header, first_body=body, score=header.score - (bare and not lines[i].heading),
                   style=style, typed=lines[i].heading)


def _agenda_title(lines: list[Line], i: int, end: int, title: str) -> tuple[str, int]:
    """Return an agenda entry's whole wording ('To consider … on behalf of the' / 'Council …').

    An entry runs on over its wrapped lines, across one blank line, until it ends a sentence
    or a colon, or the next line is numbered or a list item, or is set plain under a heading
    set in bold (the minute's text: 'The Council considered the hourly rate …'), or opens a
    decision, or the entry's line ended short of it ('3. To elect Vice Chairman for 2024/25' /
    'One nomination was received and Cllr A Whitelam was duly elected …').
    """
    last = i
    while len(title.split()) < MAX_ENTRY_WORDS and not re.search(r"[.:;?]$", title):
        k = _next_filled(lines, last, end, limit=1)
        if k is None:
            break
        nxt = lines[k].text
        if NUMBERED.match(nxt) or NUMBER_ALONE.match(nxt) or LIST_MARKER.match(nxt) \
                or (lines[i].heading and not lines[k].heading) or DECISION_OPENS.match(nxt) \
                or ended_short(lines[last].text, nxt) \
                or len(nxt.split()) > 24 or (k > last + 1 and nxt[:1].isupper()
                                              and title.split()[-1].lower() not in
                                              FUNCTION_WORDS and not title[-1:].isupper()
                                              and not re.search(r"\b[A-Z]\w*$", title)) \
                or (nxt[:1].isupper() and title.split()[-1].lower() not in FUNCTION_WORDS
                    and SENTENCE_VERB.search(nxt) and re.search(r"[.!?]$", nxt)):
            # '… held on 1st June 2015' / 'Cllr Cole's name was added to the list.': the
            # minute's first sentence, not the entry's wrapped end.
            break
        title, last = f"{title} {nxt}", k
    return title.rstrip(".:;"), last


def _opening_heading_cut(title: str) -> tuple[str, str] | None:
    """Split one of the headings minutes open with from the text run on after it: after a dash
    ('Apologies for Absence – Rita Okafor (Clerk), Cllr Wragg', but not before a date nor
    before a presenter's name: 'Chairman's Report – F Reid'), or where a sentence
    starts with a name and its verb ('Public Forum Joan Hebb referred …')."""
    dashed = SPOKEN_GLOSS.match(title)
    if dashed and len(dashed.group("head").split()) <= OPENING_CUT_WORDS \
            and len(dashed.group("tail").split()) > PRESENTER_WORDS \
            and OPENING_HEADING.match(dashed.group("head")) \
            and not first_date(dashed.group("tail")[:20]):
        return dashed.group("head"), dashed.group("tail")
    opening = OPENING_HEADING.match(title)
    nil = NIL_RETURN.search(title) if opening else None
    if nil and nil.start() >= opening.end():
        # 'Declarations of interest None.', 'Apologies Nil received': nothing to record.
        return title[:nil.start()].rstrip(" :-–"), nil.group("nil")
    # 'Declarations of Interest Members are reminded …': a heading ending on 'of' runs on.
    words = title[opening.end():].split() if opening \
        and opening.group(0).split()[-1].lower() not in SMALL_WORDS else []
    for k in range(1, min(len(words), 4)):
        if not words[k - 1][:1].isupper() or words[k - 1].lower() in SMALL_WORDS:
            return None
        if VERBISH.match(words[k]) or re.fullmatch(r"[a-z]{3,}ed", words[k]):
            return title[:opening.end()], " ".join(words)
    return None


def _bare_heading(rest: str, typed: bool = False) -> bool:
    """Return True for '1 Police Report': a number and a short heading with no full stop.

    typed: the line is set as a heading (bold or a heading element), which vouches for a
    longer title ('335 Minutes of the Full Council meeting held on 10 March 2025').
    """
    title = clean_title(rest)[0]
    words = title.split()
    # A title with every word but the small ones capitalised vouches for itself as a heading
    # does ('10 His Majesty's Inspectorate of Fire & Rescue Services – Inspection Report').
    most = BARE_TYPED_WORDS if typed or title_cased(words) else BARE_WORDS
    return (0 < len(words) <= most and is_title_like(title) and not SENTENCE_END.search(title)
            and not MONTH_OR_UNIT.match(title)) or is_upper_heading(title)


def _long_wrapped_title(title: str) -> bool:
    """Return True for a heading that wrapped over two lines and reads as one: capitalised,
    no verb, no closing full stop, not ending on a small word, at most LONG_TITLE_WORDS."""
    words = title.split()
    return len(words) <= LONG_TITLE_WORDS and title[:1].isupper() \
        and not SENTENCE_VERB.search(title) and not SENTENCE_END.search(title) \
        and words[-1].lower() not in FUNCTION_WORDS and not _reads_as_speech(title)


def _head_words(head: str) -> int:
    """Return a heading's words, a bilingual one's ('Cofnodion cyfarfod/Minutes of meeting of 8th
    May 2025') counted in its longer language, a bracketed note ('(if known at this point)')
    left out."""
    head = re.sub(r"\s\([^()]*\)$", "", head)
    return max(len(part.split()) for part in head.split("/"))


def _opened_run_in(rest: str) -> tuple[str, str] | None:
    """Return (heading, text) of a short heading run into a sentence that visibly opens ('89
    Village Green The Clerk reported …', '93 County Councillor's report County Cllr Pike …'),
    or of an agenda's words run into it ('92 To receive the Clerk's report … The Clerk said
    …'), as a numbered paragraph's heading with no mark after it is typed; else None."""
    cut = opener_cut(rest)
    if cut is None or not cut[0]:
        return None
    head = cut[0].split()
    if AGENDA_ENTRY.match(cut[0]):
        return cut if len(head) <= MAX_TITLE_WORDS else None
    dash = next((k for k, word in enumerate(head) if word in ("-", "–")), None)
    if dash:
        # '95 Ruskett Hall – request for help with heating … The trustees …': the heading,
        # a note of what is asked, then the sentence.
        cut, head = (" ".join(head[:dash]), f"{' '.join(head[dash + 1:])} {cut[1]}"), head[:dash]
    return cut if len(head) <= OPENED_HEADING_WORDS and head[0][:1].isupper() else None


def _stopped_run_in(rest: str) -> bool:
    """Return True for '1 Apologies for absence. It was resolved …' or '6 Matters arising.':
    a short heading without a verb, closed by its full stop, perhaps run into its text."""
    stopped = _stopped_heading(rest) or (
        (rest[:-1], "") if rest.endswith(".") and rest.count(".") == 1 else None)
    if not stopped:
        return False
    head = stopped[0]
    return _head_words(head) <= STOPPED_WORDS and is_title_like(head) \
        and not SENTENCE_VERB.search(head) and not MONTH_OR_UNIT.match(head)


def _finish(lines: list[Line], i: int, j: int, number: str, title: str, end: int,
            wrap: bool = True) -> Header:
    """Complete a header: pick up an '(Item A4)' line or a wrapped title line after line j."""
    body = j + 1
    ref_at = None if SENTENCE_END.search(title) else _ref_line_after(lines, j, end)
    if ref_at is not None:
        # A long title wraps before its '(Item 6)' line: every line up to it is the title.
        title = " ".join([title, *(lines[n].text for n in range(j + 1, ref_at + 1)
                                   if lines[n].text)])
        clean, ref = clean_title(title)
        return Header(i, ref_at + 1, number, clean, ref, 4 if len(clean.split()) <= 24 else 3)
    k = next((n for n in range(j + 1, end) if lines[n].text), None)
    while k is not None and wrap and k <= j + 2 and _cell_wraps(lines, j, k, title):
        # '41.24/25 Apologies for' / (blank) / 'absence': a bold heading in a narrow table
        # cell, cut on a word that needs the next, goes on over its bold lines.
        title, j = f"{title} {lines[k].text}", k
        k = next((n for n in range(j + 1, end) if lines[n].text), None)
    if k is not None and (ITEM_FIELD.fullmatch(lines[k].text)
                          or MARKER_AFTER.match(lines[k].text)):
        # 'MINUTES OF THE SCRUTINY COMMITTEE - 23RD JUNE' / 'Status:': the item's first field.
        k = None
    body = j + 1
    if k is not None and wrap and k == j + 2 and ((_unfinished(title) and is_title_like(
            lines[k].text) and not NUMBERED.match(lines[k].text))
            or _closes(title, lines[k].text) or (
            len(lines[k].text.split()) <= SHORT_WRAP_WORDS
            and _bold_wraps(lines, j, k, title, end))
            or _caps_wraps(lines, j, k, title)):
        # '2. Declarations of … Interests or Other' / (blank) / 'Significant Interests in …':
        # a title cannot end on 'or Other', so it goes on past the blank line; a long bold
        # one goes on to a short bold rest ('… at Sandy and Potton' / 'Fire Stations').
        title, body = f"{title} {lines[k].text}", k + 1
    elif k is not None and wrap and (k == j + 1 or (lines[k].heading and lines[j].heading)) \
            and DASH_CONTINUATION.match(lines[k].text):
        # '2. Minutes of the Meeting' / '– 15th February 2013': the heading goes on (an action
        # column's initials after its date are not part of it: '… 2012 FRE').
        kept = ACTION_INITIALS.sub(lambda m: m.group("name") or "", lines[k].text)
        title, body = f"{title} {kept}", k + 1
    elif k is not None and (k == j + 1 or lines[k].page != lines[j].page):
        nxt = lines[k].text
        if REF_ALONE.match(nxt) or _title_continues(title, nxt) or (
                wrap and k == j + 1 and (_wraps_lower(title, nxt)
                                         or _bold_wraps(lines, j, k, title, end))):
            title, body = f"{title} {nxt}", k + 1
    elif k is not None and REF_ALONE.match(lines[k].text):
        title, body = f"{title} {lines[k].text}", k + 1
    clean, ref = clean_title(title)
    score = (2 if len(clean.split()) <= 12 else 1) + (2 if ref else 0)
    return Header(i, body, number, clean, ref, score)


def _caps_wraps(lines: list[Line], j: int, k: int, title: str) -> bool:
    """Return True if bold line k, in capitals, carries on a long bold heading in capitals on
    line j that filled its line ('218 P/12/401/FUL - DEMOLITION OF FORMER CHAPEL AND ERECTION
    OF 6 NO. TWO' / 'BEDROOM FLATS, CHAPEL STREET, …'), a blank line between as a PDF may read
    it."""
    nxt = lines[k].text
    # The heading's reader may have taken this line's capitals already ('… AND' / 'OTHER
    # COMMITTEES OF THE COUNCIL [Item 5]').
    return (lines[j].heading and lines[k].heading and len(title.split()) >= CAPS_WRAP_WORDS
            and " ".join(nxt.split()[:3]) not in title
            and is_upper_heading(title) and is_upper_heading(nxt) and nxt[:1].isalnum()
            and not re.search(r"[.:;!?]$", title) and ":" not in nxt
            and not NUMBERED.match(nxt) and not DECISION_OPENS.match(nxt)
            and len(nxt.split()) <= MAX_TITLE_WORDS)


def _cell_wraps(lines: list[Line], j: int, k: int, title: str) -> bool:
    """Return True if bold line k carries on the bold heading on line j that stops on a small
    word ('Apologies for' / 'absence', 'Minutes of the' / 'meeting on' / 'September 11th')."""
    words = title.split()
    nxt = lines[k].text
    return (lines[j].heading and lines[k].heading and bool(words)
            and words[-1].lower() in FUNCTION_WORDS and len(nxt.split()) <= SHORT_WRAP_WORDS
            and not NUMBERED.match(nxt) and not re.search(r"[.:;!?]$", title))


def _unfinished(title: str) -> bool:
    """Return True for a title that stops on a word that needs another after it: a function
    word or a determiner ('… Interests or Other')."""
    words = title.split()
    return len(words) >= 3 and (words[-1].lower() in FUNCTION_WORDS
                                or words[-1].lower() in DETERMINERS)


def _ref_line_after(lines: list[Line], j: int, end: int) -> int | None:
    """Return the '(Item N)' line that closes a heading within the next few lines, if any."""
    seen = 0
    for n in range(j + 1, min(end, j + 1 + BLANKS_BETWEEN + WRAP_LINES)):
        text = lines[n].text
        if not text:
            continue
        if REF_ALONE.match(text):
            return n
        seen += 1
        if seen > WRAP_LINES or NUMBERED.match(text) or SENTENCE_END.search(text) \
                or len(text.split()) > 14:
            return None
    return None


STUB_TAIL = re.compile(r"^(?:is|was|will|would|IS|WAS|WILL|[-–,:])\b|^[-–,:]"
                       r"|^\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+[A-Z](?:[a-z]|[A-Z]{2})"
                       r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                       r"|^(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b")
"""What follows the next meeting's heading on its line: 'is …', a dash, its date or day, in
capitals too ('DATE OF NEXT MEETING 11TH APRIL 2024')."""


def _cut_stub(title: str, body: str) -> tuple[str, str]:
    """Cut 'Date of next meeting is 6th September 2016' or 'Date of Next Meeting 10th August
    2012' to its heading and its text."""
    stub = STUB.match(title)
    rest = title[stub.end():].strip() if stub else ""
    if stub and STUB_TAIL.match(rest) and not TRAILING_REF.fullmatch(f" {rest}"):
        # ('Date of next meeting - Ref 26/034': the minute's reference stays with its title.)
        return stub.group(0), f"{rest.lstrip('-–,: ')} {body}".strip()
    return title, body


def _wraps_lower(title: str, nxt: str) -> bool:
    """Return True if nxt, starting in lower case, carries on a title cut mid-phrase."""
    words = title.split()
    unfinished = len(words) >= WRAPPED_TITLE_WORDS or words[-1].lower() in FUNCTION_WORDS
    return (unfinished and nxt[:1].islower() and not re.search(r"[.:;!?]$", title)
            and len(nxt.split()) <= 16 and not LIST_MARKER_LOWER.match(nxt))


def _bold_wraps(lines: list[Line], j: int, k: int, title: str, end: int) -> bool:
    """Return True if line k, in bold like the long bold heading on line j and followed by plain
    text, is the rest of that heading ('11. Items of Interest … the YLCA White Rose' / 'Bulletin
    and the YLCA weekly News and Notifications')."""
    after = next((n for n in range(k + 1, end) if lines[n].text), None)
    nxt = lines[k].text
    # '95 Scrutiny Report – … Communication Needs' / 'in the Early Years', both in bold.
    lower = nxt[:1].islower() and not LIST_MARKER_LOWER.match(nxt)
    return (lines[j].heading and lines[k].heading and len(title.split()) >= WRAPPED_TITLE_WORDS
            and not re.search(r"[.:;!?]$", title) and (is_title_like(nxt) or lower)
            and len(nxt.split()) <= WRAPPED_TITLE_WORDS * 2 and not NUMBERED.match(nxt)
            and not DECISION_START.match(nxt)
            and after is not None and not lines[after].heading)


def _closes(title: str, nxt: str) -> bool:
    """Return True if nxt closes what the title left open: the bracket it opened ('… Report
    (Quarter 3: October to December' / '2025)') or its date's year ('… HELD ON TUESDAY 20
    JANUARY' / '2026')."""
    words = title.split()
    if title.count("(") > title.count(")") and ")" in nxt and len(nxt.split()) <= BRACKET_WORDS \
            and not NUMBERED.match(nxt):
        return True
    return bool(words) and YEAR_ALONE.match(nxt) is not None \
        and words[-1].lower().strip(".,") in MONTHS


def _title_continues(title: str, nxt: str) -> bool:
    """Return True if nxt carries on a heading in capitals ('… RESOURCES' / 'JUDGEMENT'), or
    a heading that ends in a comma ('Question by A to B,' / 'Cabinet Member for Education') or
    an agenda's verb ('Consider' / 'Declarations of Interest')."""
    words = title.split()
    if not words:
        return False
    if _closes(title, nxt):
        return True
    if (title.endswith(",") or words[-1].lower() in AGENDA_VERBS) \
            and is_title_like(nxt) and not NUMBERED.match(nxt):
        # '4/16 Consider' / 'Declarations of Interest on Agenda Items': a verb needs its object.
        return True
    return (is_upper_heading(title) and is_upper_heading(clean_title(nxt)[0])
            and not NUMBERED.match(nxt) and len(nxt.split()) <= 8
            and not DECISION_START.match(nxt) and not CROSS_REFERENCE.match(nxt))


REFERENCE_HEAD = re.compile(r"^[A-Z]*\d[\w/.-]*\d[\w/]*\b|^[A-Z]{2,}\d{2,}\b")
"""A reference opening a title: '16/00501/OM', '16/00042/TREECA', 'LAIS1389'."""
COLON_TITLE_WORDS = 24


NIL_TAIL = re.compile(r"(?:None|Nil|N/A)\b(?:\s+(?:received|declared|reported|raised))?$", re.I)
"""A nil answer after a heading's colon ('Matters Arising: None'): its text, not its title's."""


def _split_colon(rest: str, *, wrapped: bool = False) -> tuple[str, str]:
    """Split 'Police Report: Attached. …' into its heading and the text that follows it.

    A colon followed by a short title-cased phrase ('Vision Zero: The Road Safety Strategy')
    stays in the title, unless the line runs on into a sentence on the next line.
    """
    ellipsis = ELLIPSIS_RUN_IN.match(rest)
    if ellipsis and is_title_like(ellipsis.group("head")):
        # '2. Declarations of interest … There were none.': the heading, an ellipsis, its text.
        return ellipsis.group("head"), ellipsis.group("tail")
    glued = GLUED_COLON.match(rest)
    if glued and is_title_like(glued.group("head")):
        # 'Welcome and Apologies:The Chairman welcomed …': a bold run-in heading whose colon
        # lost its space.
        rest = f"{glued.group('head')}: {rest[glued.end():]}"
    head, sep, tail = rest.partition(": ")
    if not sep and rest.endswith(":"):
        spoken = SPOKEN_GLOSS.match(rest[:-1])
        if spoken and is_title_like(spoken.group("head")) \
                and _sentence_after_dash(spoken.group("tail")):
            # 'Finance – The Clerk presented the finance report:': the heading, then the
            # sentence that opens its list.
            return spoken.group("head"), spoken.group("tail") + ":"
        glossed = SHORT_DASH_GLOSS.match(rest[:-1])
        if glossed and is_title_like(glossed.group("head")) \
                and SENTENCE_VERB.search(glossed.group("tail")):
            # 'Reports – the following reports were received:': the heading, then the sentence
            # that opens its list.
            return glossed.group("head"), glossed.group("tail") + ":"
        verb = glossed.group("tail").split()[:2] if glossed else []
        if glossed and is_title_like(glossed.group("head")) and len(verb) == 2 \
                and verb[0] == "to" and verb[1] in AGENDA_VERBS:
            # 'Planning – to consider applications received since the last meeting:': an
            # agenda's heading, then what the meeting is to do, opening its list.
            return glossed.group("head"), glossed.group("tail") + ":"
        return rest[:-1], ""
    dashed = DASH_GLOSS.match(rest)
    if dashed is None and (short := SHORT_DASH_GLOSS.match(rest)) \
            and (SENTENCE_VERB.search(short.group("tail"))
                 or OUTCOME_FIRST.match(short.group("tail"))):
        # 'Minutes of the meeting held on 16th December – approved as a correct record': the
        # outcome opens the minute's text.
        dashed = short
    if dashed is None and (spoken := SPOKEN_GLOSS.match(rest)) \
            and (_speaks_early(spoken.group("tail")) or _sentence_after_dash(spoken.group("tail"))):
        # '5.1 Police – PCSO Tamsin Polglase reported 6 crimes …': a heading, then who spoke.
        dashed = spoken
    if not sep and dashed and is_title_like(dashed.group("head")):
        # 'Public participation – a period of 15 minutes for residents …': a heading and, after
        # a dash, words in lower case that explain it.
        return dashed.group("head"), dashed.group("tail")
    if sep and TRAILING_REF.search(head):
        # 'Approval of the minutes of the meeting held on 14th February 2023 - Ref 23/044:
        # Proposed and seconded …': the minute's reference closes its heading, however long.
        return head, tail
    if sep and REFERENCE_HEAD.match(head) and not SENTENCE_VERB.search(tail) \
            and len(tail.split()) <= COLON_TITLE_WORDS:
        # '16/00501/OM Outline Application: construction of 28 Dwellings, Land at the Row':
        # a planning application's or a paper's reference, then what it is.
        return rest.rstrip("."), ""
    if sep and len(head.split()) <= 10 and (
            not tail or wrapped or len(tail.split()) > 6 or re.search(r"[.!?,;]", tail)
            or NIL_TAIL.match(tail)
            or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in FUNCTION_WORDS
                       for w in tail.split())
            or not any(w[:1].isupper() for w in tail.split()) or first_date(tail) is not None):
        return head, tail
    return rest, ""


def _sentence_after_dash(tail: str) -> bool:
    """Return True if the words after a heading's dash are the minute's text, not the rest of
    its title: a sentence's opener ('Village Hall Roof – Following the request …', 'Finance –
    The Clerk presented …'), an action ('– Clerk to report …'), a verb, or a list ('– SID data
    review; Christmas tree; …')."""
    tail = FULL_STOP.split(tail, maxsplit=1)[0]
    if (REFERENCE_HEAD.match(tail) or APPLICATION_REF.match(tail)) \
            and SENTENCE_VERB.search(tail) is None:
        # 'ORLESTONE - PL/16/0288 - Conversion of a barn; Oak Barn, …': an application's
        # reference and what it is, the rest of its title.
        return False
    words = tail.split()
    first = words[0].rstrip(".,") if words else ""
    return len(words) >= MIN_DASH_SENTENCE and (
        first in OPENERS or first in SENTENCE_OPENERS or ";" in tail
        or (words[1] == "to" and first[:1].isupper())
        or SENTENCE_VERB.search(tail) is not None
        or any(VERBISH.match(word) for word in words[1:DASH_VERB_REACH]))


def _speaks_early(text: str) -> bool:
    """Return True if someone named in text's first words speaks ('Cornwall Councillor Mrs B
    Vivian reported …')."""
    return any(m.start <= SPEAKER_REACH for m in speaking(text, list(mentions(text))))


def _reads_as_speech(title: str) -> bool:
    """Return True for a numbered paragraph that starts 'Mr Adams explained …'."""
    return starts_with_speech(title)


MIN_TEMPLATE_REPEATS = 3
FORM_TITLE_REACH = 4
"""How often a heading recurs among unnumbered items before it is a form's label inside them."""
LIST_ENTRY_SCORE = 0.5
"""What a numbered list's entry adds to a chain: less than any heading with text of its own."""


def _weigh_lists(candidates: list[Header], lines: list[Line]) -> list[Header]:
    """Weigh down a numbered line with no text of its own that the next line's number, written
    the same way and with no text either, follows at once: an entry of a list ('7. Norfolk
    Link etc.' / '8. CPRE …' under 'Correspondence'), which a chain of minutes with their
    text should outweigh."""
    weighed = list(candidates)
    for k, (header, nxt) in enumerate(itertools.pairwise(candidates)):
        listed = header.style == nxt.style and not header.first_body and not nxt.first_body \
            and bool(nxt.title) and all(not lines[n].text for n in range(header.body, nxt.line))
        if listed:
            weighed[k] = replace(header, score=LIST_ENTRY_SCORE)
    return weighed


def _chain(candidates: list[Header]) -> list[Header]:
    """Keep the best run of numbers that follow one another (92, 93, 94 …)."""
    best: list[tuple[int, int]] = []
    lengths: list[int] = []
    # The best chain so far ending at each (style, numbers) and at each (style, numbers,
    # letter): a header's predecessors are looked up by the numbers _follows accepts.
    by_numbers: dict[tuple, tuple[int, int]] = {}
    by_letter: dict[tuple, tuple[int, int]] = {}
    for k, header in enumerate(candidates):
        style, main, letter = _chain_key(header)
        options = [by_numbers[key] for key in _lower_numbers(style, main) if key in by_numbers]
        options += [by_letter[key] for n in range(letter)
                    if (key := (style, main, n)) in by_letter]
        top = max(options, default=None)
        best.append((top[0] + header.score, top[1]) if top else (header.score, -1))
        lengths.append(lengths[top[1]] + 1 if top else 1)
        ends = (best[k][0], k)
        for table, key in ((by_numbers, (style, main)), (by_letter, (style, main, letter))):
            table[key] = max(table.get(key, ends), ends)
    if not best:
        return []
    # Of chains that score alike, the longer: '071-25', '072-25', '073-25', '074-25' over the
    # two parts '073-25.1', '073-25.2' that score as much for their stops.
    k = max(range(len(best)), key=lambda n: (best[n][0], lengths[n]))
    chain = []
    while k >= 0:
        chain.append(candidates[k])
        k = best[k][1]
    chain.reverse()
    if len(chain) >= MIN_CHAIN or all(h.agenda_ref for h in chain) or (
            len(chain) > 1 and all(h.typed for h in chain)) or (
            len(chain) == 2 and all(h.title and h.score >= 2 for h in chain) and (
                ([h.key for h in chain] == [(1,), (2,)]
                 and all(is_upper_heading(h.title) for h in chain))
                or all("/" in h.number for h in chain))):
        # Two numbers in a row whose titles are set as headings are two items, too, as are a
        # sub-committee's '1. APPOINTMENT OF CHAIRMAN' and '2. APPLICATION FOR A LICENCE', and
        # two minutes numbered by reference ('F&GP/24/01 Apologies').
        return chain
    return []


def _with_closing_stub(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Add the 'Date of next meeting' that closes the minutes, however far its number jumps.

    Clerks number it as the agenda did ('21.0' after '15.0' when items were taken out), so
    it follows the chain's last item in the same style, beyond the usual gap.
    """
    if not chain:
        return chain
    last = chain[-1]
    style = last.style.removesuffix("-alone")
    later = [h for h in candidates if h.line > last.line
             and h.style.removesuffix("-alone") == style and STUB.match(h.title)
             and len(_main(h.number)) == len(_main(last.number))
             and _main(h.number) > _main(last.number)]
    return [*chain, later[0]] if later else chain


def _top_level(chain: list[Header], candidates: list[Header]) -> list[Header]:
    """Prefer items numbered 1, 2, 3 to the paragraphs 5.1, 5.2, 6.1 … numbered under them.

    Numbering is an outline: a chain of sub-numbers can be longer than the items' own, but
    when the items' chain numbers the sections the sub-numbers sit in, the items are it.
    """
    if not chain or "." not in chain[0].number or "-minute" in chain[0].style:
        return chain
    headings = _chain([h for h in candidates if h.number.endswith(".0")])
    if len(headings) >= MIN_CHAIN:
        # An outline of '1.0', '2.0' headings over '1.1', '1.2' paragraphs: the headings, and
        # the paragraphs of a section whose own '7.0' heading lost its number.
        sections = {h.key[0] for h in headings}
        orphans = [h for h in chain if h.key[0] not in sections]
        return sorted(headings + orphans, key=lambda h: h.line)
    top = _chain([h for h in candidates if h.style.removesuffix("-alone") in TOP_STYLES])
    majors = {_main(h.number)[0] for h in chain}
    numbers = {_main(h.number)[0] for h in top}
    if len(top) >= MIN_CHAIN and len(majors & numbers) >= TOP_SHARE * len(majors):
        return top
    return chain


def _chain_key(header: Header) -> tuple[str, tuple[int, ...], int]:
    """Return what _follows compares of a header: its style, numbers and letter."""
    return header.style.removesuffix("-alone"), _main(header.number), _letter(header.number)


def _lower_numbers(style: str, main: tuple[int, ...]) -> list[tuple]:
    """Return the (style, numbers) a header can follow with one number lower by 1 to 3, and,
    for a section's first part ('3.1'), the last parts of the section before ('2.1' … '2.n')."""
    lower = [(style, (*main[:k], part - gap, *main[k + 1:]))
             for k, part in enumerate(main) for gap in range(1, SUCCESSOR_GAP + 1)]
    if len(main) >= 2 and main[-1] == 1 and main[-2] > 1:
        lower += [(style, (*main[:-2], main[-2] - 1, n)) for n in range(2, MAX_PARTS + 1)]
    return lower


def _follows(before: Header, after: Header) -> bool:
    """Return True if after's number can follow before's in one sequence written one way.

    One part goes up and the others stay: 1 → 2, 16.07.1 → 16.07.2, 112/21 → 113/21,
    19/052 → 19/053, and 3 → 3A → 4.
    """
    if before.style.removesuffix("-alone") != after.style.removesuffix("-alone"):
        return False
    a, b = _main(before.number), _main(after.number)
    if len(a) != len(b):
        return False
    if a == b:
        return _letter(after.number) > _letter(before.number)
    changed = [k for k in range(len(a)) if a[k] != b[k]]
    if len(a) >= 2 and changed == [len(a) - 2, len(a) - 1] and b[-1] == 1 \
            and b[-2] == a[-2] + 1 and a[-1] <= MAX_PARTS:
        # '2.2 Matters Arising' then '3.1 Public Participation': the next section's first part,
        # its own heading never printed.
        return True
    return len(changed) == 1 and 0 < b[changed[0]] - a[changed[0]] <= SUCCESSOR_GAP


def _main(number: str) -> tuple[int, ...]:
    """Return the numeric parts of an item number, without a letter suffix."""
    return tuple(int(p) for p in re.findall(r"\d+", number))


def _letter(number: str) -> int:
    """Return the position in the alphabet of a number's letter suffix ('3A' 1, '3 b)' 2),
    else 0."""
    match = re.search(r"(?:[A-Za-z]$|(?<=\d )[a-h](?=\)$))", number)
    return ord(match.group(0).upper()) - 64 if match else 0


def _listed_under(chain: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Replace an entry that introduces a list ('8. To consider the following reports:') by the
    reports listed under it under their own references ('21/25 Corporate and Resources Plan',
    '22/25 …'), when at least two follow it in order."""
    out: list[Header] = []
    for k, header in enumerate(chain):
        stop = chain[k + 1].line if k + 1 < len(chain) else end
        found = [] if header.first_body or not INTRODUCES_LIST.search(lines[header.line].text) \
            else [h for n in range(header.body, stop) if "/" in lines[n].text[:12]
                  and (h := _numbered_at(lines, n, stop)) and "/" in h.number and h.title]
        # A report's link under its entry repeats its reference ('21/25 … (PDF, 1.2MB)').
        listed = [h for n, h in enumerate(found) if n == 0 or h.number != found[n - 1].number]
        if len(listed) >= 2 and all(a.key < b.key for a, b in itertools.pairwise(listed)):
            out.extend(listed)
        else:
            out.append(header)
    return out


def _with_subitems(chain: list[Header], lines: list[Line], start: int, end: int) -> list[Header]:
    """Replace an empty section heading ('5. SPECIAL PRESENTATIONS') by its sub-items 5.1 …"""
    out: list[Header] = []
    for k, header in enumerate(chain):
        stop = chain[k + 1].line if k + 1 < len(chain) else end
        subs = _subitems(lines, header, stop) or _lettered_under(lines, header, stop)
        cited = [] if subs else (_headed_under(lines, header, stop)
                                 or _roman_under(lines, header, stop))
        if cited:
            # '3. Matters arising from the minutes:' / '6 (b) Bus Shelter' / '9 (iii) Hedge
            # Cutting': its bold parts, numbered by the earlier minutes they follow up.
            out.extend(cited)
            continue
        intro = None if subs else _introduced(lines, header, stop)
        if intro is not None:
            # '5. PLANNING APPLICATIONS' / 'The Committee considered the following
            # applications …' / '5.1 Application No …': the heading keeps its sentence, and
            # its titled sub-items follow it as items.
            subs = _subitems(lines, replace(header, body=intro), stop)
            if subs:
                out.append(header)
        if subs:
            parent = header.number[:-2] if _zeroed(header) else header.number
            out.extend(s if s.number.startswith((f"{parent}.", f"{parent}/", f"{parent}(")) else
                       Header(s.line, s.body, f"{header.number}.{s.number}", s.title,
                              s.agenda_ref, s.score, s.first_body) for s in subs)
        else:
            out.append(header)
    return out


def _headed_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the parts of a heading set in bold with no text of its own, when each is set in
    bold over its own text and numbered by the earlier minute it follows up ('6 (b) Bus Shelter',
    '4.2 (a) …', under 'Matters arising from the minutes:'): items numbered as printed, or []."""
    first = _next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or not lines[header.line].heading or first is None \
            or not lines[first].heading:
        return []
    parts = [i for i in range(first, stop) if lines[i].heading and lines[i].text
             and (j := _next_filled(lines, i, stop, limit=2)) is not None
             and not lines[j].heading]
    cited = [CITED_PART.match(lines[i].text) for i in parts]
    if len(parts) < MIN_PARTS or not all(cited) \
            or any(not _heading_words(lines[i].text) for i in parts):
        return []
    return [_finish(lines, i, i, match.group("num"), match.group("rest"), stop, wrap=False)
            for i, match in zip(parts, cited, strict=True) if match]


def _roman_under(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the parts numbered in roman figures under a heading with no text of its own, each
    a paragraph of its own opening with its subject ('3. Reports:' / 'I. Grants: The treasurer
    had …' / 'II. Highways: …'), numbered as printed, or []."""
    first = _next_filled(lines, header.body - 1, stop, limit=1)
    if header.first_body or first is None or not ROMAN_RUN_IN.match(lines[first].text):
        return []
    parts = []
    for i in range(first, stop):
        match = ROMAN_RUN_IN.match(lines[i].text)
        if match and ROMANS.get(match.group("n")) == len(parts) + 1 \
                and (i == first or not lines[i - 1].text):
            parts.append(Header(i, i + 1, match.group("n"), match.group("title"), "", 2,
                                match.group("rest"), "roman"))
    return parts if len(parts) >= MIN_PARTS else []


def _heading_words(text: str) -> bool:
    """Return True for a line that reads as a heading, not a bold sentence."""
    words = text.split()
    return len(words) <= MAX_TITLE_WORDS and not SENTENCE_END.search(text) \
        and not SENTENCE_VERB.search(text)


def _zeroed(header: Header) -> bool:
    """Return True for a section in capitals numbered with a closing '.0' ('6.0 PARKS
    AND OPEN SPACES REPORT'): a divider over its sub-items, where '9.0 Planning' over '9.1 …' is an
    item with its parts."""
    return header.number.endswith(".0") and len(header.key) > 1 \
        and is_upper_heading(header.title)


def _introduced(lines: list[Line], header: Header, stop: int) -> int | None:
    """Return where the sub-items start under a heading whose one short paragraph introduces
    them ('The Committee considered the following applications …'), or None."""
    first = _next_filled(lines, header.body - 1, stop, limit=1)
    if first is None or header.first_body or NUMBERED.match(lines[first].text):
        return None
    # The paragraph may wrap over several lines.
    last = first
    while last + 1 < stop and lines[last + 1].text and not NUMBERED.match(lines[last + 1].text):
        last += 1
    paragraph = " ".join(line.text for line in lines[first:last + 1])
    if not INTRODUCES_SUBITEMS.search(paragraph) or len(paragraph.split()) > INTRO_WORDS \
            or paragraph.endswith(":"):
        # '… updated the Board on the following matters:': a list of the heading's own.
        return None
    nxt = _next_filled(lines, last, stop, limit=1)
    sub = NUMBERED.match(lines[nxt].text) if nxt is not None else None
    return nxt if sub and sub.group("num") == f"{header.number}.1" else None


def _subitems(lines: list[Line], header: Header, stop: int) -> list[Header]:
    """Return the numbered sub-items directly under a heading with no text of its own."""
    if header.first_body or header.agenda_ref:
        return []
    first = _next_filled(lines, header.body - 1, stop, limit=1)
    if first is None:
        # '8 Planning.' at a page's foot, '8.1 …' at the next page's head.
        first = _next_filled(lines, header.body - 1, stop, limit=PAGE_GAP)
        first = first if first is not None and lines[first].page > lines[header.line].page \
            else None
    if first is not None and not NUMBERED.match(lines[first].text) \
            and len(lines[first].text.split()) <= LABEL_OVER_SUBITEMS \
            and is_title_like(lines[first].text) \
            and (after := _next_filled(lines, first, stop, limit=1)) is not None:
        # '5. MINUTES OF … COMMITTEE …' / 'Matters Arising' / '5.1 Grass Cutting …': a label
        # over the sub-items, the first one's heading with it.
        label, first = first, after
    else:
        label = None
    sub = _numbered_at(lines, first, stop) if first is not None else None
    if sub is not None and label is not None:
        # The heading's lines and the label go with the first sub-item: neither is an item.
        sub = replace(sub, line=header.line)
    # '6.0 PARKS AND OPEN SPACES REPORT' / '6.1 Mill Lane Play Area …': a section numbered
    # '.0' counts its sub-items from 1 under the same first part.
    firsts = ((1,), (*header.key, 1), *(((*header.key[:-1], 1),) if _zeroed(header) else ()))
    if sub is None or sub.key not in firsts or _runs_on(sub, lines) \
            or not sub.title or PARAGRAPH_OPENING.match(sub.title) or _sentence_title(sub.title):
        # '2.1 RESOLVED – That …', '3.1 The Chair gave the following communications': the
        # heading's numbered paragraphs, not sub-items with headings of their own.
        return []
    subs = [sub]
    for i in range(sub.body, stop):
        nxt = _numbered_at(lines, i, stop)
        if nxt is None and _next_number(lines, i, subs[-1]):
            # '5.3 Pride in Norfolk will remain an agenda item as …': a sub-item that is a
            # sentence, so the numbered paragraphs are the heading's text, titled or not.
            return []
        if nxt and _follows(subs[-1], nxt):
            if _runs_on(nxt, lines) or not nxt.title or _sentence_title(nxt.title):
                # Numbered paragraphs with no headings of their own are the heading's text.
                return []
            subs.append(nxt)
    return subs


def _sentence_title(title: str) -> bool:
    """Return True for a sub-item's 'title' that is its paragraph's sentence ('1.1 No Apologies
    were received.', '2.1 LD reported that the letter …', '3.1 Monday 06 April 2026 at
    19:00hrs, …'), not an agenda's entry ('5.2 To note that the railing has been replaced')."""
    words = title.split()
    return not title.startswith("To ") and (
        SENTENCE_VERB.search(title) is not None or _reads_as_speech(title)
        or (len(words) > 2 and words[1] in SPEECH_VERBS)
        or (DATE_OPENING.match(title) is not None and first_date(title) is not None))


def _next_number(lines: list[Line], i: int, last: Header) -> bool:
    """Return True if line i opens a paragraph numbered next after last ('5.3' after '5.2')."""
    match = NUMBERED.match(lines[i].text)
    return bool(match) and _opens_paragraph(lines, i) and number_key(
        match.group("num")) == (*last.key[:-1], last.key[-1] + 1)


def _runs_on(header: Header, lines: list[Line]) -> bool:
    """Return True for a numbered sentence cut into a 'title' ('9.1 Vehicles speeding …'),
    not for a heading that a dash or colon sets off from its text ('9.1 Phone box – all is
    felt to have gone well')."""
    if not header.first_body[:1].islower():
        return False
    text = lines[header.line].text
    at = text.find(header.title) + len(header.title) if header.title else -1
    return not (at > 0 and text[at:].lstrip()[:1] in "–—-:")


def _unnumbered_at(lines: list[Line], i: int, end: int, numbered: bool) -> Header | None:
    """Return an unnumbered header: a web-page title with its markers, or a stub."""
    text = lines[i].text
    if not text or is_noise(text) or NUMBERED.match(text) or NUMBER_ALONE.match(text) \
            or PUBLIC_COUNT.match(text) or CONTINUED.search(text) or _part_label(text):
        return None
    badge = file_badge(text)
    j = _next_filled(lines, i, end, limit=2)
    marked = j is not None and MARKER_AFTER.match(lines[j].text)
    named = (text[:badge.start()] + " " + text[badge.end():]).strip() if badge else ""
    if badge and named and is_title_like(text[:badge.start()] or named) \
            and not _attachment(lines, i):
        # 'Minutes PDF 130 KB': a title with its file's badge; the badge alone titles nothing.
        return _finish(lines, i, i, "", text, end)
    if not numbered and not marked and j is not None and _described(lines, i, j, end) \
            and is_title_like(text) \
            and len(text.split()) <= BARE_TYPED_WORDS:
        # 'Apologies' / 'To note apologies for absence.' / 'Minutes:': a meeting page's item
        # with no number, its agenda's description between it and its minutes.
        return _finish(lines, i, i, "", text, end, wrap=False)
    above = next(iter(_filled_above(lines, i, 3)), None)
    if above is not None and attendance_list(lines[above].text) == "":
        # 'In Attendance' / 'Ann Ash, Ben Bell' / 'Minutes': the list under its label, not an
        # item whose minutes follow.
        return None
    if marked and (_under_item_heading(lines, i) or _under_label(lines, i) or (
            above is not None and _described(lines, above, i, end))):
        # '5.' / 'POLICE UPDATE PDF 310 KB' / 'Report by Area Commander' / 'Minutes:': the line
        # between a meeting page's item and its minutes says what the item's paper is.
        return None
    stub_title = _cut_stub(text, "")[0] if STUB.match(text) else text
    before = next((lines[k].text for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), "")
    if STUB.match(before) and not SENTENCE_END.search(before):
        # 'Date of Next Meetings' / 'Dates of next meetings were confirmed …': its text.
        stub_title = ""
    if (marked or STUB.match(text)) and is_title_like(stub_title) and len(stub_title.split()) <= 16:
        title, rest = _cut_stub(text, "")
        header = _finish(lines, i, i, "", title, end)
        return Header(header.line, header.body, "", header.title, header.agenda_ref,
                      header.score, rest)
    if _opens_paragraph(lines, i) and is_title_like(text) and not SENTENCE_END.search(text) \
            and _ref_line_after(lines, i, end) is not None:
        return _finish(lines, i, i, "", text, end)
    if not numbered and (_caps_heading(text) or _caps_word(lines, i, end)):
        return _finish(lines, i, i, "", text, end)
    if not numbered and _shown_as_heading(lines, i, end):
        k = _bold_wrap(lines, i, end)
        return _finish(lines, i, k, "", f"{text} {lines[k].text}" if k > i else text, end,
                       wrap=False)
    if not numbered and _follows_decision(lines, i) and is_title_like(text) \
            and len(text.split()) <= 14 and not ITEM_REF.search(text) and not text.endswith(":"):
        return _finish(lines, i, i, "", text, end)
    return None


def _attachment(lines: list[Line], i: int) -> bool:
    """Return True for a file listed under a meeting page's 'Additional documents:' label
    ('Cofnodion 18.11.25 - Saesneg , eitem 3. pdf eicon PDF 139 KB'), not an item's heading."""
    for k in range(i - 1, max(-1, i - ATTACHMENT_REACH), -1):
        text = lines[k].text
        if not text:
            continue
        if ADDITIONAL.match(text):
            return True
        if not file_badge(text):
            return False
    return False


def _described(lines: list[Line], i: int, j: int, end: int) -> bool:
    """Return True if line j, under line i, is an agenda's description of an item with its
    minutes' label after it ('To note apologies for absence.' / 'Minutes:')."""
    k = _next_filled(lines, j, end, limit=2)
    description = lines[j].text
    return k is not None and MARKER_AFTER.match(lines[k].text) is not None \
        and not SENTENCE_END.search(lines[i].text) and not lines[i].text.endswith(":") \
        and (description.startswith("To ") or bool(SENTENCE_END.search(description))) \
        and MARKER_AFTER.match(description) is None


def _filled_above(lines: list[Line], i: int, reach: int) -> list[int]:
    """Return the indexes of the non-blank lines within reach above line i, nearest first; a
    page's link ('• Share this item') is passed over."""
    return [k for k in range(i - 1, max(-1, i - 1 - reach), -1)
            if lines[k].text and not lines[k].text.startswith("•")]


def _under_label(lines: list[Line], i: int) -> bool:
    """Return True if the line above line i is a block's label ('Decision:'): line i is what
    the block says ('There were no public questions.'), not a heading."""
    above = lines[k].text if (k := next(iter(_filled_above(lines, i, 3)), None)) is not None \
        else ""
    return above.endswith(":") and 0 < len(above.split()) <= BLOCK_LABEL_WORDS


def _under_item_heading(lines: list[Line], i: int) -> bool:
    """Return True if the line above line i is an item's heading: numbered, under a number
    alone, or carrying its paper's file badge."""
    above = _filled_above(lines, i, 6)[:2]
    if not above:
        return False
    heading = lines[above[0]].text
    if SENTENCE_END.search(FILE_BADGE.sub(" ", heading).strip()):
        return False
    return bool(file_badge(heading) or NUMBERED.match(heading)
                or (len(above) > 1 and NUMBER_ALONE.match(lines[above[1]].text)))


def _plain_headings(lines: list[Line], start: int, end: int, tight: bool = False) -> list[Header]:
    """Return the headings of minutes that mark them only by setting them apart: a short phrase
    as a paragraph of its own, with prose after it ('Police Report' / 'PC Arbuthnott attended
    …'), where the record has several and one is a heading most minutes open or close with.

    tight: the phrase opens its paragraph instead, its prose on the next line and the minute's
    paragraphs kept one to a line ('Shore path' / 'Peter Moffat raises the state of …').
    """
    found = []
    for i in range(start, end):
        text = lines[i].text
        if not text or (i > start and lines[i - 1].text) or i + 1 >= end \
                or bool(lines[i + 1].text) != tight:
            continue
        if tight and _tight_prose_words(lines, i + 1, end) < TIGHT_PROSE_WORDS \
                and not STUB.match(text):
            # 'Date of next meeting' / 'Wednesday 9th December …' is as short as it is anywhere.
            continue
        numbered = NUMBERED.match(text)
        number, text = (numbered.group("num"), numbered.group("rest")) if numbered else ("", text)
        if len(text.split()) > PLAIN_HEADING_WORDS or SENTENCE_VERB.search(text) \
                or any(VERBISH.match(word) or re.fullmatch(r"[a-z]{3,}ed", word)
                       for word in text.split()) \
                or not (is_title_like(text) or ABBREVIATION.fullmatch(text)) \
                or (SENTENCE_END.search(text) and not ABBREVIATION.fullmatch(text)
                    and not _stopped_phrase(text)) \
                or attendance_list(text) is not None or RECORD_WORDS_ONLY.match(text) \
                or first_date(text) or text.endswith((":", ",", ";")):
            continue
        j = i + 1 if tight else _next_filled(lines, i, end, limit=1)
        if j is None or len(lines[j].text.split()) < PLAIN_PROSE_WORDS \
                or not re.search(r"\b[a-z]{3,}\b|,", lines[j].text):
            # Prose after it, or a list ('Apologies' / 'G. Hendry, Cllr P. Laing, C. Ogilvie').
            continue
        found.append(_finish(lines, i, i, number, text, end, wrap=False))
    if len(found) < MIN_PLAIN_HEADINGS or not any(
            OPENING_HEADING.match(h.title) or STUB.match(h.title) for h in found):
        return []
    return found


def _stopped_phrase(text: str) -> bool:
    """Return True for a short phrase a typist closed with a full stop ('Finance.', 'Playing
    Field.', 'Precept 2027-28.'): a heading set apart, not a sentence ('None.', 'Noted.')."""
    words = text[:-1].split()
    return bool(words) and text.endswith(".") and not text.endswith("..") \
        and len(words) <= STOPPED_PHRASE_WORDS \
        and not SENTENCE_END.search(text[:-1]) \
        and words[0].strip(".,").lower() not in ONE_WORD_MINUTES


def _tight_prose_words(lines: list[Line], k: int, end: int) -> int:
    """Return the words of the prose that opens on line k under a heading: its line's, or its
    paragraph's where the text was saved wrapped ('Shore path' / 'Peter Moffat raised the state
    of the shore path beyond the' / 'slipway, which …'), its lines far longer than the heading."""
    words = len(lines[k].text.split())
    if k + 1 >= end or not lines[k + 1].text or len(lines[k - 1].text) * 2 > len(lines[k].text):
        return words
    last = k
    while last + 1 < end and lines[last + 1].text and last - k < WRAP_PARAGRAPH_LINES:
        last += 1
    return sum(len(line.text.split()) for line in lines[k:last + 1])


def _bold_wrap(lines: list[Line], i: int, end: int) -> int:
    """Return the line a bold heading at i wraps onto ('… fence along' / 'the churchyard'),
    or i if it does not."""
    k = i + 1
    if k < end and lines[k].heading and lines[k].text and lines[i].text and (
            lines[k].text[:1].islower() or _unfinished(lines[i].text)) \
            and not NUMBERED.match(lines[k].text):
        return k
    return i


SIGNATURE_LINE = re.compile(r"^(?:Signed|Signature|Chair(?:man|person)?|Mayor)\b[^.…_]{0,30}"
                            r"(?:\.{4,}|…{2,}|_{4,})", re.I)
"""The chair's signature line that closes a record ('Signed ……… (Chair)  Date ……')."""
MEETING_FIELD = re.compile(r"^(?:Location|Venue|Place|Duration|Time|Start\s+time|End\s+time"
                           r"|Finish\s+time)\s*:$", re.I)
"""A label of the meeting's own details ('Duration:' / 'Start Time: 6.00pm'), not an item."""


def _shown_as_heading(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a short line the source shows as a heading, with text after it."""
    text = lines[i].text
    j = _next_filled(lines, _bold_wrap(lines, i, end), end, limit=2)
    if j is not None and _label_line(lines, j, end):
        # 'Police Report:' / 'PC Baird:' / what she said: the heading, then who speaks.
        j = _next_filled(lines, j, end, limit=2)
    wrapped = i > 0 and lines[i - 1].heading and lines[i - 1].text
    above = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), None)
    if _label_line(lines, i, end) and (HONORIFIC_NAME.fullmatch(text[:-1]) or (
            above is not None and lines[above].heading and lines[above].text.endswith(":"))):
        # 'Cllr Mowat:' or, under 'Matters Arising:', 'Moira Kinnaird:': who speaks next.
        return False
    return (lines[i].heading and not wrapped and not QUESTION.match(text)
            and is_title_like(text) and (len(text.split()) <= 14 or (
                len(text.split()) <= LONG_BOLD_WORDS and not SENTENCE_END.search(text)))
            and not (ATTENDANCE_LABEL.match(text) and not text.lower().startswith("apolog"))
            and not MEETING_FIELD.match(text)
            and not is_date_line(text) and j is not None and not lines[j].heading)


def _label_line(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a short bold line closed by a colon with plain text after it, as a
    label naming who speaks is ('PC Baird:', 'Moira Kinnaird:')."""
    text = lines[i].text
    j = _next_filled(lines, i, end, limit=2)
    return (lines[i].heading and text.endswith(":") and len(text.split()) <= LABEL_WORDS
            and j is not None and not lines[j].heading)


def _prose_after(lines: list[Line], i: int, end: int) -> bool:
    """Return True if running text follows line i, not a table's row of names or figures."""
    j = _next_filled(lines, i, end, limit=2)
    words = lines[j].text.split() if j is not None else []
    return len(words) >= MIN_PROSE_WORDS and sum(w[:1].islower() for w in words) >= \
        PROSE_LOWER_SHARE * len(words)


def _opens_paragraph(lines: list[Line], i: int) -> bool:
    """Return True if line i follows a blank line or a finished sentence."""
    before = lines[i - 1].text if i > 0 else ""
    return not before or bool(SENTENCE_END.search(before)) or bool(REF_ALONE.match(before))


def _caps_word(lines: list[Line], i: int, end: int) -> bool:
    """Return True for one word in capitals on a line of its own, with text under it
    ('FINANCE', 'PLAYGROUND'): a heading of minutes that number nothing; not a label of the
    record ('PRESENT', 'MINUTES'), a decision's label ('RESOLVED' over its (a), (b) …) nor an
    acronym."""
    text = lines[i].text.strip()
    j = _next_filled(lines, i, end, limit=1)
    return (CAPS_WORD.fullmatch(text) is not None and text.lower() not in RECORD_WORDS
            and not DECISION_OPENS.match(text)
            and (i == 0 or not lines[i - 1].text) and j is not None
            and not lines[j].text.isupper() and not ATTENDANCE_LABEL.match(text))


def _caps_pair(lines: list[Line], i: int, end: int) -> bool:
    """Return True if lines i and i + 1 are one heading in capitals wrapped in two, with
    running text under it."""
    first, second = lines[i].text, lines[i + 1].text
    return bool(first and second) and is_upper_heading(first) and is_upper_heading(second) \
        and not NUMBERED.match(first) and not NUMBERED.match(second) \
        and (i == 0 or not is_upper_heading(lines[i - 1].text)) \
        and len(f"{first} {second}".split()) <= CAPS_PAIR_WORDS \
        and _caps_heading(f"{first} {second}") and _prose_after(lines, i + 1, end)


def _caps_heading(text: str) -> bool:
    """Return True for a heading in capitals ('ANNUAL GOVERNANCE REPORT 2008/09')."""
    words = text.split()
    return (2 <= len(words) <= 14 and is_upper_heading(text) and not is_date_line(text)
            and not ATTENDANCE_LABEL.match(text) and not re.search(r"[.:;,]$", text))


def _opening_heading(lines: list[Line], i: int, end: int) -> bool:
    """Return True for a paragraph that is one of the headings most minutes open with, in a
    line of its own with text after it ('Consider Declarations of Interest on Agenda Items',
    'Matters Arising (from the meeting held on 9th September 2014)'): the business before the
    numbered items."""
    text = lines[i].text
    return (not lines[i - 1].text and bool(OPENING_HEADING.match(text))
            and _next_filled(lines, i, end, limit=2) is not None
            and len(text.split()) <= OPENING_WORDS and is_title_like(text)
            and not SENTENCE_VERB.search(text) and not text.rstrip().endswith((".", ":")))


def _follows_decision(lines: list[Line], i: int) -> bool:
    """Return True if the last non-blank line before i starts a decision (RESOLVED …)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if lines[j].text:
            # 'RESOLVED:' alone opens the resolution under it; it closes nothing.
            return bool(DECISION_START.match(lines[j].text)) and lines[j + 1].text == "" \
                and not lines[j].text.rstrip().endswith((":", ":-", "-", "–"))
    return False


@dataclass(frozen=True)
class RawItem:
    """An item's heading fields and the lines of its text, before fields are extracted."""

    number: str
    title: str
    agenda_ref: str
    page: int
    lines: tuple[Line, ...]
    first_body: str = ""


def _restacked(lines: list[Line]) -> list[Line]:
    """Put the numbers a table's column printed in a stack back on their headings.

    A PDF table 'No | Minute | Action' whose cells a reader takes column by column gives '1.0'
    / '2.0' on lines of their own, then the headings with their text ('WELCOME AND
    APOLOGIES' / 'Fiona welcomed …' / 'POLICE UPDATE' / …). The numbers go, in order, to the
    headings set as such (in capitals or bold) before the next number; when there are fewer
    such headings than numbers, the lines stay as they are.
    """
    out = list(lines)
    i = 0
    while i < len(out):
        k = i
        while k < len(out) and NUMBER_ALONE.match(out[k].text):
            k += 1
        keys = [number_key(NUMBER_ALONE.match(out[n].text).group("num")) for n in range(i, k)]
        if k - i >= 2 and all(a < b for a, b in itertools.pairwise(keys)):
            heads: list[int] = []
            for m in range(k, len(out)):
                text = out[m].text
                if len(heads) == k - i or NUMBERED.match(text) or NUMBER_ALONE.match(text):
                    break
                if text and (is_upper_heading(text) or out[m].heading) and is_title_like(text):
                    heads.append(m)
            if len(heads) == k - i:
                for n, m in zip(range(i, k), heads, strict=True):
                    number = NUMBER_ALONE.match(out[n].text).group("num")
                    out[m] = replace(out[m], text=f"{number} {out[m].text}")
                    out[n] = replace(out[n], text="")
        i = max(k, i + 1)
    return out


def split_items(lines: list[Line], start: int, end: int, *, paragraphs: bool = True
                ) -> tuple[list[Line], list[RawItem]]:
    """Split a meeting's lines into its preamble and its items.

    paragraphs: the source marks its paragraphs itself (a text file, a web page), so a phrase
    set apart as one may be a heading; a PDF's blank lines are only the reader's guess.
    """
    if sum(1 for line in lines[start:end] if line.text == "|") >= 2 and any(
            TABLE_MARKER.search(line.text) for line in lines[start:end]):
        return table_items(lines, start, end)
    if grid := grid_rows(lines, start, end):
        # 'Item / Raised by / Discussion & Decision' over a row per item: a table saved as text.
        head, rows = grid
        return lines[start:head], [RawItem("", row.title, "", lines[row.line].page, row.body)
                                   for row in rows]
    lines = _unbulleted(_parent_refs_apart(_unglued_refs(_restacked(split_inline(
        lines[start:end])))))
    start, end = 0, len(lines)
    learnt = learn_references(_plain_numbers(_without_prefix(lines)), _reads_number)
    found = find_headers(learnt.lines, start, end, paragraphs=paragraphs)
    closed = next((i for i in range(start, end) if lines[i].text[:1] in "TMtm"
                   and MEETING_CLOSED.match(lines[i].text)), None)
    if closed is not None and any(h.number for h in found) \
            and next(h for h in found if h.number).line > closed:
        # 'The meeting closed at 9:05 pm.', then an 'ACTIONS & INFORMATION LIST' numbered 1 to
        # 14: the minutes' numbers are the ones before the close, the list stays with the last.
        before = find_headers(learnt.lines, start, closed, paragraphs=paragraphs)
        found = before if len([h for h in before if h.number]) >= MIN_CHAIN else found
    headers = _trailing_references([
        replace(h, number=learnt.printed[h.line]) if h.line in learnt.printed
        else replace(h, number=roman.group("n"))
        if (roman := ROMAN_NUMBER.match(lines[h.line].text)) else h
        for h in found])
    if not headers:
        return [], []
    # A meeting page's link to an appendix ('Appendix 1 - Forecasts, item 4 pdf icon PDF 212
    # KB') is one of the item's papers.
    appendix = next((i for i in range(headers[0].body, end) if APPENDIX.match(lines[i].text)
                     and not lines[i - 1].text and not file_badge(lines[i].text)), None)
    if appendix is not None:
        # 'APPENDIX A – SCHEDULE OF PAYMENTS' after the minutes: its numbered rows are the
        # appendix's, not more items; it stays with the last item.
        headers = [h for h in headers if h.line < appendix] or headers
    items = []
    for k, header in enumerate(headers):
        stop = headers[k + 1].line if k + 1 < len(headers) else end
        items.append(RawItem(header.number, header.title, header.agenda_ref,
                             lines[header.line].page, tuple(lines[header.body:stop]),
                             header.first_body))
    return lines[start:headers[0].line], items


def _trailing_references(headers: list[Header]) -> list[Header]:
    """Number the minutes by the running references their headings end with ('3. To approve the
    minutes of the previous meeting 207/24'), the agenda's number kept as its reference, when
    at least MIN_CHAIN headings end so and the references run up within one year: a heading
    ending in a year ('Budget 2025/26') is left as it is."""
    found = [(k, match) for k, header in enumerate(headers) if header.number
             and "/" not in header.number and (match := BARE_TRAILING_REF.search(header.title))]
    if len(found) < MIN_CHAIN:
        return headers
    refs = [tuple(int(part) for part in match.group("ref").split("/")) for _, match in found]
    if len({year for _, year in refs}) != 1 \
            or any(after[0] <= before[0] for before, after in itertools.pairwise(refs)):
        return headers
    out = list(headers)
    for k, match in found:
        out[k] = replace(headers[k], number=match.group("ref"), agenda_ref=headers[k].number,
                         title=headers[k].title[:match.start()].rstrip())
    return out


MEETING_CLOSED = re.compile(r"^(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|concluded|finished)"
                            r"\s+at\b", re.I)
"""The minutes' closing line: 'The meeting closed at 9:05 pm.'"""
APPENDIX = re.compile(r"^(?:appendix|annex(?:e)?|schedule)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b"
                      r"(?:\s*[-–—:.]\s*\S.{0,60}|\s*)$", re.I)
"""An appendix's heading on its own line ('APPENDIX A – SCHEDULE OF PAYMENTS', 'Annex 2')."""
PLAIN_NUMBER = re.compile(r"^\d{1,3}[.)]?\s+[A-Z]")
BRACKETED = re.compile(r"^[(\[](?P<n>\d{1,3})[)\]]\s+(?=[A-Z])")
CONTINUED = re.compile(r"(?:\s[-–—]\s*|\s\(|\s)(?:continued|cont['’]?d\.?)\)?$", re.I)
"""A heading repeated at a page's head for the item going on ('… - Continued')."""
CROSS_REFERENCE = re.compile(r"^\((?:REF|Ref|See|SEE)\b[^)]*\)$")
"""A line under a heading that cites earlier minutes or papers ('(REF: M/1-M/11)')."""
ROW_ENTRY = re.compile(r"\s(?=To\s+(?:consider|receive|note|approve|agree|confirm)\b)")
"""An agenda's note opening after a title: ' To consider …'."""
MIN_DASH_SENTENCE = 4
SENTENCE_ARTICLES = frozenset(("A", "An", "The", "It", "There", "This"))
"""Words that open a numbered paragraph's sentence ('1. A short talk was given by … She
described'): with its verb, a paragraph with no heading even where its line wraps."""
MIN_OPENED_WORDS = 5
LABEL_DECISIONS = frozenset(("Noted", "Agreed", "Resolved", "NOTED", "AGREED", "RESOLVED"))
LABEL_THAT = re.compile(
    r"^(?:Resolved|Agreed|Noted|RESOLVED|AGREED|NOTED)[,:;–-]?\s+(?:that|That|THAT)\b")
"""'Resolved, That …': a minute book's resolution opens its numbered paragraph."""
FULL_STOP = re.compile(r"(?<=[a-z0-9)])\.(?:\s+|$)")
DASH_VERB_REACH = 8
HEADING_PREFIX = re.compile(r"^(?P<prefix>[A-Z][\w/ .-]{1,30}?)\s*:\s+(?=(?:Item\s+)?\d)",
                            re.I)
"""A label before a heading's number ('Agenda 3/25: Item 2.')."""
PREFIX_CHARS = 34
ROMAN_NUMBER = re.compile(r"^(?P<n>[IVX]{1,5})(?:[.)]\s+(?=[A-Z])|\s+(?=[A-Z]{2,}\b))")
ROMANS = {numeral: k + 1 for k, numeral in enumerate(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())}


PARENT_THEN_FIRST = re.compile(
    r"^(?P<ref>\d{1,4}(?:/\d{1,4})?)\s+(?P<sub>(?P=ref)[/.]1\s+[A-Z].*)$")
"""A minute's reference printed in its column beside its first sub-minute's ('25/143 25/143/1
Chairman’s Announcements: …'): the minute has no heading of its own."""


def _parent_refs_apart(lines: list[Line]) -> list[Line]:
    """Set a minute's reference on a line of its own when its first sub-minute follows it."""
    out = []
    for line in lines:
        both = PARENT_THEN_FIRST.match(line.text)
        if both:
            out += [replace(line, text=both.group("ref")), replace(line, text=both.group("sub"))]
        else:
            out.append(line)
    return out


def _unglued_refs(lines: list[Line]) -> list[Line]:
    """Part item references from the titles a text layer glued them to ('A1Declarations of
    interest', 'A10Exclusion of the public', 'HR/14/23Matters Arising'), when at least MIN_CHAIN
    lines open so.

    Capitals that follow every such reference alike are the committee's letters, part of it
    ('14/23PD Apologies', '15/23PD Open Forum'), unless they are a word ('TO RECEIVE …').
    """
    runs = Counter(run.group(0) for line in lines if line.text[:1].isalnum()
                   and (glued := GLUED_REF.match(line.text))
                   and (run := REF_LETTERS.match(line.text, glued.end())))
    letters = [run for run, count in runs.items() if count >= MIN_CHAIN
               and run.lower() not in FUNCTION_WORDS]
    pattern = re.compile(GLUED_REF.pattern + f"(?!(?:{'|'.join(letters)})\\s)") if letters \
        else GLUED_REF
    return glued_apart(lines, pattern, "ref", MIN_CHAIN)


def _unbulleted(lines: list[Line]) -> list[Line]:
    """Drop the bullets of a web page's numbered list ('• 4 General Fund Revenue Budget'), or
    the '1.' a list that restarts at every entry draws before each number ('1. 5. Matters
    Arising'), when at least MIN_CHAIN of its lines have one: the numbers are the items'."""
    for mark in (BULLET_MARK, LIST_ONE):
        marked = [k for k, line in enumerate(lines) if mark.match(line.text)]
        if len(marked) < MIN_CHAIN:
            continue
        lines = list(lines)
        for k in marked:
            lines[k] = replace(lines[k], text=mark.sub("", lines[k].text))
    return lines


def _reads_number(text: str) -> bool:
    """Return True if a line opens with a number the item reader knows."""
    text = STAR_MARK.sub("", PRIVATE_MARK.sub("", text))
    return bool(NUMBERED.match(text) or NUMBER_ALONE.match(text))


def _without_prefix(lines: list[Line]) -> list[Line]:
    """Drop a label every heading repeats before its number ('Agenda 3/25: Item 2. 1.
    CHAIRMAN'S ANNOUNCEMENTS'), so the numbers open the lines. Only the headings are read from
    these lines; the items keep the text as printed."""
    found = [(i, m.group("prefix")) for i, line in enumerate(lines)
             if ":" in line.text[:PREFIX_CHARS] and (m := HEADING_PREFIX.match(line.text))]
    counts = Counter(prefix for _, prefix in found)
    common = {prefix for prefix, count in counts.items() if count >= MIN_CHAIN}
    if not common:
        return lines
    out = list(lines)
    for i, prefix in found:
        if prefix in common:
            out[i] = replace(lines[i], text=lines[i].text[len(prefix):].lstrip(": "))
    return out


def _plain_numbers(lines: list[Line]) -> list[Line]:
    """Write '(1) Apologies', '[1] Apologies' and 'II. MINUTES' as '1. Apologies' and '2.
    MINUTES' where the bracketed or roman numbers that open lines count 1, 2, 3 … once
    through the record and no line opens with a plain number (the (1), (2) paragraphs that
    restart in every minute of a county council's record, or a list inside a numbered minute,
    are left alone). Only the headings are read from these lines; the items keep the text as
    printed."""
    if any(PLAIN_NUMBER.match(line.text) for line in lines):
        return lines
    for pattern, value in ((BRACKETED, int), (ROMAN_NUMBER, ROMANS.get)):
        found = [(i, value(m.group("n"))) for i, line in enumerate(lines)
                 if (m := pattern.match(line.text))]
        numbers = [n for _, n in found]
        if len(numbers) >= MIN_CHAIN and numbers == list(range(1, len(numbers) + 1)):
            out = list(lines)
            for i, n in found:
                out[i] = replace(lines[i], text=f"{n}. {pattern.sub('', lines[i].text, count=1)}")
            return out
    return lines


TABLE_MARKER = re.compile(r"\s*(?:(?:pdf (?:icon|eicon)\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\b"
                          r"|Additional documents:|Minutes:)\s*", re.I)


def table_items(lines: list[Line], start: int, end: int) -> tuple[list[Line], list[RawItem]]:
    """Split a web page rendered as a table: rows end with '|' and are separated by '|' lines."""
    rows: list[list[Line]] = [[]]
    for line in lines[start:end]:
        if line.text == "|":
            rows.append([])
        elif line.text:
            rows[-1].append(Line(re.sub(r"\s*\|\s*$", "", line.text), line.page))
    first_item = next((k for k, line in enumerate(rows[0]) if TABLE_MARKER.search(line.text)),
                      len(rows[0]))
    if 0 < first_item < len(rows[0]) and TABLE_MARKER.match(rows[0][first_item].text):
        # 'Minutes To confirm the minutes …' / 'Minutes: The minutes of …': the first row's
        # title is on the line above its first marker.
        first_item -= 1
    preamble, rows[0] = rows[0][:first_item], rows[0][first_item:]
    items = []
    for row in rows:
        if row and TABLE_MARKER.search(" ".join(line.text for line in row)):
            items.append(_table_row(row))
    return preamble, items


def _table_row(row: list[Line]) -> RawItem:
    """Read one table row: the title before its first marker, the minutes after it."""
    first = row[0].text
    number = ""
    cell = re.match(r"^(\d{1,4}[a-z]?)\.?\s*\|\s*", first)
    if cell:
        number, first = cell.group(1), first[cell.end():]
    marker = TABLE_MARKER.search(first)
    head, tail = (first[:marker.start()], first[marker.end():]) if marker else (first, "")
    stub = STUB.match(head)
    if stub:
        head, tail = stub.group(0), f"{head[stub.end():].strip()} {tail}".strip()
    elif (entry := ROW_ENTRY.search(head)) and (is_title_like(head[:entry.start()])
                                               or RECORD_WORDS_ONLY.match(head[:entry.start()])):
        # 'Apologies for absence To receive any apologies for absence': the agenda's note run
        # on after a title that reads as one with it.
        head, tail = head[:entry.start()], f"{head[entry.start():].lstrip()} {tail}".strip()
    elif not is_title_like(head):
        cut = _row_heading(head)
        head, tail = cut[0], f"{cut[1]} {tail}".strip()
    tail = TABLE_MARKER.sub(" ", tail).strip()
    title, ref = clean_title(head)
    body = [Line(TABLE_MARKER.sub(" ", line.text).strip(), line.page) for line in row[1:]
            if not is_noise(line.text)]
    return RawItem(number, title, ref, row[0].page, tuple(body), tail)


def _row_heading(text: str) -> tuple[str, str]:
    """Split a table row's first cell, run into one line with the agenda's note under its
    title, at the note ('Matters Arising (if any) To consider any matters …', 'Declarations of
    Interest Members are invited …'); ('', text) if no heading shows."""
    entry = ROW_ENTRY.search(text)
    head, rest = (text[:entry.start()], text[entry.start():].lstrip()) if entry \
        else opener_cut(text) or ("", text)
    return (head, rest) if head and rest and is_title_like(head) else ("", text)


BULLET_ENTRY = re.compile(r"^[•·▪◦*–-]\s+(?P<title>[A-Z].{2,})$")
"""A list's entry by its bullet: a dot, or the '-' or '*' a page's list is saved as text with."""
MIN_BULLET_ENTRIES = 3
LIST_GAP = 8
"""Lines (sub-entries) that may stand between a list's entries."""


def _standalone_entry(lines: list[Line], i: int, start: int, end: int) -> bool:
    """Return True for an agenda entry among bullets that lost its bullet: a short heading in
    a paragraph of its own ('Apologies', 'Open Questions'), not a sub-entry ('i. Highways'),
    a label ('Date held:') or a sentence."""
    text = lines[i].text
    return bool(text) and (i == start or not lines[i - 1].text) \
        and (i + 1 >= end or not lines[i + 1].text) \
        and len(text.split()) <= WRAPPED_TITLE_WORDS and is_title_like(text.rstrip(".")) \
        and not re.search(r"[:;!?]$|:\s|\w\.\s*\w.*\.$", text) \
        and not LIST_MARKER_LOWER.match(text) and not NUMBERED.match(text) \
        and not SENTENCE_VERB.search(text) and not ATTENDANCE_START.match(text)


LINK_TEXT = re.compile(r"^(?:View|Watch|Download|Read|See|Listen\s+to|Open)\s", re.I)
"""A web page's link in a bulleted list ('• View the background to item 43.', '• Watch the
meeting'): not an entry."""


def bullet_items(lines: list[Line], start: int, end: int, *, alone: bool = True
                 ) -> list[RawItem]:
    """Return an unnumbered agenda's entries listed as bullets, each with the lines under it.

    A word processor's list may go on with numbers after its bullets ('• Matters Arising' …
    '4. Parishioner Comments'): among bullets, a numbered entry is one too (not 'i.' under one).
    With alone, so is a short heading in a paragraph of its own that lost its bullet.
    """
    heads: dict[int, tuple[str, str]] = {}
    for i in range(start, end):
        match = BULLET_ENTRY.match(lines[i].text)
        if match and is_title_like(match.group("title").rstrip(".:")) \
                and not LINK_TEXT.match(match.group("title")) and not file_badge(lines[i].text):
            heads[i] = ("", match.group("title").rstrip(" .:"))
    if len(heads) < MIN_BULLET_ENTRIES:
        return []
    last, filled, previous = max(heads), 0, None
    for i in range(min(heads), end):
        numbered = NUMBERED.match(lines[i].text)
        filled += bool(lines[i].text)
        if i in heads:
            filled = 0
        elif numbered and numbered.group("num").isdigit() and is_title_like(
                numbered.group("rest")) and (i < last or filled <= LIST_GAP) \
                and previous in (None, int(numbered.group("num")) - 1):
            heads[i] = (numbered.group("num"), numbered.group("rest").rstrip(" .:"))
            filled, previous = 0, int(numbered.group("num"))
        elif i > last and filled > LIST_GAP:
            break
    for i in range(start, min(max(heads) + LIST_GAP, end) if alone else start):
        if i not in heads and _standalone_entry(lines, i, start, end):
            heads[i] = ("", lines[i].text.rstrip("."))
    order = sorted(heads)
    items = []
    for k, i in enumerate(order):
        stop = order[k + 1] if k + 1 < len(order) else end
        items.append(RawItem(*heads[i], "", lines[i].page, tuple(lines[i + 1:stop])))
    return items

