@title Licensing and Regulatory Committee minutes 26 January 2016
@font Helvetica
@fontsize 10
@numcol 24
@header_first 
@header Licensing and Regulatory Committee – 26 January 2016
@footer Chairman's initials ..........||{page}
HC TARNBRIDGE BOROUGH COUNCIL
HC LICENSING AND REGULATORY COMMITTEE
P Minutes of the meeting of the Licensing and Regulatory Committee held in the Ellison Room, Tarnbridge Town Hall on Tuesday 26 January 2016 at 7.00 pm
P <b>PRESENT:</b> Councillor Mrs V Hibbert (Chairman); Councillors B Crowther, A Dawes, Mrs S Fryer (Vice-Chairman), P Gledhill, K Lomas, Mrs E Nuttall, D Shackleton and R Whiteley
P <b>OFFICERS:</b> Mr M Eastwood (Licensing Manager), Mrs J Pickles (Senior Licensing Officer), Ms H Barraclough (Solicitor) and Mr T Sykes (Democratic Services Officer)
S 4
R <b>Minute No.</b> | <b>Subject</b>
R LR/45 | <b>APOLOGIES FOR ABSENCE</b><br/>Apologies for absence were received from Councillors J Ackroyd and N Hirst.
R LR/46 | <b>DECLARATIONS OF INTEREST</b><br/>Councillor Lomas declared a personal interest in Minute LR/48 as his son holds a private hire driver's licence issued by the Council.
R LR/47 | <b>MINUTES OF THE MEETING HELD ON 24 NOVEMBER 2015</b><br/><b>RESOLVED</b> – That the minutes of the meeting held on 24 November 2015 be approved as a correct record and signed by the Chairman.
R LR/48 | <b>HACKNEY CARRIAGE AND PRIVATE HIRE LICENSING POLICY – CONSULTATION RESPONSES</b><br/>The Licensing Manager presented a report summarising the 46 responses to the consultation on the revised Hackney Carriage and Private Hire Licensing Policy, including the proposal to require all vehicles to be under ten years old at first licensing.<br/>Mr F Rashid, Chairman of the Tarnbridge Taxi Association, addressed the Committee and asked that the age limit be phased in over three years.<br/>Councillor Whiteley moved that the age limit be introduced from 1 April 2017 rather than 1 April 2016. This was seconded by Councillor Dawes and, on being put to the vote, was carried.<br/><b>RESOLVED</b> – That the revised Hackney Carriage and Private Hire Licensing Policy, as amended, be recommended to Council for adoption, with the vehicle age limit taking effect from 1 April 2017.
R LR/49 | <b>GAMBLING ACT 2005 – STATEMENT OF PRINCIPLES 2016-2019</b><br/>The Senior Licensing Officer presented the draft Statement of Principles, which had been updated to include a local area profile. Councillor Mrs Nuttall asked whether the local area profile would be reviewed annually, and the Senior Licensing Officer confirmed that it would.<br/><b>RESOLVED</b> – That the Statement of Principles be recommended to Council for approval.
R LR/50 | <b>STREET TRADING CONSENT FEES 2016/17</b><br/>The Licensing Manager presented the proposed fees for street trading consents for 2016/17.<br/>Councillor Gledhill proposed that the fee for a one-day charity consent be waived. Councillor Crowther seconded the proposal, which was carried by 6 votes to 3.<br/><b>RESOLVED</b> – That the fees set out in Appendix 1 be approved, subject to the waiver of the fee for one-day charity consents.
R LR/51 | <b>LICENSING SUB-COMMITTEE DECISIONS</b><br/>The Committee received a schedule of the decisions of the Licensing Sub-Committee made between 1 October and 31 December 2015.<br/>The schedule was NOTED.
R LR/52 | <b>ANIMAL WELFARE LICENSING – DOG BREEDING ESTABLISHMENTS</b><br/>The Chairman announced that this item had been withdrawn pending the publication of the Government's new regulations.
R LR/53 | <b>EXCLUSION OF THE PUBLIC</b><br/><b>RESOLVED</b> – That the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.
R LR/54 | <b>APPLICATION FOR A PRIVATE HIRE OPERATOR'S LICENCE – APPLICANT REF. PHO/15/22</b><br/>The Senior Licensing Officer presented the exempt report. The applicant attended and answered questions from Members. The Solicitor advised the Committee on the test of whether the applicant was a fit and proper person.<br/><b>RESOLVED</b> – That the application for a private hire operator's licence be refused, for the reasons set out in the exempt report.
S 10
P The meeting closed at 8.42 pm.
P Chairman ................................................
