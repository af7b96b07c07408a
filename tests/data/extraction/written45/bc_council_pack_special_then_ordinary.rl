@title Council 7 November 2023 - agenda pack
@fontsize 10.5
@header 
@footer Page {page}
HC Hollowmere &amp; Brantwell Borough Council
C Brantwell Civic Centre, Station Road, Brantwell
S 18
P Date: 30 October 2023
P To: Members of the Council
P Dear Member,
P You are summoned to attend a meeting of the <b>COUNCIL</b> in the <b>Council Chamber, Brantwell Civic Centre</b> on <b>TUESDAY, 7 NOVEMBER 2023</b> at <b>6.30 pm</b> for the purpose of transacting the business set out in the agenda below.
P The meeting will be broadcast live on the Council's website and a recording will be available for twelve months.
S 8
P Yours sincerely
P Rachel Voce
P Democratic Services Manager
S 10
I Fire evacuation: if the alarm sounds, please leave by the nearest exit and assemble in the front car park. Do not use the lifts.
PB
HC COUNCIL – 7 NOVEMBER 2023
HC AGENDA
R 1. | <b>Apologies and substitutions</b>
R 2. | <b>Minutes of previous meetings</b> (Pages 3 - 5)<br/>To confirm the minutes of the extraordinary meeting and the ordinary meeting of the Council held on 12 September 2023.
R 3. | <b>Additional urgent business by reason of special circumstances</b><br/>To be advised of any additional items of business which the Mayor decides by reason of special circumstances shall be taken as matters of urgency at this meeting.
R 4. | <b>Declarations of interest</b><br/>To receive verbally from Members any disclosures which they are required to make in accordance with the Council's code of conduct.
R 5. | <b>Mayor's communications</b>
R 6. | <b>Questions</b><br/>To hear any questions in accordance with Council Procedure Rule 11.
R 7. | <b>Leader of the Council's position statement</b>
R 8. | <b>Council Tax Support Scheme 2024/25</b> (Page 6)<br/>Report of the Head of Finance.
R 9. | <b>Appointments to outside bodies</b> (Page 7)<br/>Report of the Head of Legal and Democratic Services.
R 10. | <b>Motions received in accordance with Council Procedure Rule 13</b><br/>(a) From Councillor Mottram: Climate resilience of the Brantwell Brook catchment.
PB
P Agenda Item 2
HC HOLLOWMERE AND BRANTWELL BOROUGH COUNCIL
HC EXTRAORDINARY MEETING OF THE COUNCIL
HC 12 SEPTEMBER 2023 AT 6.15 PM
P <b>PRESENT:</b> Cllr Mrs P Ashworth – Mayor, Cllr D Kettleby – Deputy Mayor, Cllr R Allard, Cllr Mrs J Bebbington, Cllr T Chamberlain, Cllr S Dakin, Cllr Mrs L Everitt, Cllr K Fennimore, Cllr M Goacher, Cllr A Hipwell, Cllr Mrs C Ingleby, Cllr N Jarvis, Cllr P Kirkland, Cllr J Mottram, Cllr B Nuttall, Cllr Mrs H Oakden, Cllr G Pochin, Cllr W Radford, Cllr Mrs E Sheasby and Cllr L Toon
P <b>Officers in attendance:</b> Fiona Dunleavy (Chief Executive), Gareth Pilling (Head of Legal and Democratic Services) and Rachel Voce (Democratic Services Manager)
I Special meeting convened under section 249 of the Local Government Act 1972 to confer the title of Honorary Alderman.
R 115. | <b>APOLOGIES</b>
P Apologies for absence were submitted on behalf of Councillors Mrs R Lowther, F Upton and Mrs A Varnam.
R 116. | <b>DECLARATIONS OF INTEREST</b>
P No interests were declared.
R 117. | <b>CONFERMENT OF THE TITLE OF HONORARY ALDERMAN</b>
P Under section 249 of the Local Government Act 1972, the Council was asked to confer the title of Honorary Alderman on two former councillors, Mr Leonard Pilsbury and Mrs Dorothy Brakes, in recognition of their eminent service to the borough over a combined period of 46 years.
P Councillor Nuttall paid tribute to Mr Pilsbury's long service on the planning committee and his work for the Hollowmere carnival. Councillor Mrs Everitt spoke of Mrs Brakes's time as Mayor in 2009/10 and her support for the Brantwell foodbank.
P It was moved by Councillor Nuttall, seconded by Councillor Mrs Everitt and unanimously
P <b>RESOLVED</b> – the title of Honorary Alderman be conferred upon Mr Leonard Pilsbury and Mrs Dorothy Brakes.
P The Mayor presented each of them with a badge and a scroll bearing the Council's common seal.
S 6
P (The meeting closed at 6.27 pm)
S 14
P MAYOR
PB
HC HOLLOWMERE AND BRANTWELL BOROUGH COUNCIL
HC COUNCIL
HC 12 SEPTEMBER 2023 AT 6.30 PM
P <b>PRESENT:</b> As for the extraordinary meeting held at 6.15 pm.
P <b>Officers in attendance:</b> Fiona Dunleavy (Chief Executive), Gareth Pilling (Head of Legal and Democratic Services), Imran Choudry (Head of Finance), Helen Stafford (Planning Policy Manager) and Rachel Voce (Democratic Services Manager)
R 118. | <b>PRAYER</b>
P The Reverend Canon Margaret Ollerton, the Mayor's Chaplain, offered prayer.
R 119. | <b>APOLOGIES</b>
P Apologies for absence were submitted on behalf of Councillors Mrs R Lowther, F Upton and Mrs A Varnam.
R 120. | <b>MINUTES OF THE PREVIOUS MEETING</b>
P It was moved by Councillor Kettleby, seconded by Councillor Goacher and
P <b>RESOLVED</b> – the minutes of the meeting held on 11 July 2023 be confirmed and signed by the Mayor.
R 121. | <b>DECLARATIONS OF INTEREST</b>
P Councillor Jarvis declared a non-registerable interest in minute 126 as the owner of land adjoining one of the sites proposed for allocation, and left the meeting during that item.
R 122. | <b>MAYOR'S COMMUNICATIONS</b>
P The Mayor reported on the civic service held at St Cuthbert's Church on 3 September and thanked Members for supporting her charity quiz, which had raised £1,930 for the Brantwell Hospice at Home service.
R 123. | <b>QUESTIONS</b>
P Councillor Pochin asked the Executive Member for Street Scene when the replacement of the litter bins in Hollowmere Market Place would be completed. Councillor Hipwell replied that the new bins had been ordered and would be installed before the end of October.
R 124. | <b>LEADER OF THE COUNCIL'S POSITION STATEMENT</b>
P The Leader of the Council, Councillor Chamberlain, updated Members on the government's decision on the Levelling Up bid for Brantwell Station Quarter, the recruitment of a new Director of Place and the Council's response to the county-wide review of bus services.
R 125. | <b>CORPORATE PEER CHALLENGE – ACTION PLAN</b>
P Members received the action plan prepared in response to the recommendations of the corporate peer challenge team which visited the Council in June 2023. Councillor Dakin welcomed the emphasis on member development but asked that progress be reported to the Scrutiny Commission every six months.
P It was moved by Councillor Chamberlain, seconded by Councillor Kettleby and
P <b>RESOLVED</b> – the action plan be approved and progress be reported to the Scrutiny Commission every six months.
R 126. | <b>LOCAL PLAN – REGULATION 19 CONSULTATION</b>
P Members considered a report seeking approval to publish the pre-submission draft Local Plan for consultation. The Planning Policy Manager outlined the main changes since the previous draft, including the removal of the site north of Coldharbour Lane.
P An amendment was moved by Councillor Radford and seconded by Councillor Mrs Sheasby that the allocation at Pexton Farm be deleted. Upon being put to the vote, the amendment was LOST (12 for, 19 against).
P It was then moved by Councillor Chamberlain, seconded by Councillor Kirkland and
P <b>RESOLVED</b> – the pre-submission draft Local Plan be published for consultation for a period of six weeks.
R 127. | <b>MOTIONS</b>
P It was moved by Councillor Mottram and seconded by Councillor Toon that the Council write to the Environment Agency asking for an early review of flood defences on the Brantwell Brook. Councillor Hipwell spoke in support. The motion was put to the vote and CARRIED.
S 6
P (The meeting closed at 8.14 pm)
S 14
P MAYOR
PB
P Agenda Item 8
HC COUNCIL – 7 NOVEMBER 2023
G Report of: | Head of Finance
G Subject: | Council Tax Support Scheme 2024/25
G Wards affected: | All wards
S 6
H 1. PURPOSE OF REPORT
P 1.1 To seek approval of the local Council Tax Support scheme for working-age households for the financial year 2024/25.
H 2. RECOMMENDATION
P 2.1 That Council adopts the Council Tax Support scheme for 2024/25 with the changes to the income bands set out in paragraph 3.4.
H 3. BACKGROUND TO THE REPORT
P 3.1 The Council is required to review its scheme each year and to consult the major preceptors before making any change.
P 3.2 Consultation ran from 4 September to 15 October 2023 and 187 responses were received, 68% of which supported the proposed banded scheme.
P 3.3 The scheme for pensioners is prescribed nationally and is not affected by this report.
P 3.4 It is proposed that each income band be increased by 6.7% in line with the uprating of welfare benefits, so that households do not lose support as a result of benefit increases alone.
H 4. FINANCIAL IMPLICATIONS
P 4.1 The estimated cost of the scheme in 2024/25 is £6.82 million, shared between the Council and the major preceptors in proportion to their shares of the council tax.
H 5. BACKGROUND PAPERS
P 5.1 Consultation responses (held by the Revenues and Benefits Partnership).
PB
P Agenda Item 9
HC COUNCIL – 7 NOVEMBER 2023
G Report of: | Head of Legal and Democratic Services
G Subject: | Appointments to outside bodies – Brantwell Almshouses Trust and Hollowmere Sports Council
G Wards affected: | Brantwell Central; Hollowmere North
S 6
H 1. PURPOSE OF REPORT
P 1.1 To fill two vacancies for Council representatives on outside bodies arising from the resignation of a Member.
H 2. RECOMMENDATIONS
P 2.1 That Council appoints one Member to serve as a trustee of the Brantwell Almshouses Trust until May 2027.
P 2.2 That Council appoints one Member to the Hollowmere Sports Council until May 2024.
H 3. BACKGROUND TO THE REPORT
P 3.1 The Council appoints two of the seven trustees of the Brantwell Almshouses Trust. Trustees must act in the interests of the charity and not of the Council.
P 3.2 The Hollowmere Sports Council distributes small grants to clubs in the town and meets four times a year.
H 4. FINANCIAL IMPLICATIONS
P 4.1 None arising directly from this report.
