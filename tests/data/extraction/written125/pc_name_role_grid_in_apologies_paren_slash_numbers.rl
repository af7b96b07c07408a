@title Chilbury Parish Council minutes 27 September 2011
@font Times-Roman
@fontsize 11
@numcol 16
@footer Chairman's initials ………||Page {page}
HC CHILBURY PARISH COUNCIL
C Minutes of the Meeting of the Parish Council commencing at 6.30pm on Tuesday 27th September 2011 at Chilbury Down Golf Club.
P <b>12/30) Apologies.</b>
G Mr P Verey | Councillor
P <b>Present.</b>
G Mr H Lavington | Chairman
G Mr J Cottle | Councillor
G Mrs E Farrant | Councillor
G Mr S Ainsworth | Councillor
G Mr K Dubois | District Councillor
G Mrs M Treloar | District Councillor
G Mr G Haddow | County Councillor
G Mrs P Yelland | Clerk
P <b>12/31) Declarations of Interest.</b>
P a) Mr Cottle declared a personal interest in item 12/35 b) as he farms the land adjoining Down Farm.
P b) No other declarations were recorded.
P <b>12/32) To approve the minutes of the last Ordinary Meeting of Chilbury Parish Council held on 26th July 2011 (Previously circulated).</b>
P Cllr Cottle proposed and Cllr Lavington seconded the proposal that the minutes of the last Ordinary Meeting of Chilbury Parish Council held on 26th July 2011 be approved. It was resolved that these minutes be accepted as an accurate record and they were duly signed by the Chairman.
P <b>12/33) Public Session.</b>
P Mrs Pennock of Vernon Cottage asked whether the Council could do anything about the lorries using the lane to the gravel pit at night. The Chairman replied that the Clerk would write to the operator and to the Minerals team at the County Council to ask about the permitted hours.
P <b>12/34) Reports by the County and District Councillors.</b>
P Cllr Treloar reported that the District Council had begun consulting on its draft Core Strategy, which proposed no new housing sites in the smaller villages. She continued her report by saying that the new recycling boxes would be delivered in November. Cllr Haddow reported that the County Council had agreed to keep the mobile library stop at the village hall, and that the resurfacing of the Winton road would start in October.
P <b>12/35) Planning.</b>
P a) 11/01873/HOU – Rear conservatory, The Old Forge. No objection.
P b) 11/01902/FUL – Agricultural store, Down Farm. Mr Cottle left the room. Mrs Farrant said that the store would be screened by the existing hedge. It was agreed to support the application. Mr Cottle returned.
P <b>12/36) Finance.</b>
P a) Cllr Ainsworth proposed and Cllr Farrant seconded the proposal that the payments on the schedule, totalling £612.45, be made. It was resolved that the payments be made.
P b) The Clerk reported that the balance in the current account was £6,204.18 and that the second half of the precept had been received.
P <b>12/37) Highways and Footpaths.</b>
P Mrs Farrant reported that the signpost at the top of Chilbury Hill had been knocked down and that the stile on footpath 4 was broken. The Clerk would report both to the County Council.
P <b>12/38) Diamond Jubilee 2012.</b>
P Cllr Farrant proposed and Cllr Ainsworth seconded the proposal that a working group be set up to plan a village celebration for the Diamond Jubilee in June 2012. It was resolved that Mrs Farrant and Mr Ainsworth form the working group and report to the November meeting.
P <b>12/39) Correspondence.</b>
P The list of correspondence received since the last meeting was noted.
P <b>12/40) Any Other Business.</b>
P Mr Ainsworth asked for the state of the bus shelter to be put on the next agenda.
P <b>12/41) Date of next meeting.</b>
P Tuesday 22nd November 2011 at 6.30pm at Chilbury Down Golf Club.
P The meeting closed at 8.20pm.
