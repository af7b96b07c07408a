@title HARBOUR COMMISSIONERS MEETING
@font Times-Roman
@fontsize 12
@header HARBOUR COMMISSIONERS' MEETING||l0 September 2008
@header_first  
@footer Page {page}
H HARBOUR COMMISSIONERS' MEETING &nbsp;&nbsp; 10 September 2008
P The Porthvennor Harbour Commissioners met in ordinary session in the Board Room, Harbour Office, The Quay, Porthvennor, at 6.00 pm.
P Present: Commissioners J. Trevanion (Chairman), M. Bolitho, S. Curnow, P. Hendra, R. Nance and A. Penhaligon; Capt. D. Rowe, Harbour Master; Mrs. E. Pascoe, Clerk. Also present: four members of the public and Mr. L. Ivey of the <i>Porthvennor Echo</i>.
S 6
P <b>I. CALL TO ORDER:</b> The Chairman called the meeting to order at 6.00 pm. Apologies were received from Commissioner Tonkin.
P <b>II. MINUTES:</b> The minutes of the meeting of 13 August 2008 were approved as circulated. Cornmissioner Bolitho moved, Commissioner Curnow seconded; approved unanimously.
P <b>III. PUBLIC COMMENT:</b> Mr. K. Jago, secretary of the Porthvennor Gig Club, asked whether the club could keep its two gigs on the north beach over the winter. The Harbour Master said there was no objection provided the boats were above the line of the winter tides and chained. The Chairman thanked Mr. Jago.
P <b>IV. HARBOUR MASTER'S REPORT:</b> Capt. Rowe reported 212 visiting yachts in August against 187 last year, ~ and 96% of the inner harbour moorings let. The dredger had removed about 1,400 cubic metres from the entrance channel; the next survey is due in November. He asked Commis-<br/>sioners to note that the east pier navigation light had failed twice in high winds. The report was received.
P <b>V. FINANCE:</b> The Clerk presented the statement to 31 August. Income from dues is £8,400 ahead of budget and expenditure on the pier lighting £2,150 over. Commissioner Hendra moved that accounts totalling £23,618.44 be paid; Commissioner Nance seconded. Motion carried unanimously.
P <b>VI. MOORING AND HARBOUR DUES 2009:</b> The Clerk outlined the proposed increase of 4% on moorings and 3% on visitors' dues. Commissioner Penhaligon said local fishermen were already struggling with fuel prices and proposed that fishing-boat moorings be frozen; there was no seconder. Commissioner Hendra moved to adopt Resolution 08-14 setting dues for 2009 as set out in the schedule; Commissioner Nance seconded. Motion carried 4-2 (Penhaligon and Curnow opposed).
P <b>VII. FISH QUAY ICE PLANT:</b> Three tenders were received for the replacement flake-ice machine. Capt. Rowe recommended the second lowest tender because the lowest did not include a maintenance contract. Commissioner Curnow moved to accept the tender of Coldflake Refrigeration Ltd. at £31,900; Commissioner Bolitho seconded. Motion carried unanimously.
P <b>VIII. SLIPWAY REPAIRS:</b> Action on the repair of the public slipway was deferred to the October meeting pending the engineer's report on the toe of the slip.
P <b>IX. CORRESPONDENCE:</b> (a) Marine Licensing Authority &ndash; licence renewal for maintenance dredging; (b) Porthvennor Town Council &ndash; request for a joint meeting on car parking at the quay; (c) Harbours Association &ndash; annual conference papers. Received and noted.
P <b>X. COMMISSIONERS' REPORTS:</b> Commissioner Nance reported on the Harbours Association conference, where the cost of new safety rules for small ports had been the main subject.
P <b>XI. NEXT MEETING:</b> Wednesday, 8 October 2008, at 6.00 pm.
P <b>XII. ADJOURNMENT:</b> There being no further business, the meeting was adjourned at 8.15 pm.
S 24
P Approved: ______________________________ Chairman &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Date: ______________
