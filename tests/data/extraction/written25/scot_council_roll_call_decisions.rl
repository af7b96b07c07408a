@title Eskmuir Council 24/09/19 minutes
@font Helvetica
@fontsize 10.5
@header Eskmuir Council – 24/09/19
@footer {page}
HC MINUTES OF THE MEETING OF ESKMUIR COUNCIL
HC TUESDAY 24 SEPTEMBER 2019
HC COUNCIL CHAMBER, TOWN HOUSE, EASTLAW
S 6
H Committee Members Present:
P Provost S Dalgleish (Convener) Councillor T Baird Councillor L Bruce Councillor S Currie Councillor F Dugdale Councillor J Findlay Councillor A Forrest Councillor N Gilbert Councillor W Innes Councillor S Kempson Councillor G Mackett Councillor K McLeod Councillor F O’Donnell Councillor T Trotter Councillor J Williamson
H Council Officials Present:
P Mrs M Fairlie, Chief Executive Mr A Kinloch, Head of Council Resources Mr D Proudie, Head of Development Ms R Lorimer, Service Manager – Legal Mr P Vallance, Service Manager – Corporate Policy and Improvement Ms F Stenhouse, Committees Officer
H Visitors Present:
P None
H Clerk:
P Mrs L Gillespie
H Apologies:
P Councillor J Goodfellow
H Declarations of Interest:
P Councillor F Dugdale declared an interest in Item 5, as a trustee of the Eastlaw Town House Trust, and left the Chamber for that item.
S 4
P The clerk advised that the meeting was being filmed for live and subsequent broadcast on the Council’s website. She then recorded attendance by roll call.
H 1. MINUTES FOR APPROVAL – ESKMUIR COUNCIL, 27 AUGUST 2019
P The minutes of the meeting of Eskmuir Council held on 27 August 2019 were approved.
H 2. MINUTES FOR NOTING
P The minutes of the following meetings were noted: Local Review Body, 15 August 2019; Licensing Board, 22 August 2019; Eskmuir Integration Joint Board, 29 August 2019.
H 3. FINANCE UPDATE 2019/20 – QUARTER 1
P A report was submitted by the Depute Chief Executive (Resources and People Services) informing Council of the financial position at the end of June and seeking approval for amendments to the capital programme.
P Mr Kinloch presented the report. He advised that the General Services revenue budget was forecast to overspend by £1.1m, mainly because of demand pressures in children’s services, and that officers were working on recovery measures.
P Councillor Currie asked about the slippage on the Whinrig primary school. Mr Kinloch said the contractor had given a revised completion date of August 2021. Councillor Gilbert welcomed the report but called for a briefing on the recovery measures before the November meeting.
H Decision
P The Council agreed:
P (i) to note the financial position at the end of the first quarter; and
P (ii) to approve the amendments to the 2019/20 capital programme set out in Appendix 3 to the report.
H 4. NOTICE OF MOTION – CLIMATE EMERGENCY
P Councillor Findlay, seconded by Councillor McLeod, moved the following motion: “That Council declares a climate emergency and instructs the Chief Executive to bring forward a Climate Change Strategy by June 2020.”
P Councillor Innes moved an amendment, seconded by Councillor Kempson, to delete “by June 2020” and insert “following consultation with communities”. Councillor Findlay said she could not accept the amendment.
P The Provost moved to the vote on the motion and the amendment, taken by roll call:
G For the motion: | 9
G For the amendment: | 6
G Abstentions: | 0
S 4
P The motion was therefore carried.
H Decision
P The Council agreed to approve the motion.
H 5. ESKMUIR TOWN HOUSE – COMMON GOOD FUND APPLICATION
P A report was submitted by the Head of Development seeking approval of a grant of £48,000 from the Eastlaw Common Good Fund towards the repair of the Town House clock tower.
P Mr Proudie presented the report. Councillor Trotter asked whether other funders had been approached; Mr Proudie confirmed that Historic Environment Scotland had offered £20,000.
H Decision
P The Council agreed to award a grant of £48,000 from the Eastlaw Common Good Fund.
H 6. APPOINTMENTS TO OUTSIDE BODIES
P A report was submitted by the Head of Council Resources seeking nominations to fill two vacancies on outside bodies.
H Decision
P The Council agreed to appoint Councillor Bruce to the Eskmuir Tourism Partnership and Councillor Mackett to the Eskmuir and Tweed Valuation Joint Board.
H 7. SUBMISSIONS TO THE MEMBERS’ LIBRARY SERVICE, 13 AUGUST – 13 SEPTEMBER 2019
P A report was submitted by the Head of Council Resources noting the reports submitted to the Members’ Library since the last meeting of the Council.
H Decision
P The Council noted the reports submitted to the Members’ Library Service between 13 August and 13 September 2019.
S 6
H EXEMPT INFORMATION
P The Council unanimously agreed to exclude the public from the following business containing exempt information by virtue of Paragraph 1 (information relating to a particular employee) of Schedule 7A to the Local Government (Scotland) Act 1973.
H Development Service – Restructure
P A private report submitted by the Head of Development concerning the restructure of the Planning and Building Standards teams was approved.
S 10
P Signed ........................................................
P Provost Sandra Dalgleish
P Convener of Council
