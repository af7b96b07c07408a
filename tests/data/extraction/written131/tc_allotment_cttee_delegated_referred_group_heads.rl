@title Allotment Committee minutes 10 February 2026
@font Helvetica
@fontsize 11
@footer Rowhaven-on-Solway Town Council – Allotment Committee – 10.02.26||Page {page} of 2
HC Rowhaven-on-Solway Town Council
HC Allotment Committee
C Minutes of the meeting held on Tuesday 10th February 2026 at 7pm in the Council Chamber, Station Road
S 8
P <b>Present:</b> Cllrs L Sewell, A Irving, M Graves and P Askew; the Deputy Town Mayor, Cllr K Bewley (ex officio)
P <b>In attendance:</b> Ms J Carr (Town Clerk), Mr Tom Lightfoot (Rowhaven Allotment Association)
P <i>Note: the Mayor and Deputy Mayor may sit and vote on any committee by virtue of office.</i>
H AC26/01 Election of Committee Chairman
P Cllr Sewell was proposed by Cllr Irving, seconded by Cllr Graves and elected Chairman for the remainder of the council year. Cllr Sewell took the chair.
H AC26/02 Apologies
P Cllr R Holme (work).
H AC26/03 Declarations of Interest
P Cllr Irving declared a non-registrable interest as a plot holder at Marsh Lane.
H AC26/04 Minutes
P The minutes of the meeting held on 11th November 2025 were approved and signed.
S 4
H MATTERS DELEGATED TO THE COMMITTEE
H AC26/05 Allotment Rents 2026/27
P The Town Clerk set out the costs of water, insurance and hedge cutting for the site, which have risen by 9% over two years. Proposed Cllr Graves, seconded Cllr Askew.
P RESOLVED that rents for 2026/27 be set at £42 per full plot and £21 per half plot, with a 50% concession for holders of a pension credit letter.
H AC26/06 Plot Holders' Representative
P Mr Tom Lightfoot reported that the Association had held its AGM in January, that 38 of the 52 plot holders had joined and that members would like a communal shed for shared tools near the gate.
H AC26/07 Vacant Plots and Waiting List
P The Town Clerk reported four vacant half plots, all of which have been offered, and eleven names on the waiting list, six of them from outside the parish. Noted.
H AC26/08 Water Supply
P The leaking trough on the lower path has been isolated. A decision on replacing the supply pipe was deferred until the water company has surveyed the meter.
S 4
H MATTERS FOR RECOMMENDATION TO COUNCIL
H AC26/09 Terms of Reference
P No amendments were proposed. AGREED to recommend to Full Council that the Terms of Reference be readopted without change.
H AC26/10 New Allotment Site, Marsh Lane (north field)
P Cllr Bewley asked whether the Council could afford fencing for a second field when the first still has no toilet. After discussion it was put to the vote that the Committee recommends Full Council to open negotiations with the landowner. Carried, 3 in favour and 2 against.
H AC26/11 Date of Next Meeting
P Tuesday 12th May 2026 at 7pm.
S 14
P The meeting closed at 8.20pm.
S 20
P Chairman ................................................ Date ..............................
