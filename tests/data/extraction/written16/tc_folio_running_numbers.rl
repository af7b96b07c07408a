@title Full Council 17 September 2025
@font Helvetica
@fontsize 10
@numcol 16
@header Full Council 17 September 2025 Page {page}||{page}/25
@pageoffset 0
@footer Signed ........................................ (Mayor)          Date ....................
P <b>MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 17th SEPTEMBER 2025 AT 7PM IN THE COUNCIL CHAMBER, SHIRE HALL, TREFANNOG</b>
G <b>PRESENT:</b> | Cllr M Probert (Mayor) | Cllr S Beynon
G  | Cllr R Davies-Hale | Cllr H Harries
G  | Cllr E Lloyd | Cllr A Morgan
G  | Cllr Mrs J Owens | Cllr D Parry
G  | Cllr K Thomas | Cllr W Vaughan
G <b>APOLOGIES:</b> | Cllr G Evans | Cllr Mrs L Price
G  | Revd C Aubrey, Mayor’s Chaplain | County Cllr T Jenkins
P Mrs S Bevan (Town Clerk) and Mr G Wyn (Deputy Town Clerk) were in attendance. County Cllr N Rowlands was in attendance. PCSO Ffion Rees, Dyfed-Powys Police, was in attendance for minute 1416.
P Prior to the meeting, representatives of the Trefannog Walkers are Welcome group gave an overview of their application for accreditation and the waymarking proposed for the Castle Loop.
R 1412 | <b>DECLARATIONS OF INTEREST FROM MEMBERS</b>
R  | Cllr Parry declared a personal and prejudicial interest in minute 1419 as a trustee of the Riverside Hall. Cllr Vaughan declared a personal interest in minute 1418 (application 25/0611/PA) as a neighbour of the applicant.
R 1413 | <b>MINUTES OF THE LAST FULL COUNCIL MEETING</b>
R  | Cllr Lloyd asked that the minutes record that he had left the meeting before minute 1398. Proposed by Cllr Harries and seconded by Cllr Beynon.
R  | RESOLVED: The minutes of the Full Council meeting held on 16th July 2025, as amended, were confirmed and signed as a true record.
R 1414 | <b>MATTERS ARISING FROM THE RESOLUTIONS IN THE MINUTES OF 16 JULY 2025 NOT OTHERWISE ON THE AGENDA</b>
R  | Minute 1401 – Bus shelter, Heol y Castell. Cllr Harries asked whether the replacement glazing had been fitted. The Town Clerk, Mrs Bevan, reported that the contractor had fitted the panels on 4th September and that the invoice would be presented in October.
R  | Minute 1405 – Defibrillator cabinet, Market Square. Mrs Bevan reported that the cabinet had been registered on The Circuit.
R 1415 | <b>MAYOR’S ANNOUNCEMENTS</b>
R  | The Mayor, Cllr Probert, reported on his engagements since the last meeting, which had included the Carnival Day on 9th August, the opening of the refurbished skate park and a visit to the twinning partners in Plouzané. Members NOTED the Mayor’s announcements and thanked him for representing the Council.
R 1416 | <b>POLICE REPORT</b>
R  | PCSO Ffion Rees reported that there had been 23 crimes recorded in the town ward during July and August, compared with 31 for the same period last year. Anti-social behaviour around the Riverside car park had reduced since the lighting was repaired. Cllr Mrs Owens asked about parking on the pavement in Stryd Fawr near the school; PCSO Rees undertook to arrange joint patrols with the civil enforcement officers at the start of the school day.
R  | The report was NOTED.
R 1417 | <b>COUNTY COUNCILLORS’ REPORTS</b>
R  | County Cllr Rowlands reported that the County Council’s consultation on the Replacement Local Development Plan would close on 31st October and encouraged Members to respond. He confirmed that resurfacing of the A4075 through the town was programmed for the February half term.
R 1418 | <b>PLANNING APPLICATIONS</b>
R  | Cllr Vaughan left the chamber during consideration of application 25/0611/PA. Cllr Thomas, Chair of the Planning Working Group, presented the group’s observations.
TH Application | Location | Proposal | Observation
T 25/0598/PA | 14 Heol y Castell | Two storey rear extension | No objection
T 25/0611/PA | Glanrhyd, Ffordd y Bont | Detached garage and store | No objection
T 25/0620/LB | The Old Bank, Stryd Fawr | Replacement shopfront signage | Object – out of keeping with the conservation area
R  | RESOLVED: That the observations set out above be submitted to the County Council as local planning authority.
R 1419 | <b>RIVERSIDE HALL – REQUEST FOR GRANT AID TOWARDS THE REPLACEMENT OF THE HEATING SYSTEM</b>
R  | Cllr Parry, having declared an interest, left the chamber. The Deputy Town Clerk, Mr Wyn, introduced the request from the Riverside Hall Management Committee for £3,000 towards a replacement boiler costing £11,400. Cllr Morgan proposed that a grant of £1,500 be awarded from the community grants budget, seconded by Cllr Harries. Cllr Lloyd moved an amendment that the grant be £750 as the Hall had reserves of over £20,000; this was seconded by Cllr Beynon. The amendment was put to the vote and was LOST.
R  | RESOLVED: That a grant of £1,500 be awarded to the Riverside Hall Management Committee towards the cost of the replacement heating system.
R  | Cllr Parry returned to the chamber.
R 1420 | <b>SCHEDULE OF PAYMENTS AUGUST AND SEPTEMBER 2025</b>
R  | Mr Wyn presented the schedule of payments and the bank reconciliation to 31st August 2025.
TH Payee | Details | Amount
T Staff salaries | August 2025 | £6,214.80
T HMRC | PAYE/NI August 2025 | £1,603.12
T Clwyd Pension Fund | Employer contributions | £1,377.40
T Tywi Landscapes Ltd | Grounds maintenance contract | £2,910.00
T Festive Lighting Co | Deposit, Christmas lights 2025 | £4,800.00
T Western Power Distribution | Street lighting energy | £1,500.90
R  | RESOLVED: The schedule of payments totalling £18,406.22 was approved and the bank reconciliation was signed by the Mayor.
R 1421 | <b>CHRISTMAS LIGHTS AND LATE NIGHT SHOPPING EVENT 2025</b>
R  | Cllr Davies-Hale proposed that the switch-on be held on Friday 28th November with the late night shopping event, and that the Council meet the cost of a temporary road closure of Stryd Fawr. Cllr Thomas seconded. Cllr Mrs Owens requested a recorded vote.
R  | For: Cllrs Beynon, Davies-Hale, Harries, Morgan, Parry, Probert and Thomas. Against: Cllrs Lloyd and Mrs Owens. Abstained: Cllr Vaughan.
R  | The proposal was CARRIED.
R 1422 | <b>CORRESPONDENCE</b>
R  | The following correspondence was NOTED: letter from Trefannog Rugby Club thanking the Council for its support of the sevens tournament; One Voice Wales bulletin, August 2025; notice of the temporary closure of the public footpath TR/12/3 for bridge repairs.
R 1423 | <b>MOTION ON NOTICE – REVIEW OF THE 20MPH SPEED LIMIT ON THE B4302</b>
R  | Cllr Lloyd moved the motion on notice that the Council write to the County Council asking that the B4302 north of the bypass roundabout be returned to 30mph. Cllr Beynon seconded the motion. Cllr Harries spoke against, noting the number of young families on the Maesglas estate. On being put to the vote the motion was LOST (4 for, 6 against).
R 1424 | <b>DATE OF NEXT MEETING</b>
R  | Wednesday 15th October 2025 at 7pm in the Council Chamber.
P The meeting closed at 9.05pm.
