"""Papers from older council websites and the first years of PDF minutes: how those pages
badged a linked file, numbered items and headed their minutes."""

from __future__ import annotations

from tests.fixtures.minutes import html_meetings

OLD_BADGES = """<html><body><h1>Cabinet</h1>
<p>Thursday, 8th March, 2007 10.00 a.m.</p>
<h2>Items</h2>
<table>
<tr><td>No.</td><td>Item</td></tr>
<tr><td>21.</td><td><p>MINUTES <a href="m.pdf">pdf icon PDF 64 K</a></p>
<p>Minutes:</p><p>RESOLVED : That the Minutes of the meeting held on 8th February 2007 be
confirmed.</p></td></tr>
<tr><td>22.</td><td><p>PLAY AREAS STRATEGY (KEY DECISION) <a href="r.pdf">pdf icon PDF 118 K</a></p>
<p>Minutes:</p><p>RESOLVED : That the strategy be adopted.</p></td></tr>
<tr><td>23.</td><td><p>CAR PARKING CHARGES <a href="c.pdf">pdf icon PDF 47 K</a></p>
<p>Minutes:</p><p>RESOLVED : That the charges be frozen for 2007/08.</p></td></tr>
</table></body></html>"""


def test_an_older_file_badge_in_kilobytes_as_k_is_furniture() -> None:
    """'pdf icon PDF 64 K', as an older committee system printed a linked file's size, is the
    link's badge: 'MINUTES' is an item of its own and a title keeps none of the badge."""
    (meeting,) = html_meetings(OLD_BADGES)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("21", "MINUTES"), ("22", "PLAY AREAS STRATEGY (KEY DECISION)"),
        ("23", "CAR PARKING CHARGES")]
