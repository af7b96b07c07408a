"""Visible text of a web page's main content, through beautifulsoup4."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, PageElement, ProcessingInstruction

from ..errors import ExtractionError
from ..records import HEADING_MARK
from .bilingual import english_first
from .register_table import open_rows_with_subjects
from .stacked import break_after_heading_cell, break_after_margin_headings, restack_numbers

INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select")
MAIN_SELECTORS = ("main", "[role=main]", "article", "#content", "#main", ".content",
                  "#wsite-content")
MAIN_SHARE = 0.1
"""The least share of a page's words its content element holds."""
PARAGRAPHS = frozenset(
    """
    p h1 h2 h3 h4 h5 h6 table section article blockquote pre main figure address hr
    """.split()
)
LINES = frozenset("div li tr br ul ol dl dt dd figcaption caption tbody thead tfoot".split())
CELLS = frozenset(("td", "th"))
ROLE_ADDRESSES = frozenset(("clerk", "chair", "chairman", "chairperson", "mayor", "secretary",
                            "treasurer"))
"""Addresses named for a role, which a site's obfuscation may put in place of the word."""
MIN_LISTED_ITEMS = 3
"""The fewest entries of a numbered list whose bold openings are its items' headings (a list
of two under a heading is its points)."""
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"]
TITLE_TAGS = HEADINGS[:6]
BOLD = ["strong", "b"]
GLUED_SMALL_WORD = re.compile(r"\b(of|in|by|to|at|on|for|from|and|the|with)(?=[A-Z][A-Za-z])")
EMPHASIS_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|text-decoration[\w-]*\s*:"
                            r"[^;]*underline", re.I)
"""An inline style that sets text off as clerks set off headings: bold, or underlined."""
MAX_RUN_IN_WORDS = 14
MAX_ROW_TITLE_WORDS = 30
LEADING_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})*[.)]?\s")
"""An item's number opening a block: not one of its heading's words."""
NUMBER_ONLY = re.compile(r"[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4}){0,2}[.)]?")
NUMBERED_HEAD = re.compile(r"^\d{1,3}(?:\.\d{1,2})*[.)]?\s+[A-Z][^.!?]{2,80}$")
"""A bold heading that opens with its item's number: '4. Public Participation'."""
CLOSED = re.compile(r"(?<!^)(?<!\d)[.:!?]\s*$")
"""Text that a full stop, colon or mark closes, but not a number's ('1.', '4/16')."""
DOWNLOAD_LINK = re.compile(r"^(?:download|view|print|open)\b(?:\s+(?:these|this|the))?\s+"
                           r"(?:minutes|agenda|document|file|pdf|papers?|decisions?)\b"
                           r"|^help\s+with\s+(?:opening|viewing|reading)\b", re.I)
"""A link's words that offer the paper's file, or help with opening it."""
LINK_BLOCKS = ("p", "li", "div")
INLINE_PARTS = ("span", "a", "strong", "b", "em", "i", "label")
OWN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})*[.)]?|[IVXL]{1,6}\.?|\(?[a-z]\)")
"""A heading's number, numeral or letter set in an element of its own ('4.', 'IV', '(b)')."""
NON_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
OWNER = re.compile(r"\b(?:council|borough\s+of|authority)\b", re.I)
"""Words of a council's or an authority's name, in a page's title or its logo's text."""
LOGO_SCAN = 5
SITE_NAME_CLASS = re.compile(r"^(?:site[-_]?(?:title|name|logo)|brand(?:[-_]logo)?"
                             r"|navbar-brand|logo(?:[-_]text)?)$", re.I)
"""The classes themes give the element that prints the site's name."""
SITE_NAME_WORDS = 8
TITLE_BODY = re.compile(r"\b(?:committee|cabinet|board|panel|forum|group|partnership|partnerships"
                        r"|commission|trust|executive|scrutiny|sub-committee)\b", re.I)
