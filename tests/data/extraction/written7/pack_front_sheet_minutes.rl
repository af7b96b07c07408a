@title Public Pack Agenda Document for Housing and Wellbeing Committee, 20/11/2025 18:00
@font Helvetica
@fontsize 10
@numcol 14
G  | <b>Public Document Pack</b>
G <b>Wealdmouth District Council</b> | Civic Centre, Maltings Road, Wealdmouth BN19 4PQ<br/>Tel: (01903) 900500<br/>e-mail: committees@wealdmouth.gov.uk
P Committee Manager: Sian Brockway (Ext 37613)
P 10 November 2025
HC HOUSING AND WELLBEING COMMITTEE
P A meeting of the Housing and Wellbeing Committee will be held in the Council Chamber at the Wealdmouth Civic Centre, Maltings Road, Wealdmouth BN19 4PQ on <b>Thursday 20 November 2025 at 6.00 pm</b> and you are requested to attend.
P <i>Members:</i> Councillors Pettigrew (Chair), Okafor (Vice-Chair), Bance, Dymott, Hussey, Lambourne, Mercer, Quarrie and Yeo
P <b>PLEASE NOTE:</b> Where public meetings are webcast, the meeting will be recorded and published on the Council’s website. By attending the meeting you consent to being filmed or recorded. Members of the public wishing to speak under Public Question Time must give notice by 5.15 pm on Friday 14 November 2025.
P Daniel Rowbotham<br/>Chief Executive
PB
HC AGENDA
R 1. | <b>APOLOGIES FOR ABSENCE</b>
R 2. | <b>DECLARATIONS OF INTEREST</b><br/>Members and Officers are invited to make any declaration of pecuniary, personal and/or prejudicial interests that they may have in relation to items on this agenda, and are reminded that they should re-declare their interest before consideration of the item or as soon as the interest becomes apparent.<br/>Members and Officers should make their declaration by stating:<br/>a) the item they have the interest in<br/>b) whether it is a pecuniary, personal and/or prejudicial interest<br/>c) the nature of the interest
R 3. | <b>MINUTES</b> (Pages 1 - 4)<br/>To approve as a correct record the Minutes of the meeting of the Committee held on 18 September 2025.
R 4. | <b>ITEMS NOT ON THE AGENDA THAT THE CHAIR OF THE MEETING IS OF THE OPINION SHOULD BE CONSIDERED AS A MATTER OF URGENCY BY REASON OF SPECIAL CIRCUMSTANCES</b>
R 5. | <b>PUBLIC QUESTION TIME</b><br/>To receive questions from the public (for a period of up to 15 minutes).
R 6. | <b>HOUSING REVENUE ACCOUNT BUDGET MONITORING – QUARTER 2</b><br/>(Report to follow)
R 7. | <b>TEMPORARY ACCOMMODATION PROCUREMENT UPDATE</b> (Pages 5 - 6)<br/>This report updates the Committee on the purchase of homes for temporary accommodation under the programme approved in March 2025.
R 8. | <b>WORK PROGRAMME</b><br/>The Committee is asked to note its work programme for 2025/26, which will be tabled.
P <i>Note: Reports are attached for all Members of the Committee only and the press (excluding exempt items). Copies of reports can be obtained on request from the Committee Manager.</i>
PB
P <para alignment="right"><b>Agenda Item 3</b></para>
HC HOUSING AND WELLBEING COMMITTEE
C 18 September 2025 at 6.00 pm
P <b>Present:</b> Councillors Pettigrew (Chair), Okafor (Vice-Chair), Bance, Dymott, Hussey, Lambourne, Mercer and Yeo
P Councillor Farrant was also in attendance for all or part of the meeting.
P <i>[Note: Councillor Hussey was absent from the meeting during consideration of the matters referred to in Minutes 298 to 302]</i>
R 298. | <b>WELCOME</b><br/>The Chair welcomed Councillors, members of the public, press and officers to the meeting.
R 299. | <b>APOLOGIES FOR ABSENCE</b><br/>Apologies for absence had been received from Councillor Quarrie.
R 300. | <b>DECLARATIONS OF INTEREST</b><br/>Councillor Mercer declared a personal interest in Agenda Item 8 [Tenancy Strategy 2025-2030] as a tenant of a housing association property in the district.
R 301. | <b>MINUTES</b><br/>The minutes of the meeting held on 17 July 2025 were approved by the Committee as a correct record and signed by the Chair.
R 302. | <b>PUBLIC QUESTION TIME</b><br/>The Chair confirmed that one question had been submitted, from Mr Colin Ashdown, regarding the time taken to respond to reports of damp in council flats at Harbour Court. Mr Ashdown asked his question and the Chair provided a response.<br/>(A schedule of the question asked and the response provided can be found on the Public Question Time web page of the Council’s website.)
R 303. | <b>HOUSING REVENUE ACCOUNT BUDGET MONITORING – QUARTER 1</b><br/>Upon the invitation of the Chair, the Group Head of Finance presented the report, which forecast an underspend of £212,000 on the Housing Revenue Account, mainly from vacant posts. Councillor Dymott asked about the rent lost on empty homes and Councillor Yeo asked when the repairs contract would be retendered; both were answered by the Group Head of Housing.<br/>The Committee noted the report.
R 304. | <b>TENANCY STRATEGY 2025-2030</b><br/>The Group Head of Housing introduced the draft strategy. The Recommendation was proposed by Councillor Okafor and seconded by Councillor Bance. Councillor Lambourne proposed an amendment that five-year flexible tenancies be removed from the strategy, which was seconded by Councillor Yeo. Having been put to the vote the amendment was declared LOST. The substantive Recommendation was then put to the vote and was declared CARRIED.<br/>The Committee<br/><b>RESOLVED</b> that the Tenancy Strategy 2025-2030 be approved.
R 305. | <b>UPDATE ON THE DAMP AND MOULD POLICY AND ON RESPONSE TIMES FOR REPAIRS REPORTED BY COUNCIL TENANTS</b><br/>The Repairs Manager gave a presentation. Councillor Mercer welcomed the fall in open cases but said that tenants at Harbour Court still waited too long for a first visit. The Committee noted the update and AGREED that a further report on response times be brought to its January 2026 meeting.
R 306. | <b>OUTSIDE BODIES – FEEDBACK FROM MEETINGS</b><br/>Councillor Yeo reported back from the meeting of the Wealdmouth Citizens Advice trustees held on 2 September 2025. The Committee noted the feedback.
R 307. | <b>WORK PROGRAMME</b><br/>The Committee noted its work programme for 2025/26.
P (The meeting concluded at 7.48 pm)
S 20
P CHAIR
PB
P <para alignment="right"><b>Agenda Item 7</b></para>
HC WEALDMOUTH DISTRICT COUNCIL
G <b>REPORT TO:</b> | Housing and Wellbeing Committee – 20 November 2025
G <b>SUBJECT:</b> | Temporary Accommodation Procurement Update
G <b>LEAD OFFICER:</b> | Moira Tregunna, Group Head of Housing
G <b>LEAD MEMBER:</b> | Councillor Pettigrew, Chair of the Housing and Wellbeing Committee
G <b>WARDS:</b> | All
H 1. PURPOSE OF REPORT
P 1.1 This report updates the Committee on the purchase of homes for use as temporary accommodation under the programme approved in March 2025, and on the savings made against nightly-paid bed and breakfast placements.
H 2. RECOMMENDATIONS
P 2.1 The Committee is recommended to note the progress of the programme and the savings set out in section 4.
H 3. EXECUTIVE SUMMARY
P 3.1 Eleven of the sixteen homes in the programme have been bought and nine are occupied. The average cost per household per week has fallen from £455 in bed and breakfast to £190.
H 4. DETAIL
P 4.1 The remaining five purchases are expected to complete by March 2026. The full-year saving on the temporary accommodation budget is forecast at £318,000.
