@title Minutes November 2013
@font Times-Roman
@fontsize 11
@numcol 16
@header ||{page}
@pageoffset 112
@footer Chairman's signature ……………………………………      Date ……………………
H Public Session
P The Chairman formally welcomed Mr Geoffrey Nettleship, the Leader of Levelmoor District Council, who was the Parish Council's guest speaker for the evening. Mr Nettleship spoke for some twenty minutes on the District Council's budget position, the new waste contract and the proposal to share a chief executive with a neighbouring district. He answered questions from councillors on the future of the Stowcombe Abbas public toilets, which he said were not at risk this year. A vote of thanks was proposed by Councillor Lyddon and warmly supported.
P Before the meeting began the Chairman invited Mrs Rosemary Tilley to address the meeting on the proposed closure of the minor injuries unit at Levelmoor Community Hospital. Mrs Tilley asked the Parish Council to support the campaign to keep the unit open and to write to the Clinical Commissioning Group. She was thanked by the Chairman and told that the Council would consider the matter under Agenda Item 2.4.
P Mr Simon Furze addressed the meeting on planning application 13/03911/FUL, for which he was the applicant, and asked for the Council's support. County Councillor Hugh Trebble and District Councillors Ann Warmington and Paul Chiswell also addressed the meeting on matters within their respective briefs.
S 4
H Minutes
P Minutes of the Parish Council Meeting of Stowcombe Abbas Parish Council that was held in the Harding Memorial Hall, Market Place, Stowcombe Abbas on Tuesday 12th November 2013 at 7.30pm.
P <b>Present:</b> Councillor Mrs D Hembrow (Chairman), Councillors Mr P Lyddon, Mrs S Bartlett, Mr G Speed, Mr R Chant, Mrs A Cridland and Mr J Warry. Mrs K Pardoe (Clerk).
R 1 | <b>Preliminary Matters</b>
R 1.1 | <b>Apologies for absence</b> were received from Councillor Mr T Dunning (work). The apology was accepted.
R 1.2 | <b>Declarations of interest.</b> Councillor Speed declared a personal interest in Agenda Item 2.1.2 as the applicant is his cousin.
R 1.3 | <b>Minutes.</b> The minutes of the meeting held on 8th October 2013, having been circulated, were approved as a correct record and signed by the Chairman.
R 2 | <b>Matters for Decision</b>
R 2.1 | <b>Planning Applications</b>
R 2.1.1 | <b>13/03911/FUL – The Old Tannery, Silver Street – conversion to two dwellings.</b> Councillor Chant proposed that the Council support the application, seconded Councillor Cridland. Carried, 6 in favour, 1 abstention.
R 2.1.2 | <b>13/03958/HOU – 11 Lyde Close – first floor extension.</b> Councillor Speed left the room. The Council had no observations to make.
R 2.2 | <b>Highways.</b> Councillor Warry reported that the drain at the bottom of Cat Street had again flooded the road. The Clerk was instructed to report it to the County Highways Service and to ask for a site meeting.
R 2.3 | <b>Finance</b>
R 2.3.1 | <b>Payments.</b> RESOLVED that the schedule of payments totalling £2,914.36 be approved.
R 2.3.2 | <b>Budget 2014/15.</b> Councillor Bartlett presented the working group's first draft. RESOLVED that the draft be circulated and the precept be set at the January meeting.
R 2.4 | <b>Minor injuries unit, Levelmoor Community Hospital.</b> Following Mrs Tilley's address, Councillor Lyddon proposed that the Council write in support of keeping the unit open; seconded Councillor Mrs Bartlett and agreed unanimously.
R 3 | <b>Correspondence.</b> The list of correspondence received was noted.
R 4 | <b>Date of next meeting.</b> Tuesday 10th December 2013 at 7.30pm in the Harding Memorial Hall.
S 6
P There being no further business the Chairman closed the meeting at 9.20pm.