"""A body named in a page's title ('Ashby Partnership: … Group - Thursday …'): a council's site
may host the meetings of bodies that are not its own, so its name does not complete theirs."""
FIELD_LABEL = re.compile(r"^(?:committee|meeting|body|date(?:\s*(?:/|and|&)\s*time)?|time"
                         r"|location|venue|place|status|chair(?:man|person)?|clerk)$", re.I)
"""A meeting summary's field, in the first of a row's two cells ('Date / Time' |
'20 Jan 2026 - 18:00 to 20:07'): the row reads 'Date / Time: 20 Jan 2026 …'."""


COMMENTS = re.compile(r"^(?:comments|commentlist|comment-list|comments-area|respond"
                      r"|sharedaddy|sd-sharing|sd-like|jp-relatedposts|jetpack-likes-widget-wrapper"
                      r"|addtoany_share_save_container|a2a_kit|post-navigation|related-posts)$")
"""The id or class of a blog's comments section or its reply form, and of what a blog adds under
a post (Jetpack's 'Share this:' and 'Like this:' blocks and related posts, a share kit, the links
to the previous and next posts)."""


RELATED_HEADING = re.compile(r"^(?:similar|related|recommended|more)\s+(?:documents|publications"
                             r"|papers|files|minutes)$|^you\s+may\s+also\s+like$"
                             r"|^(?:categories|tags|archives)$", re.I)
"""The heading of a document site's list of other papers under the one shown, or of its
sidebar's lists of categories and tags."""
RELATED_ITEMS = 3


