@title Orbsworth Parish Council APM and Council 17 April 2019
@font Helvetica
@fontsize 10
@footer Orbsworth Parish Council – April 2019||Page {page}
HC ORBSWORTH PARISH COUNCIL
HC DRAFT MINUTES OF THE ANNUAL PARISH MEETING HELD AT 7.00PM ON WEDNESDAY 17 APRIL 2019 IN THE VILLAGE HALL
S 4
P <b>Present:</b> Claire Beddoes (CB) Ian Cottis (IC) Robert Gedge (RG) Sheila Marjoram (SM) Martin Wyncoll - Chairman (MW) Dennis Tuffnell – Vice Chairman (DT)
P <b>Apologies:</b> Ruth Pegg – Clerk (RP) Orbsworth Allotment Society
P <b>In attendance:</b> Gail Jessop, CC (GJ) Tom Warboys, District Cllr (TW) 11 Parishioners
H 19.4.1 INTRODUCTION &amp; APOLOGIES
P The Chairman welcomed everyone to the meeting and explained that, in the Clerk's absence, the Vice Chairman would take the minutes.
H 19.4.2 MINUTES OF PREVIOUS MEETING
P The minutes of the Annual Parish Meeting of 25 April 2018 were approved as a correct record on the proposal of SM, seconded by RG, and the Chairman signed them. There were no matters arising.
H 19.4.3 REPORTS (copies of the written reports are filed with these minutes)
P <b>County Council</b> GJ said the county had agreed a 2.99% council tax rise, most of it for adult social care. The road between Orbsworth and Tye Green was on the list for surface dressing in 2019/20, and her locality budget could again help village projects up to £1,000 each.
P <b>District Council</b> TW reported that the district's joint local plan had reached its second consultation, in which Orbsworth was classed as a hinterland village with no large sites allocated. Garden waste charges would rise to £50 from June.
P <b>Parish Council</b> MW summarised the year: the new village gateway signs, the grant to the Village Hall for its roof, a successful litter pick in March with 23 volunteers, and the start of work on a village design statement. The precept had been held at £9,800.
P <b>Orbsworth Village Hall</b> DT, as chairman of the hall trustees, reported that the roof had been re-covered in October and that the hall had been used 212 times in the year, a record.
H 19.4.4 OPEN FORUM
P A parishioner asked what could be done about lorries using Cobb's Lane as a short cut. IC replied that a weight limit had been requested in 2017 and the council would ask GJ to take it up with the county. Another parishioner asked for the dog bin by the playing field to be emptied weekly; this will go to the next council meeting.
H 19.4.5 CLOSE
P The Chairman thanked the speakers and everyone for attending and closed the meeting at 7.55pm.
S 14
HC ORBSWORTH PARISH COUNCIL
HC MINUTES OF THE MEETING OF THE COUNCIL HELD AT 8.00PM ON WEDNESDAY 17 APRIL 2019 IN THE VILLAGE HALL
C (following the Annual Parish Meeting)
S 4
P <b>Present:</b> as above. <b>In attendance:</b> GJ, TW and 2 parishioners.
H 19.4.6 APOLOGIES
P Ruth Pegg (Clerk). DT took the minutes.
H 19.4.7 DECLARATIONS OF INTEREST
P CB declared a non-pecuniary interest in 19.4.11 (b) as a neighbour of the site.
H 19.4.8 MINUTES OF THE MEETING HELD ON 20 MARCH 2019
P Proposed IC, seconded RG; the minutes were approved and signed by the Chairman.
H 19.4.9 MATTERS ARISING
P Salt bin at the church: delivered and filled. Defibrillator training: 14 residents attended the session on 6 April.
H 19.4.10 POLICE REPORT
P No report had been received.
H 19.4.11 PLANNING
P (a) DC/19/0871/HH, 4 Tye Green – single storey rear extension. It was agreed to support the application.
P (b) DC/19/0902/FUL, land at Cobb's Lane – two detached dwellings. CB left the room. Members were concerned about the narrow lane and the loss of the hedge. It was agreed to object. CB returned.
H 19.4.12 FINANCE
P The following payments were approved (proposed SM, seconded DT): Clerk's salary April £287.50; HMRC £71.80; Orbsworth Village Hall, room hire £30.00; Tye Rural Grounds, grass cutting £210.00. The bank balance at 31 March 2019 was £14,605.22.
H 19.4.13 ANNUAL REVIEW OF THE ASSETS REGISTER
P Deferred to the May meeting as the Clerk was absent.
H 19.4.14 VILLAGE SIGN
P RG had obtained two quotations for repainting the village sign. It was proposed by RG, seconded by MW and agreed unanimously to accept the quotation of £380 from Heritage Signwriting.
H 19.4.15 CORRESPONDENCE
P The correspondence list was noted.
H 19.4.16 DATE OF NEXT MEETING
P Annual Meeting of the Council: Wednesday 15 May 2019 at 7.30pm in the Village Hall.
P The meeting closed at 9.05pm.
