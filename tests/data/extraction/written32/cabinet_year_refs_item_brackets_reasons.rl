@title Cabinet minutes 22 April 2025
@fontsize 10
@numcol 17
@footer Page {page}
H MINUTES OF THE MEETING OF THE CABINET HELD ON 22 APRIL 2025 AT 2.00 PM AT COUNTY HALL, MARKET SQUARE, FELSBURY.
I These minutes are subject to confirmation by the Cabinet at its next meeting.
P <b>Members:</b> (*present)
G *Martin Heyhoe (Chairman) | *Rebecca Lusted
G *Sinead Prowse (Vice-Chairman) | *Colin Tebbitt
G *Andrew Fairweather | Dominic Vaux
G *Harriet Ockenden | *Priya Wardell
P <b>Deputy Cabinet Members:</b> *Graham Sivyer, *Lucy Amhurst
P <b>Members in attendance:</b> Jonathan Kettlewell, Chairman of the Children, Families and Lifelong Learning Select Committee
H PART ONE IN PUBLIC
R 51/25 | <b>APOLOGIES FOR ABSENCE [Item 1]</b>
P Apologies were received from Dominic Vaux.
R 52/25 | <b>MINUTES OF PREVIOUS MEETING: 25 MARCH 2025 [Item 2]</b>
P These were agreed as a correct record of the meeting.
R 53/25 | <b>DECLARATIONS OF INTEREST [Item 3]</b>
P There were none.
R 54/25 | <b>PROCEDURAL MATTERS [Item 4]</b>
P There were no Members' questions. Two public questions had been received and the questions and responses were published in a supplement to the agenda. With regard to her public question, Mrs Carol Denning asked a supplementary question on the timescale for the reopening of Felsbury Lido. The Cabinet Member for Environment, Rebecca Lusted, said that she would provide a written response.
R 55/25 | <b>REPORTS FROM SELECT COMMITTEES, TASK GROUPS, LOCAL COMMITTEES AND OTHER COMMITTEES OF THE COUNCIL [Item 5]</b>
P Jonathan Kettlewell presented the report of the Children, Families and Lifelong Learning Select Committee on home to school transport, which made five recommendations to the Cabinet. The Cabinet Member for Education and Learning, Harriet Ockenden, thanked the Select Committee and said that a full response would be provided at the Cabinet meeting in June.
P <b>RESOLVED:</b>
P That the recommendations of the Select Committee be noted and that a response be brought to the Cabinet on 24 June 2025.
R 56/25 | <b>ADULT SOCIAL CARE FEES AND CHARGES 2025/26 [Item 6]</b>
P The Cabinet Member for Adults and Health, Colin Tebbitt, introduced the report, which set out the proposed uplift in fees paid to independent care providers for 2025/26 and the changes to the Council's charging policy. He explained that the uplift of 6.2% for residential care reflected the increase in the National Living Wage.
P The Leader, Martin Heyhoe, welcomed the consultation with providers which had informed the proposals.
P <b>RESOLVED:</b>
P 1. That the fee uplifts for independent sector care providers for 2025/26, as set out in Annex 1, be approved.
P 2. That the revised Adult Social Care Charging Policy be approved with effect from 1 June 2025.
P <b>Reason for decision:</b>
P To ensure that the Council meets its duties under the Care Act 2014 to promote a sustainable care market, and that charges are assessed fairly and consistently.
P (The decision on this item can be called in by the Adults and Health Select Committee)
R 57/25 | <b>HOME TO SCHOOL TRAVEL ASSISTANCE POLICY 2026/27 [Item 7]</b>
P The Cabinet Member for Education and Learning, Harriet Ockenden, introduced the report and explained that the policy followed a twelve-week public consultation to which 1,480 responses had been received. The proposal to withdraw discretionary transport for post-16 students had been removed in response to the consultation.
P Andrew Fairweather asked how families would be supported through the change to personal travel budgets, and the Cabinet Member explained that a dedicated travel assistance team would contact every family affected.
P <b>RESOLVED:</b>
P 1. That the Home to School Travel Assistance Policy 2026/27, as set out in Annex 2, be approved.
P 2. That authority be delegated to the Director of Education, in consultation with the Cabinet Member for Education and Learning, to make minor amendments to the policy before publication.
P <b>Reason for decision:</b>
P The revised policy meets the Council's statutory duties while making the best use of the resources available, and responds to the views expressed in the consultation.
P (The decision on this item can be called in by the Children, Families and Lifelong Learning Select Committee)
R 58/25 | <b>FELSBURY TOWN CENTRE REGENERATION: ACQUISITION OF 14-18 HIGH STREET [Item 8]</b>
P The Deputy Leader, Sinead Prowse, introduced the report, which sought approval to acquire the former department store at 14-18 High Street, Felsbury, as the first phase of the town centre regeneration programme. Details of the financial terms were set out in the Part 2 report (minute 62/25).
P <b>RESOLVED:</b>
P That the acquisition of 14-18 High Street, Felsbury, be approved in principle, subject to the terms set out in the Part 2 report.
P <b>Reason for decision:</b>
P The acquisition will enable the Council to secure the redevelopment of a key vacant site in Felsbury town centre.
P (The decision on this item can be called in by the Communities, Environment and Highways Select Committee)
R 59/25 | <b>2024/25 MONTH 11 (FEBRUARY) FINANCIAL REPORT [Item 9]</b>
P The Cabinet Member for Finance and Resources, Priya Wardell, introduced the report, which showed a forecast overspend of £6.4m against the revenue budget, principally in children's placements.
P <b>RESOLVED:</b>
P 1. That the Council's forecast revenue and capital budget positions for the year be noted.
P 2. That the capital budget virements set out in Annex 3 be approved.
P <b>Reason for decision:</b>
P This report is presented to comply with the agreed policy of providing a monthly budget monitoring report to the Cabinet for approval of any necessary actions.
P (The decision on this item can be called in by the Resources and Performance Select Committee)
R 60/25 | <b>CABINET MEMBER DECISIONS TAKEN SINCE THE LAST CABINET MEETING [Item 10]</b>
P <b>RESOLVED:</b>
P That the decisions taken by Cabinet Members since the last meeting, as set out in Annex 4, be noted.
R 61/25 | <b>EXCLUSION OF THE PUBLIC [Item 11]</b>
P <b>RESOLVED:</b> That under Section 100(A) of the Local Government Act 1972 the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information under paragraph 3 of Part 1 of Schedule 12A of the Act.
H PART TWO – IN PRIVATE
R 62/25 | <b>FELSBURY TOWN CENTRE REGENERATION: ACQUISITION OF 14-18 HIGH STREET [Item 12]</b>
P <b>RESOLVED:</b>
P That the acquisition of 14-18 High Street, Felsbury, be approved on the terms set out in the submitted report.
P <b>Reason for decision:</b>
P As set out in the Part 1 report (minute 58/25).
P (The decision on this item can be called in by the Communities, Environment and Highways Select Committee)
R 63/25 | <b>PUBLICITY FOR PART 2 ITEMS [Item 13]</b>
P It was agreed that non-exempt information may be made available to the press and public, where appropriate.
P Meeting closed at 3.37 pm
S 12
P ______________________________ Chairman