def html_to_text(data: bytes) -> tuple[str, str]:
    """Return (title, text) of the page's main content; raise ExtractionError if it has none."""
    soup = BeautifulSoup(data, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    logo = next((alt for img in soup.find_all("img", limit=LOGO_SCAN)
                 if (alt := str(img.get("alt") or "").strip()) and OWNER.search(alt)), "") \
        or ("" if TITLE_BODY.search(title) else _site_name(soup))
    if logo and not OWNER.search(title):
        # 'Meeting documents - Planning … Committee' under a logo whose text is 'Ebbwdale County
        # Borough Council': the site's owner completes the page's title.
        title = f"{title} - {logo}" if title else logo
    for tag in soup.find_all(INVISIBLE):
        tag.decompose()
    root = _main_content(soup)
    words = len(root.get_text(" ", strip=True).split())
    for tag in root.find_all(FURNITURE):
        if tag.name == "form" and len(tag.get_text(" ", strip=True).split()) > words / 2:
            # A site built on ASP.NET Web Forms wraps its whole page in one <form>: it holds the
            # content, unlike a search box or a sign-up form.
            continue
        if not _article_heading(tag):
            tag.decompose()
            continue
        # The post's title stays; its date of publication, author and categories go.
        for child in tag.find_all(recursive=False):
            if child.name not in TITLE_TAGS and child.find(TITLE_TAGS) is None:
                child.decompose()
    _drop_related_lists(root)
    for tag in root.find_all(id=COMMENTS) + root.find_all(class_=COMMENTS):
        # A blog's comments under the post ('<div id="comments">', 'commentlist'): readers'
        # replies, dated as they were posted, no part of the council's paper; nor are the
        # post's share buttons and its links to related posts.
        if not tag.decomposed:
            tag.decompose()
    _unmask_heading_words(root)
    _drop_download_links(root)
    _space_glued_numbers(root)
    for table in root.find_all("table"):
        english_first(table)
        open_rows_with_subjects(table)
        break_after_margin_headings(table)
    for row in root.find_all("tr"):
        restack_numbers(row)
        break_after_heading_cell(row)
    parts: list[str] = []
    _collect(root, parts)
    text = PRINTED_TWICE.sub(r"\1. ", "".join(parts)).replace(PRINTED, "")
    text = _tidy(_literal_markup_read(text))
    if not text:
        raise ExtractionError("no text: the page has no visible content", cause="EmptyPage")
    return title, text


def _drop_related_lists(root: Tag) -> None:
    """Drop a document site's lists of other papers ('Similar documents', 'Recommended
    publications', 'Related documents'): a heading of that name and the list of links after
    it, each link another paper's title (another body's, another meeting's date)."""
    for heading in root.find_all(("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "strong")):
        if heading.decomposed or not RELATED_HEADING.match(heading.get_text(" ", strip=True)):
            continue
        listing = heading.find_next_sibling()
        if listing is not None and listing.name in ("ul", "ol", "div") and (
                listing.find("a") or len(listing.find_all("li")) >= RELATED_ITEMS):
            listing.decompose()
            heading.decompose()


def _site_name(soup: BeautifulSoup) -> str:
    """Return the site's name where its theme prints it ('<a class="brand-logo"><span>Ashby
    Parish Council</span></a>', WordPress's 'site-title', Drupal's 'site-name'), if it names
    a council, else ''."""
    for tag in soup.find_all(class_=SITE_NAME_CLASS, limit=LOGO_SCAN):
        text = tag.get_text(" ", strip=True)
        if OWNER.search(text) and len(text.split()) <= SITE_NAME_WORDS:
            return text
    return ""


def _article_heading(tag: Tag) -> bool:
    """Return True for an article's own header holding its title (a blog post's 'Minutes of the
    Burial Committee – 3rd March 2022'), which is content, not the site's furniture."""
    return tag.name == "header" and tag.find_parent("article") is not None \
        and tag.find(TITLE_TAGS) is not None


def _unmask_heading_words(root: Tag) -> None:
    """Read an e-mail link inside a heading as the word it replaced ('Clerk's Report').

    Some sites' e-mail obfuscation turns every 'Clerk' into a mailto link showing the
    address; in a heading that address stands for its own first part. In running text the
    address stands for its own first part, and so it does in running text after 'the' ('The
    clerk@… reported') or before a possessive. Elsewhere the address is kept, as people search
    for it.
    """
    for link in root.select("a[href^='mailto:']"):
        text = link.get_text(strip=True)
        word = text.split("@", 1)[0]
        if "@" in text and word.isalpha() and (
                link.find_parent(HEADINGS) is not None or _stands_for_a_word(link)):
            link.replace_with(word.capitalize())


def _stands_for_a_word(link: Tag) -> bool:
    """Return True if the text around a link reads it as a noun: 'the <link>', '<link>'s'."""
    before, after = link.previous_sibling, link.next_sibling
    before = before if isinstance(before, str) else ""
    after = after if isinstance(after, str) else ""
    if re.search(r"\bthe\s+$", before, re.I) or re.match(r"[’']s\b", after):
        return True
    # A role's address after a name ('Mrs Susan Ryding, clerk@…'), but not 'e-mail: clerk@…'.
    word = link.get_text(strip=True).split("@", 1)[0].lower()
    return word in ROLE_ADDRESSES and not re.search(
        r"(?:\b(?:at|to|e-?mail|contact|on|via)|:)\s*$", before, re.I)


def _space_glued_numbers(root: Tag) -> None:
    """Put a space between an element that ends in a figure and the next that opens with a
    capital ('<span class="number">1</span><span class="title">Apologies</span>'), and between
    a label closed by its colon and the value in the element after it ('Moved by:<span>Councillor
    T. Ashdown</span>'): the site's style sheet sets them apart, so the text must too ('1
    Apologies', not '1Apologies')."""
    for tag in root.find_all(INLINE_PARTS):
        after = tag.next_sibling
        if isinstance(after, Tag) and after.name in INLINE_PARTS \
                and tag.get_text()[-1:].isdigit() and after.get_text()[:1].isupper():
            tag.insert_after(NavigableString(" "))
        elif isinstance(after, NavigableString) and after[:1].isupper() \
                and tag.previous_sibling is None and OWN_NUMBER.fullmatch(tag.get_text()):
            # '<p><span>IV</span>MEMBERSHIP</p>': an article's number in a box of its own
            # before its heading's words.
            tag.insert_after(NavigableString(" "))
        before = tag.previous_sibling
        said = before if isinstance(before, NavigableString) else before.get_text() \
            if isinstance(before, Tag) and before.name in INLINE_PARTS else ""
        if said.endswith(":") and tag.get_text()[:1].isalnum():
            tag.insert_before(NavigableString(" "))


def _drop_download_links(root: Tag) -> None:
    """Take out the paragraphs that are nothing but a link to the paper's file or help with
    opening it ('Download these minutes (Word, 30 KB)', 'Help with opening PDF files'): the
    site's furniture, not a line of the paper."""
    for link in root.find_all("a"):
        block = link.find_parent(LINK_BLOCKS)
        said = link.get_text(" ", strip=True)
        if block is not None and not block.decomposed and DOWNLOAD_LINK.match(said) \
                and block.get_text(" ", strip=True) == said:
            block.decompose()


def _main_content(soup: BeautifulSoup) -> Tag:
    """Pick the element holding the page's content, falling back to <body>.

    An element the selectors find holding a small share of the page's words is a theme's box
    of that name (a wiki's sidebar '<div class="content">' of links), not the content.
    """
    page = soup.body or soup
    words = len(page.get_text(" ", strip=True).split())
    for selector in MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True) \
                and len(found.get_text(" ", strip=True).split()) >= MAIN_SHARE * words:
            return found
    return page


def _collect(node: Tag, parts: list[str]) -> None:
    """Append the visible text under node, with newlines around block elements."""
    for child in node.children:
        if isinstance(child, NON_TEXT):
            continue
        if isinstance(child, NavigableString):
            parts.append(re.sub(r"\s+", " ", str(child)))
        elif isinstance(child, Tag):
            if child.name == "li":
                # A list item keeps its marker as a browser shows it: the number of an item of
                # a top-level numbered list ('<ol><li>Apologies' is '1. Apologies'), else a
                # bullet, so the parser reads it as a list item, not a title.
                marker = _list_marker(child)
                if marker[:1].isdigit() and _printed_number(child, marker[:-1]):
                    # '<ol><li><span>7</span> Council Tax Setting': the item prints its own
                    # number, written once, with the browser's stop after it.
                    marker += PRINTED
                lead = _run_in_heading(child) if marker != "•" and isinstance(
                    child.parent, Tag) and len(child.parent.find_all(
                        "li", recursive=False)) >= MIN_LISTED_ITEMS else []
                if lead:
                    # '<ol><li><strong>Police Report</strong> PC Hannah reported …': a numbered
                    # entry's bold opening is its heading, on a line of its own.
                    parts.append(f"\n{HEADING_MARK}{marker} ")
                    _take_run(lead, parts)
                    parts.append("\n")
                else:
                    parts.append(f"\n{marker} ")
                _collect(child, parts)
                continue
            brk = "\n\n" if child.name in PARAGRAPHS else "\n" if child.name in LINES else ""
            parts.append(brk)
            if brk and ((_all_heading(child) and not _header_row(child)) or _row_title(child)):
                parts.append(HEADING_MARK)
            lead = _run_in_heading(child) if brk else []
            cell_lead = _run_in_heading(child) if child.name in CELLS else []
            if cell_lead and _numbered_run_in(cell_lead, child):
                # '<td><strong>4. Public Participation</strong> Members of the public spoke …':
                # a numbered bold heading run into its cell's text gets a line of its own.
                parts.append(f"\n{HEADING_MARK}")
                _take_run(cell_lead, parts)
                parts.append("\n")
            elif cell_lead:
                # '<td><b><u>Correspondence</u></b>7.1 Polvean …': the cell's heading is set
                # apart from its text when a new word starts there ('<b>Pl</b>anning' is one).
                if _line_of_its_own(cell_lead, parts):
                    # '<td><b>Village Hall</b><div></div>No one was present …': the bold run
                    # ends its line, so the line (after any number cell) is a heading.
                    _mark_line(parts)
                _take_run(cell_lead, parts)
                first = child.get_text()[:1]
                if first.isupper() or first.isdigit():
                    parts.append(" ")
            if lead and _glued_number(lead):
                # '<p><strong>19/23</strong>Apologies for absence: …': a minute's number in bold,
                # glued to its text, numbers the line it opens.
                _take_run(lead, parts)
                parts.append(" ")
            elif lead:
                parts.append(HEADING_MARK)
                # '<p><strong>Minute 47 Defibrillator</strong> Cllr Baker reported …': the bold
                # opening is the item's heading, so it gets a line of its own.
                _take_run(lead, parts)
                parts.append("\n")
            _collect(child, parts)
            parts.append(brk or ((": " if _field_label(child) else " ") if child.name in CELLS
                                 else ""))


def _glued_number(run: list[PageElement]) -> bool:
    """Return True if a bold run is a minute's number alone with its text glued on after it,
    no space between ('<strong>19/23</strong>Apologies for absence: …')."""
    said = " ".join(node.get_text(" ") for node in run if isinstance(node, Tag)).strip()
    after = run[-1].next_sibling
    return NUMBER_ONLY.fullmatch(said) is not None and isinstance(after, NavigableString) \
        and str(after)[:1].isalpha()


def _numbered_run_in(run: list[PageElement], cell: Tag) -> bool:
    """Return True if a cell opens with a numbered bold heading ('4. Public Participation')
    and goes on in plain words that start a sentence."""
    said = " ".join(node.get_text(" ") for node in run if isinstance(node, Tag)).strip()
    rest = cell.get_text(" ", strip=True)[len(said):].lstrip() if cell.get_text(
        " ", strip=True).startswith(said) else ""
    return NUMBERED_HEAD.match(said) is not None and not CLOSED.search(said) \
        and rest[:1].isupper()


def _row_title(block: Tag) -> bool:
    """Return True for the title of an item in a meeting page's items table: the first, short
    paragraph of a row's item cell, beside an empty number cell, with the minute after it."""
    cell = block.parent
    if cell is None or cell.name != "td" or block.name != "p":
        return False
    first = next((c for c in cell.children if isinstance(c, Tag) or str(c).strip()), None)
    row = cell.parent
    if first is not block or row is None or row.name != "tr":
        return False
    cells = row.find_all(CELLS, recursive=False)
    text = block.get_text(" ", strip=True)
    return len(cells) == 2 and cells[1] is cell and not cells[0].get_text(strip=True) \
        and 0 < len(text.split()) <= MAX_ROW_TITLE_WORDS and not CLOSED.search(text) \
        and block.find_next_sibling() is not None


def _header_row(block: Tag) -> bool:
    """Return True for a row of a table of figures in bold, or a cell's paragraph in it ('Date
    Payee Net VAT Gross', 'Total £41,200 £43,100'): three cells or more with text are
    columns, not a heading."""
    cell = block.parent if block.name == "p" else None
    row = cell.parent if cell is not None and cell.name in CELLS else block
    return row is not None and row.name == "tr" and sum(
        bool(cell.get_text(strip=True)) for cell in row.find_all(CELLS, recursive=False)) >= 3


def _field_label(cell: Tag) -> bool:
    """Return True for the label cell of a two-cell row of a meeting's summary table."""
    row = cell.parent
    if row is None or row.name != "tr":
        return False
    cells = row.find_all(CELLS, recursive=False)
    return len(cells) == 2 and cells[0] is cell \
        and FIELD_LABEL.match(cell.get_text(" ", strip=True).rstrip(":")) is not None \
        and not cell.get_text(strip=True).endswith(":")


def _line_of_its_own(run: list[PageElement], parts: list[str]) -> bool:
    """Return True if a cell's bold run is a heading line of its own: a line break follows it,
    the line holds nothing before it but a number, and no full stop closes it (a sentence)."""
    if CLOSED.search(" ".join(node.get_text(" ") for node in run if isinstance(node, Tag))):
        return False
    after = run[-1].next_sibling
    while isinstance(after, NavigableString) and not str(after).strip():
        after = after.next_sibling
    if not (isinstance(after, Tag) and (after.name in LINES or after.name in PARAGRAPHS)):
        return False
    line = "".join(parts).rpartition("\n")[2].strip()
    return not line or re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*[.)]?", line) is not None


def _mark_line(parts: list[str]) -> None:
    """Put the heading mark at the start of the line being written."""
    for k in range(len(parts) - 1, -1, -1):
        if "\n" in parts[k]:
            head, _, tail = parts[k].rpartition("\n")
            parts[k] = f"{head}\n{HEADING_MARK}{tail}"
            return
    parts.insert(0, HEADING_MARK)


def _take_run(run: list[PageElement], parts: list[str]) -> None:
    """Append a run of bold elements' text (a space where the page has one) and take it out.

    A break inside the run is a space: '<strong>CEM/14/19: Memorial<br />applications:</strong>'
    is one heading its writer wrapped."""
    for node in run:
        if isinstance(node, Tag):
            taken: list[str] = []
            _collect(node, taken)
            parts.append(re.sub(r"[ \t]*\n+[ \t]*", " ", "".join(taken)))
        elif NUMBER_ONLY.fullmatch(number := str(node).strip()):
            parts.append(f"{number} ")
        else:
            parts.append(" ")
        node.extract()


PRINTED = "\x00"
"""Marks a list's number that its item prints again."""
PRINTED_TWICE = re.compile(r"(\d{1,3})\.\x00\s+\1(?!\d)[.)]?\s*")


def _printed_number(item: Tag, number: str) -> bool:
    """Return True if a list item's own text opens with the number its list gives it."""
    text = item.get_text(" ", strip=True)
    return text.startswith(number) and not text[len(number):len(number) + 1].isdigit()


def _list_marker(item: Tag) -> str:
    """Return how a browser marks a list item: '3.' in a top-level <ol> (its start and type
    counted: 'c.', 'iii.'), '3.2' in an <ol> nested in its item, '•' in a <ul>, '◦' in any
    other list nested in another's entry. A word processor's
    export breaks one numbered list into many <ol>s that each count from 1 again (the printed
    numbering is lost): those keep a bullet, as their numbers would mislead."""
    parent = item.parent
    if isinstance(parent, Tag) and parent.name == "ol" and not parent.get("type") \
            and isinstance(outer := parent.find_parent("li"), Tag) \
            and (outer_marker := _list_marker(outer))[:1].isdigit():
        # '4. Planning' over its own <ol> of entries: the decimal sub-items a clerk numbers
        # '4.1', '4.2' (a browser counts them 1, 2 again, which would restart the minutes).
        number = 1 + sum(1 for sibling in item.find_previous_siblings("li"))
        return f"{outer_marker.rstrip('.')}.{number}"
    if isinstance(parent, Tag) and parent.name == "ol" and not parent.get("type") \
            and not parent.get("start") and (heading := _numbered_heading_before(item)):
        # '<p><b>5 Finance</b></p><ol><li>…': the entries of a numbered heading's own list
        # are its decimal sub-items, '5.1', '5.2', as the list sits under the heading.
        number = 1 + sum(1 for sibling in item.find_previous_siblings("li"))
        return f"{heading}.{number}"
    if isinstance(parent, Tag) and parent.name in ("ul", "ol") and parent.find_parent("li"):
        # A list inside another's entry: its points, marked as a browser marks a list's second
        # level ('◦'), not as entries of the list around it.
        return "◦"
    if isinstance(parent, Tag) and parent.name == "ul" and _numbers_before(parent):
        # '<ul>' of five entries, then '<ol start="6">': one agenda whose first entries lost
        # their numbers to the editor; they are 1 to 5.
        return f"{1 + sum(1 for sibling in item.find_previous_siblings('li'))}."
    if not isinstance(parent, Tag) or parent.name != "ol" or _restarts(parent):
        return "•"
    start = parent.get("start", "1")
    value = item.get("value")
    number = int(value) if isinstance(value, str) and value.isdigit() else (
        (int(start) if isinstance(start, str) and start.isdigit() else 1)
        + sum(1 for sibling in item.find_previous_siblings("li")))
    kind = parent.get("type", "1")
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"{letter.upper() if kind == 'A' else letter}."
    if kind in ("i", "I") and 1 <= number <= 39:
        roman = ROMAN[number - 1]
        return f"{roman.upper() if kind == 'I' else roman}."
    return f"{number}."


ROMAN = ("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii "
         "xxiii xxiv xxv xxvi xxvii xxviii xxix xxx xxxi xxxii xxxiii xxxiv xxxv xxxvi xxxvii "
         "xxxviii xxxix").split()


def _numbered_heading_before(item: Tag) -> str:
    """Return the number of the heading block just before an entry's list, when its entries
    each open with a bold heading of their own ('21.02.05' of '<p><strong>21.02.05 Matters for
    Ward Councillors</strong></p>'), or '' if it follows no numbered heading or its entries
    are points with no headings."""
    numbered = item.parent
    before = numbered.find_previous_sibling(True) if isinstance(numbered, Tag) else None
    # The entries before this one have been written out, their headings taken: those after
    # it are as the page has them, and were so when the first entry was asked about.
    if before is None or before.name in ("ol", "ul") or not _all_heading(before) \
            or not all(_run_in_heading(entry) for entry in (item, *item.find_next_siblings("li"))):
        return ""
    found = LEADING_NUMBER.match(before.get_text(" ", strip=True) + " ")
    return found.group().strip().rstrip(".)") if found else ""


def _numbers_before(bulleted: Tag) -> bool:
    """Return True for a <ul> whose entries the next list numbers: the next <ol> (past no other
    list) starts at one more than the <ul> has entries."""
    entries = len(bulleted.find_all("li", recursive=False))
    following = next((sibling for sibling in bulleted.find_next_siblings(True)
                      if sibling.name in ("ul", "ol")), None)
    start = following.get("start") if following is not None and following.name == "ol" \
        else None
    return entries > 1 and isinstance(start, str) and start.isdigit() \
        and int(start) == entries + 1


def _restarts(numbered: Tag) -> bool:
    """Return True for an <ol> beside another that counts from 1 too, with no heading between
    them: one list broken up (two meetings' lists under their own headings count apart)."""
    if numbered.get("start"):
        return False
    return any(not other.get("start") for other in _unheaded_siblings(numbered))


def _unheaded_siblings(numbered: Tag) -> Iterator[Tag]:
    """Yield the <ol>s beside numbered that no heading element separates from it."""
    for step in (Tag.find_previous_siblings, Tag.find_next_siblings):
        for sibling in step(numbered, True):
            if sibling.name in HEADINGS[:6]:
                break
            if sibling.name == "ol":
                yield sibling


def _all_heading(block: Tag) -> bool:
    """Return True for a short block shown as a heading: h1–h6, or all of it in bold or
    underlined."""
    text = block.get_text(" ", strip=True)
    if not text or len(_words(text)) - bool(LEADING_NUMBER.match(text)) > MAX_RUN_IN_WORDS:
        return False
    if block.name in HEADINGS[:6]:
        return True
    if _emphasised(block):
        return True
    shown = " ".join(b.get_text(" ", strip=True) for b in block.find_all(_emphasised)
                     if not any(_emphasised(p) for p in _parents_within(b, block)))
    # A full stop left outside the bold ('<b>Matters arising</b>.') does not make it plain.
    return _words(shown) == _words(text)


def _words(text: str) -> list[str]:
    """Return text's words, leaving out stops that stand alone ('Matters arising .')."""
    return [word for word in text.split() if word.strip(".,;:!?")]


def _parents_within(tag: Tag, block: Tag) -> Iterator[Tag]:
    """Yield tag's parents up to, not including, block."""
    parent = tag.parent
    while parent is not None and parent is not block:
        yield parent
        parent = parent.parent


def _emphasised(tag: Tag) -> bool:
    """Return True for text set off as a heading: bold or underlined, by tag or by style."""
    if tag.name in BOLD or tag.name == "u":
        return True
    style = tag.get("style")
    return isinstance(style, str) and EMPHASIS_STYLE.search(style) is not None


def _run_in_heading(block: Tag) -> list[PageElement]:
    """Return a block's opening bold run when ordinary text follows it in the same block.

    The run is every bold element before the first plain text, with the spaces between them
    ('<strong>1.</strong> <strong>Apologies</strong> received …'); a block bold throughout
    has none, as it is a heading or a bold sentence of its own, not one run into its text.
    """
    run: list[PageElement] = []
    rest: list[PageElement] = []
    said = ""
    for child in block.children:
        if isinstance(child, NON_TEXT):
            continue
        blank = isinstance(child, NavigableString) and not str(child).strip()
        bold = isinstance(child, Tag) and child.name in BOLD
        if not run and not rest and isinstance(child, NavigableString) \
                and NUMBER_ONLY.fullmatch(str(child).strip()):
            # '<p>4.&nbsp;&nbsp; <strong>Police Report</strong> PCSO to report …': the item's
            # number in plain type before its bold heading.
            run.append(child)
            continue
        if rest or not (blank or bold) or (bold and CLOSED.search(said)):
            # '<b>… Parish Council.</b> <b>Councillors are summoned …</b>': a heading ends at
            # its full stop or colon (a number's own stop does not end it).
            rest.append(child)
        else:
            run.append(child)
            said += child.get_text(" ") if bold else " "
    while run and isinstance(run[-1], NavigableString):
        run.pop()
    words = " ".join(c.get_text(" ", strip=True) for c in run if isinstance(c, Tag)).split()
    text = "".join(c.get_text(" ") if isinstance(c, Tag) else str(c) for c in rest)
    # A numbered lead may be as long as the agenda's wording it repeats ('<b>4.11.23 To approve
    # the Minutes of the Meeting … as a true record.</b> It was proposed …').
    most = MAX_ROW_TITLE_WORDS if LEADING_NUMBER.match(" ".join(words) + " ") else MAX_RUN_IN_WORDS
    if not run or not 0 < len(words) <= most or not _words(text) \
            or text.lstrip().startswith(":"):
        # '<b>Resolved</b>: That …': a label whose colon stands outside the bold reads on.
        return []
    return run


LITERAL_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.I)
LITERAL_PARAGRAPH = re.compile(r"[ \t]*</p>\s*<p(?:\s[^<>]{0,80})?>[ \t]*", re.I)
"""A paragraph's end and the next one's start shown as text ('…</p><p>2. Apologies …')."""
LITERAL_TAG = re.compile(r"</?(?:strong|b|em|i|u|span|font|p)(?:\s[^<>]{0,80})?>", re.I)
MIN_LITERAL_BREAKS = 5


def _literal_markup_read(text: str) -> str:
    """Read markup a site shows as text ('… COUNCIL<br /> Licensing Panel<br /> …', a flip-book's
    text view, a document site's '<p>…</p><p>…'): its line and paragraph breaks break lines, its
    other tags go. A page with a few such strings
    in its prose keeps them."""
    if len(LITERAL_BREAK.findall(text)) + len(LITERAL_PARAGRAPH.findall(text)) \
            < MIN_LITERAL_BREAKS:
        return text
    return LITERAL_TAG.sub("", LITERAL_BREAK.sub("\n", LITERAL_PARAGRAPH.sub("\n\n", text)))


def _tidy(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between them, and part a small
    word glued to the name after it ('ofCGM', 'inPolvean': a space lost between two runs of a
    word processor's markup)."""
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    text = GLUED_SMALL_WORD.sub(r"\1 ", "\n".join(lines))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
