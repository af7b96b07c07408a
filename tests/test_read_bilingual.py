"""Minutes set down twice, Welsh beside English, in one table: read in English, both kept."""

from __future__ import annotations

from indexer.read.html import html_to_text
from tests.fixtures.minutes import html_meetings

ROWS = [
    ("41", "Ymddiheuriadau",
     "Derbyniwyd ymddiheuriadau gan y Cyng. Elin Rhys a’r Cyng. Tomos Hughes oherwydd "
     "ymrwymiadau gwaith.", "Apologies",
     "Apologies were received from Cllr. Elin Rhys and Cllr. Tomos Hughes, who had work to "
     "attend."),
    ("42", "Cofnodion y cyfarfod a gynhaliwyd ar 3 Mawrth 2025",
     "Cymeradwywyd y cofnodion fel cofnod cywir a llofnodwyd hwy gan y Cadeirydd.",
     "Minutes of the Full Council meeting held on 3 March 2025",
     "The minutes were approved as a correct record and were signed by the Chair."),
    ("43", "Maes chwarae", "Adroddodd y Clerc fod y siglenni newydd wedi eu gosod yn y parc a bod "
     "yr arolygiad blynyddol wedi ei drefnu ar gyfer mis Mai.", "Play area",
     "The Clerk reported that the new swings had been installed in the park and that the annual "
     "inspection was booked for May. RESOLVED to pay the invoice of £2,300."),
    ("44", "Gohebiaeth", "Nodwyd llythyr gan y bwrdd iechyd ynglŷn â’r feddygfa yn y pentref a "
     "chytunwyd i ymateb.", "Correspondence",
     "A letter from the health board about the village surgery was noted and it was agreed to "
     "respond by the end of the month."),
]


def _page(welsh_first: bool = True) -> str:
    rows = "".join(
        f"<tr><td>{n}</td>" + "".join(
            f"<td><strong>{head}</strong><br>{text}</td>" for head, text in (
                ((wh, wt), (eh, et)) if welsh_first else ((eh, et), (wh, wt))))
        + "</tr>" for n, wh, wt, eh, et in ROWS)
    return (f"<html><body><main><h1>Cyngor Cymuned Llanfair / Llanfair Community Council</h1>"
            f"<p>Minutes of the meeting held on 14 April 2025</p><table>{rows}</table></main>"
            f"</body></html>")


def test_a_welsh_column_before_the_english_one_is_read_after_it() -> None:
    [meeting] = html_meetings(_page())
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41", "Apologies"), ("42", "Minutes of the Full Council meeting held on 3 March 2025"),
        ("43", "Play area"), ("44", "Correspondence")]
    play = meeting.items[2]
    assert play.decision == "resolved"
    assert "siglenni newydd" in play.text, "the Welsh text stays searchable in the item"


def test_an_english_column_already_first_and_a_column_of_names_stay_where_they_are() -> None:
    [meeting] = html_meetings(_page(welsh_first=False))
    assert [item.title for item in meeting.items][1:2] == [
        "Minutes of the Full Council meeting held on 3 March 2025"]
    question = ("The councillor asked about the state of the road near the school and was told "
                "that the county had been asked to repair it.")
    names = "".join(f"<tr><td>Cllr {name} Jones</td><td>{question}</td></tr>"
                    for name in ("Aled", "Betsan", "Carys", "Dewi", "Eirian", "Ffion"))
    page = f"<html><body><main><table>{names}</table></main></body></html>"
    assert html_to_text(page.encode())[1].splitlines()[0].startswith("Cllr Aled Jones")


def test_a_welsh_title_naming_no_body_over_its_english_one_dates_the_record() -> None:
    bold = "<p class=MsoNormal><b>{}.<span style='mso-tab-count:1'>&nbsp;&nbsp; </span>{}</b>{}</p>"
    page = "".join([
        "<html><body><p class=MsoNormal align=center><b><span style='font-size:14.0pt'>CYNGOR "
        "CYMUNED LLANFAES COMMUNITY COUNCIL</span></b></p>",
        "<p class=MsoNormal align=center><b><span class=Welsh>Cofnodion y Cyfarfod Arbennig a "
        "gynhaliwyd nos Fawrth 4 Mai 2021 am 7.30yh</span></b></p>",
        "<p class=MsoNormal align=center><b>Minutes of the Special Meeting held Tuesday "
        "4<sup>th</sup> May, 2021 for 7.30pm</b></p>",
        bold.format(1, "CADEIRYDD / CHAIRMAN:", " Cllr. G. Pugh"),
        bold.format(2, "YN BRESENNOL / PRESENT:", " Cllrs. E. Bowen, H. Rhys &amp; D. Owen"),
        bold.format(3, "YMDDIHEURIADAU / APOLOGIES:", " Cllr. S. Morgan"),
        bold.format(4, "DATGAN BUDDIANT / DECLARATIONS OF INTEREST",
                    " - Members Code of Conduct<br>Cllr. E. Bowen – Agenda Item 6"),
        bold.format(5, "COFNODION Y CYFARFOD / MINUTES OF THE MEETING – 6th April 2021",
                    "<br>Cadarnhawyd y Cofnodion. Cynigiwyd: Cyng. H. Rhys "
                    "Eiliwyd: Cyng. D. Owen<br>The Minutes were confirmed as a true record. "
                    "Proposed: Cllr. H. Rhys "
                    "Seconded: Cllr. D. Owen"),
        bold.format("5a", "Materion yn codi o’r Cofnodion / Matters arising from the Minutes",
                    "<br>Dim. / None."),
        bold.format(6, "CYLLID / FINANCE", "<br>The payments were approved."),
        "</body></html>"])
    [meeting] = html_meetings(page)
    assert meeting.date.isoformat() == "2021-05-04"
    assert meeting.committee == "Llanfaes Community Council"
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4", "5", "5a", "6"]
