@title Annual Meeting 19th May 2011
@font Times-Roman
@fontsize 11
@header ||{page}
@pageoffset 1386
@footer Signed ....................................................... Chairman
P <b>MINUTES</b> of <b>ANNUAL MEETING OF THE PARISH COUNCIL</b> held at the Church Rooms, Abbey Walk, Wenlow Abbots on Thursday, 19th May 2011, at 7.30 pm
P <b>PRESENT:</b> Councillor R. J. Tidmarsh (Chairman), Councillors Mrs. P. A. Bellinger, H. Cruse, Miss V. Dallow, K. F. Everitt, M. Greatorex, Mrs. L. Hollies, S. J. Kemble, Mrs. D. Maunder, T. O. Pargeter (Vice-Chairman), A. Quiney, Dr. C. Sandys
P <b>Also in Attendance:</b> District Councillor Mr. W. Fenner and
S 4
P <b>(1) ELECTION OF CHAIRMAN:</b> Two nominations were received for the chair: Councillor Tidmarsh (proposer Councillor Kemble, seconder Councillor Mrs. Maunder) and Councillor Everitt (proposer Councillor Cruse, seconder Councillor Quiney). A secret ballot was held and the Clerk counted the papers. Councillor Tidmarsh received seven votes and Councillor Everitt five, and Councillor Tidmarsh was declared elected.
P <b>(2) DECLARATION OF ACCEPTANCE OF OFFICE – CHAIRMAN:</b> Councillor Tidmarsh made and signed his declaration of acceptance of office, which the Clerk witnessed as Proper Officer.
P <b>(3) ELECTION OF VICE-CHAIRMAN:</b> Only one nomination was received. Councillor Pargeter was re-elected Vice-Chairman on the proposal of Councillor Mrs. Hollies, seconded by Councillor Greatorex; carried unanimously.
P <b>(4) DECLARATION OF ACCEPTANCE OF OFFICE – VICE-CHAIRMAN:</b> Councillor Pargeter then made and signed his declaration as Vice-Chairman in the same way.
P Dr. Sandys, who had been returned unopposed at the election on 5th May, attended his first meeting. Members unanimously agreed that the Chairman should write to Mr. N. Ashby, who did not stand again, to thank him for twelve years on the Council.
P <b>(5) APOLOGIES FOR ABSENCE:</b> None, all members being present.
P <b>(6) DECLARATIONS OF INTEREST:</b> Councillor Everitt declared a personal and prejudicial interest in item (15)(b) as the neighbour of the applicant.
P <b>(7) MINUTES:</b> The Minutes of the meeting held on 21st April 2011, having been circulated, were approved and signed by the Chairman as a correct record.
P <b>(8) MATTERS ARISING FROM THE MINUTES:</b>
P (a) <u>Churchyard wall</u> – Councillor Quiney reported that the stonemason expects to begin the repair of the collapsed section in the second week of June, weather permitting.
P (b) <u>Dog bin, Mill Lane</u> – The District Council has confirmed that the new bin will be emptied weekly from 1st June. Councillor Miss Dallow asked that the old post be removed at the same time.
P <b>(9) APPOINTMENT OF REPRESENTATIVES TO OUTSIDE BODIES:</b> It was agreed that the Council’s representatives for 2011/12 be as follows: Village Hall Management Committee – Councillor Mrs. Bellinger; Wenlow Abbots Allotment Association – Councillor Kemble; Abbey Walk Almshouse Trustees – Councillor Pargeter; Local Councils Association, District Branch – the Chairman and Councillor Greatorex.
P <b>(10) COMMITTEES:</b> It was RESOLVED that the Planning Committee continue to comprise the Chairman, the Vice-Chairman and Councillors Cruse, Miss Dallow and Dr. Sandys, with power to act on applications which cannot wait until a full Council meeting.
P <b>(11) ANNUAL RETURN AND ACCOUNTS FOR THE YEAR ENDED 31st MARCH 2011:</b> The Clerk presented the accounts, which showed receipts of £14,207.55 and payments of £13,118.90, and balances carried forward of £6,402.71. Councillor Everitt asked why the insurance premium had risen by a fifth; the Clerk explained that the bus shelters had been added to the schedule. It was proposed by Councillor Pargeter, seconded by Councillor Miss Dallow, and RESOLVED that the accounts be approved and that the Chairman and the Clerk sign the Annual Return.
P <b>(12) APPOINTMENT OF INTERNAL AUDITOR:</b> It was agreed that Mr. J. Prosser be reappointed as internal auditor for 2011/12 at a fee of £90.
P <b>(13) INSURANCE:</b> The renewal quotation of £742.16 from the Council’s present insurers was accepted.
P <b>(14) STANDING ORDERS AND FINANCIAL REGULATIONS:</b> The revised model Standing Orders had arrived too late to be circulated. Consideration was deferred to the July meeting.
P <b>(15) PLANNING:</b> The following applications had been received since the last meeting:
P (a) W/11/00412/FUL – 3 Orchard Close – Single storey conservatory to rear. No objection.
P (b) W/11/00455/FUL – Land adjoining Ferry Cottage, Mill Lane – Erection of one dwelling with detached garage. Councillor Everitt, having declared an interest, left the room. Councillor Cruse said that the site lies in the flood zone and that the lane cannot take further traffic. The Council resolved to object on the grounds of flood risk and highway safety. Councillor Everitt returned to the meeting.
P <b>(16) HIGHWAYS AND FOOTPATHS:</b> Councillor Mrs. Hollies reported that the stile on footpath 14 near Home Farm had been replaced by the County Council’s ranger. The potholes at the junction of Abbey Walk and the main road have been reported again.
P <b>(17) VILLAGE GREEN:</b> The first cut of the season took place on 3rd May. Councillor Greatorex offered to repaint the two benches by the pond before the village fête.
P <b>(18) ALLOTMENTS:</b> All twenty-two plots are let and there is a waiting list of four. Councillor Kemble said that the Association would like a second water trough at the top of the site and would obtain a price.
P <b>(19) CORRESPONDENCE:</b> District Council – electoral review timetable; Community Foundation – small grants round; Wenlow Abbots School – invitation to the summer concert on 8th July. Noted.
P <b>(20) ACCOUNTS FOR PAYMENT:</b> The following accounts were approved for payment:
G Mrs. G. Harcourt | Salary, April and May | £402.00
G H.M. Revenue &amp; Customs | PAYE | £68.40
G R. Wisdom | Grass cutting, green and churchyard | £120.00
G Church Rooms | Hire, 19th May | £15.00
P <b>(21) REPORTS FROM REPRESENTATIVES:</b> District Councillor Fenner reported that the District Council would be consulting on its draft housing sites in the autumn and that Wenlow Abbots was not expected to receive any large allocation. Councillor Mrs. Bellinger reported that the Village Hall accounts showed a small surplus.
P <b>(22) ITEMS FOR THE NEXT AGENDA:</b> Speed signs on the main road; the almshouse garden.
P <b>(23) DATE OF NEXT MEETING:</b> Thursday, 16th June 2011, at 7.30 pm in the Church Rooms.
S 6
P There being no further business the meeting closed at 9.20 pm.
