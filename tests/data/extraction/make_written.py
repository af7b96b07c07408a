"""Regenerate a written set's PDFs (written_*.pdf, written2_*.pdf) from the sources in its folder.

Two producers, as real councils use more than one: `*.rl` sources are laid out with reportlab,
`*.html` sources are printed by headless Chromium. Run from anywhere, naming the set (the
folder beside this script that holds its sources) and, if wanted, some sources' stems:
    .venv/bin/python tests/data/extraction/make_written.py written2 [stem ...]
The .txt and .html documents of a set are hand-written files and need no generator.

`.rl` format, one block per line: `@key value` settings (title, font, fontsize, header,
header_first, footer, pageoffset, numcol); `H text` bold paragraph; `HC text` bold centred;
`C text` centred; `P text` paragraph; `I text` italic; `R num | text` number-column row;
`T a | b | c` ruled table rows (a run of them is one table; `TH` a bold header row; `G` rows
of a table without rules); `S n` n points of space; `PB` page break. Texts may hold reportlab
inline markup (<b>, <i>, <u>). `{page}` in a header or footer is the page number plus
pageoffset; `||` splits it into a left and a right part, ` // ` a footer into lines.
"""

import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent


def styles(font: str, size: float) -> dict[str, ParagraphStyle]:
    """Paragraph styles for one document's base font."""
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    base = ParagraphStyle(
        "P", fontName=font, fontSize=size, leading=size * 1.25, spaceAfter=size * 0.5
    )
    return {
        "P": base,
        "H": ParagraphStyle("H", parent=base, fontName=bold, spaceBefore=size * 0.4),
        "HC": ParagraphStyle("HC", parent=base, fontName=bold, alignment=1),
        "C": ParagraphStyle("C", parent=base, alignment=1),
        "I": ParagraphStyle("I", parent=base, fontName=italic),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, spaceAfter=0),
    }


def build_rl(src: Path, prefix: str) -> None:
    """Lay out one `.rl` source as <prefix>_<stem>.pdf with reportlab."""
    cfg = {
        "font": "Helvetica",
        "fontsize": "10.5",
        "numcol": "18",
        "header": "",
        "footer": "",
        "header_first": "",
        "title": src.stem,
        "pageoffset": "0",
    }
    lines = src.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            cfg[key] = value
    st = styles(cfg["font"], float(cfg["fontsize"]))
    width = A4[0] - 40 * mm
    numcol = float(cfg["numcol"]) * mm
    story, table_rows, header_row, grid = [], [], False, True

    def flush_table() -> None:
        nonlocal table_rows, header_row
        if table_rows:
            ncols = len(table_rows[0])
            t = Table(
                table_rows, colWidths=[width / ncols] * ncols, repeatRows=1 if header_row else 0
            )
            rules = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            t.setStyle(
                TableStyle(rules + ([("GRID", (0, 0), (-1, -1), 0.5, "black")] if grid else []))
            )
            story.extend([t, Spacer(1, 6)])
        table_rows, header_row = [], False

    for line in lines:
        if line.startswith("@") or not line.strip():
            continue
        tag, _, text = line.partition(" ")
        if tag not in ("T", "TH", "G") or (tag == "G") == grid:
            flush_table()
            grid = tag != "G"
        if tag in ("P", "H", "HC", "C", "I"):
            story.append(Paragraph(text, st[tag]))
        elif tag == "R":
            num, _, body = (part.strip() for part in text.partition("|"))
            row = Table(
                [[Paragraph(num, st["cellb"]), Paragraph(body, st["cell"])]],
                colWidths=[numcol, width - numcol],
            )
            row.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            story.append(row)
        elif tag in ("T", "TH", "G"):
            header_row = header_row or tag == "TH"
            style = st["cellb"] if tag == "TH" else st["cell"]
            table_rows.append([Paragraph(c.strip(), style) for c in text.split("|")])
        elif tag == "S":
            story.append(Spacer(1, float(text)))
        elif tag == "PB":
            story.append(PageBreak())
        else:
            raise ValueError(f"{src.name}: unknown line {line!r}")
    flush_table()

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(cfg["font"], 9)
        page = canvas.getPageNumber()
        header = cfg["header_first"] if page == 1 and cfg["header_first"] else cfg["header"]
        footer = cfg["footer"].split(" // ")
        lines = [(A4[1] - 12 * mm, header)]
        lines += [(10 * mm + 11 * (len(footer) - 1 - i), text) for i, text in enumerate(footer)]
        for y, text in lines:
            parts = text.replace("{page}", str(page + int(cfg["pageoffset"]))).split("||")
            if len(parts) == 1:
                canvas.drawCentredString(A4[0] / 2, y, parts[0])
            else:
                canvas.drawString(20 * mm, y, parts[0])
                canvas.drawRightString(A4[0] - 20 * mm, y, parts[1])
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / f"{prefix}_{src.stem}.pdf"),
        pagesize=A4,
        title=cfg["title"],
        author="",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def build_html(src: Path, prefix: str) -> None:
    """Print one `.html` source as <prefix>_<stem>.pdf with headless Chromium."""
    out = OUT / f"{prefix}_{src.stem}.pdf"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            src.as_uri(),
        ],
        check=True,
        capture_output=True,
    )


def main() -> None:
    """Build every source of the set named first on the command line, or those named after it."""
    prefix, wanted = sys.argv[1], set(sys.argv[2:])
    for src in sorted((OUT / prefix).iterdir()):
        if wanted and src.stem not in wanted:
            continue
        if src.suffix == ".rl":
            build_rl(src, prefix)
        elif src.suffix == ".html":
            build_html(src, prefix)


if __name__ == "__main__":
    main()
