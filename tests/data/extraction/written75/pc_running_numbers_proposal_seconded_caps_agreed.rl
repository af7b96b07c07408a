@title Brinkley Constable PC minutes October 2017
@font Helvetica
@fontsize 10
@footer Signed ……………………………… Chairman          Date ………………||{page}
G Clerk: R Daynes | The Granary, Fen Road, Hindley Parva | website: www.brinkleyconstable-pc.org.uk
G email: clerk@brinkleyconstable-pc.org.uk | NR24 7QT | Tel: 01263 861 442
S 6
HC BRINKLEY CONSTABLE PARISH COUNCIL
P <b>MINUTES</b> of the Brinkley Constable Parish Council meeting held on 10th October 2017 7.30pm at the Pavilion, Station Road.
P Present: K Aldous Chair&nbsp;&nbsp; B Mallett&nbsp;&nbsp; S Rudd&nbsp;&nbsp; T Pegg&nbsp;&nbsp; V Loades&nbsp;&nbsp; R Daynes Clerk
P District Cllr Irene Cushion&nbsp;&nbsp;&nbsp; 2 members of the public
R 2741 | <b>Apologies for Absence</b><br/>On a PROPOSAL by Cllr Rudd SECONDED by Cllr Pegg it was AGREED to accept apologies from Cllr Howes (work commitment) and County Cllr Fenn.
R 2742 | <b>Minutes of the Parish Council Meeting held on 12th September 2017</b><br/>On a PROPOSAL by Cllr Loades SECONDED by Cllr Mallett it was AGREED to accept the minutes of the meeting of 12th September as a true and accurate record.
R 2743 | <b>Declarations of Interest</b><br/>Cllr Pegg – item 2752 b) – he lives next to the application site and will not speak to this item.
R 2744 | <b>Matters Arising from Last Minutes</b><br/>None
R 2745 | <b>County Councillor’s Report – read</b><br/>The County Council has confirmed that the mobile library will keep its fortnightly stop at the Pavilion until at least March 2018. Resurfacing of the Hindley road between the crossroads and Hindley Parva is programmed for the spring, subject to the winter budget. Cllr Fenn asked residents to report blocked gullies through the online highways portal so that repeat problems are logged.
R 2746 | <b>District Councillor’s Report</b><br/>Cllr Cushion reported that the District Council had begun consultation on the first draft of the new Local Plan, which closes on 24th November. She urged the Parish Council to respond on the proposed allocation of land off Fen Road. She also reported that the garden waste charge will rise by £2 from April.
R 2747 | <b>Public Participation</b><br/>A resident of Church Lane asked what could be done about lorries using the lane to reach the grain store. The Chair said the matter would be taken under Highways.
R 2748 | <b>Finance</b><br/>a) Payments. On a PROPOSAL by Cllr Aldous SECONDED by Cllr Rudd it was AGREED to approve the following payments: R Daynes salary (September) £186.40; HMRC £46.60; Norfolk ALC training £35.00; T Pegg reimbursement for paint £28.74.<br/>b) The bank reconciliation to 30th September was checked and signed by the Chair. Balance £11,906.22.
R 2749 | <b>Highways</b><br/>Cllr Mallett reported that he had met the Highways Engineer on Church Lane. Weight-limit signs at the Fen Road junction would need a traffic order. It was AGREED that the Clerk write to the grain store operator asking that drivers be directed to use the Holt Road entrance.
R 2750 | <b>Playing Field and Pavilion</b><br/>Two quotations had been received for repairs to the pavilion roof. On a PROPOSAL by Cllr Pegg SECONDED by Cllr Loades it was RESOLVED to accept the quotation of £1,240 from A. Kerrison Roofing, the work to be done before the end of November.
R 2751 | <b>Village Sign</b><br/>Cllr Loades reported that only one quotation had been received for repainting the sign. Consideration of the village sign was DEFERRED to the November meeting.
R 2752 | <b>Planning</b><br/>a) PF/17/1402 – 6 Station Road – single storey rear extension. No objection.<br/>b) PF/17/1455 – Land east of The Forge, Fen Road – erection of one dwelling. Cllr Pegg took no part. After discussion it was AGREED to support the application, subject to the hedge on the frontage being kept.<br/>c) Decisions received: PF/17/1210 Manor Barn – approved.
R 2753 | <b>Correspondence</b><br/>Norfolk Constabulary – Safer Neighbourhood newsletter; CPRE – Parish Champions event; North Norfolk Community Transport – annual report. The correspondence was NOTED.
R 2754 | <b>Date of Next Meeting</b><br/>Tuesday 14th November 2017 at 7.30pm at the Pavilion.
P The meeting closed at 9.12pm.
