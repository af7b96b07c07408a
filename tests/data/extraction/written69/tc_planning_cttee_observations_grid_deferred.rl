@title Planning Committee 9 March 1999
@font Helvetica
@fontsize 10
@header WICKMERE GREEN TOWN COUNCIL || PLANNING COMMITTEE 9.3.99
@footer P.{page}
@pageoffset 86
@numcol 30
HC WICKMERE GREEN TOWN COUNCIL
HC MINUTES OF THE MEETING OF THE PLANNING COMMITTEE
C held in the Council Chamber, Wickmere Hall, Stonards Hill, on Tuesday 9th March 1999 at 7.30 pm
P <b>PRESENT:</b> Councillor Mrs D Pryke (Chairman), Councillors J Ashbee, Mrs M Collard, R Egerton, K Fairweather, Mrs P Laver and T Spurgin. Mr A Windle (Deputy Town Clerk).
P <b>ALSO PRESENT:</b> Councillor G Dyson and two members of the public.
R P.98/99/141 | <b>APOLOGIES FOR ABSENCE</b>
R | Apologies for absence were received from Councillor B Threadgold.
R P.98/99/142 | <b>DECLARATIONS OF INTEREST</b>
R | Councillor R Egerton declared a non-pecuniary interest in application WDP/0217/99 as the applicant was known to him, and took no part in its consideration.
R P.98/99/143 | <b>MINUTES</b>
R | The minutes of the meeting held on 23rd February 1999 were confirmed as a correct record and signed by the Chairman.
R P.98/99/144 | <b>PLANNING APPLICATIONS</b>
R | The Committee considered the applications listed below. Councillor G Dyson addressed the Committee on application WDP/0231/99 on behalf of residents of Forest View. The Committee RESOLVED that the following observations be forwarded to the District Council:
TH Application No. | Address | Proposal | Committee's Observations
T WDP/0198/99 | 14 Coopers Mead | Single storey rear extension | No objection.
T WDP/0217/99 | Brook Farm, Pollards Cross Road | Conversion of barn to dwelling | Objection. Inappropriate development in the Green Belt.
T WDP/0231/99 | Land rear of 2-8 Forest View | Erection of four detached houses | Objection. Overdevelopment; inadequate access; loss of trees protected by TPO/12/88.
T WDP/0240/99 | The Old Bakery, High Road | Change of use from retail to hot food takeaway | Objection. Harm to residential amenity from noise and smells; parking.
R P.98/99/145 | <b>WORKS TO TREES</b>
R | The following observations were AGREED:
G WDP/0206/99 | 3 Church Lane | Fell one sycamore (TPO/3/74) | No objection, subject to a replacement tree.
G WDP/0222/99 | Wickmere Primary School | Crown reduce two oaks | No objection.
R P.98/99/146 | <b>APPEAL DECISIONS</b>
R | The Committee noted the following decisions of the Planning Inspectorate: WDP/1410/98, 7 Lodge Road – appeal dismissed; WDP/1532/98, 31 The Crescent – appeal allowed.
R P.98/99/147 | <b>PUBLIC ENTERTAINMENT LICENCE – THE GREEN MAN, HIGH ROAD</b>
R | Councillor Mrs P Laver reported residents' concerns about late-night noise. It was agreed that the District Council be asked for details of the proposed hours before the Committee commented, and consideration was deferred to the next meeting.
R P.98/99/148 | <b>STREET NAMING – LAND AT WOODGATE FARM</b>
R | Councillor K Fairweather proposed that the developer be asked to use names connected with the former farm, and suggested 'Threshers Close' and 'Granary Way'. Councillor J Ashbee proposed 'Memorial Way' in recognition of the Town's war memorial; on being put to the vote this proposal was lost (2 for, 4 against). The Committee then AGREED to suggest 'Threshers Close' and 'Granary Way'.
R P.98/99/149 | <b>DATE OF NEXT MEETING</b>
R | Tuesday 23rd March 1999 at 7.30 pm.
S 10
P The meeting closed at 9.10 pm.
P Chairman .......................................
