@title LS 220823
@font Helvetica
@fontsize 10.5
@numcol 14
@header LS||
@footer {page}
HC MINUTES OF A MEETING OF THE LICENSING SUB-COMMITTEE HELD IN THE COUNCIL CHAMBER, WALLBRIDGE HOUSE, STORTMERE ON TUESDAY 22 AUGUST 2023, AT 10.00 AM
S 6
G <b>PRESENT:</b> | Councillor M Pelling (Chairman)
G  | Councillors D Ashworth and R Kinnaird
G <b>OFFICERS IN ATTENDANCE:</b> | Ruth Dandridge - Licensing Officer
G  | Simon Keal - Legal Adviser
G  | Lisa Crouch - Democratic Services Officer
G <b>ALSO IN ATTENDANCE:</b> | Mr Anil Seth - Agent for the applicant
G  | Ms Petra Vine - Applicant
G  | Mr and Mrs Colwell - Objectors
G  | Mrs June Aske - Objector
S 8
R 14 | <b>APPOINTMENT OF CHAIRMAN</b>
P It was proposed by Councillor Ashworth and seconded by Councillor Kinnaird that Councillor Pelling be appointed Chairman for the meeting. After being put to the meeting and a vote taken, the motion was declared CARRIED.
P <b>RESOLVED</b> – that Councillor Pelling be appointed Chairman for the meeting.
R 15 | <b>APOLOGIES</b>
P There were no apologies for absence.
R 16 | <b>CHAIRMAN'S ANNOUNCEMENTS</b>
P The Chairman asked everyone who spoke to use the microphones, as the hearing was being recorded, and explained that the Sub-Committee would not consider any new evidence that had not been sent to all parties before the hearing.
R 17 | <b>DECLARATIONS OF INTEREST</b>
P There were no declarations of interest.
R 18 | <b>SUMMARY OF PROCEDURE</b>
P The Chairman referred to the summary of the procedure for the hearing at pages 5 – 9 of the agenda pack. All parties confirmed that they had read it.
R 19 | <b>APPLICATION FOR A NEW PREMISES LICENCE – THE OLD MALTINGS, 4 BRIDGE STREET, HATCHLEY END</b>
P The Licensing Officer summarised the application, which was for the sale of alcohol on and off the premises from 11.00 am to 11.00 pm daily and for recorded music indoors until 10.30 pm. Representations had been received from three residents of Bridge Street and Mill Yard. The Police and the Environmental Health service had made no representations after the applicant agreed the conditions set out in Appendix C to the report.
P Mr Seth, for the applicant, said that Ms Vine intended a small wine bar and delicatessen, with most trade in the early evening. There would be no music in the courtyard and the courtyard would be cleared of customers by 9.00 pm. Deliveries would be made from Bridge Street and not from Mill Yard.
P Councillor Kinnaird asked how many customers the courtyard would hold. Ms Vine said there would be six tables and no more than twenty-four people at any time.
P Mrs Aske said that the courtyard backed on to her bedroom window and that noise from the former restaurant on the site had kept her awake in summer. Mr Colwell said that Mill Yard was narrow and that customers' cars already blocked the entrance on Friday evenings.
P Councillor Ashworth asked whether the applicant would accept a condition that the rear gate to Mill Yard be kept locked after 7.00 pm. Mr Seth said that the applicant would accept that condition.
P The Legal Adviser reminded the Sub-Committee that it must decide the application on the promotion of the four licensing objectives and that parking was a matter for the highway authority, not for this hearing.
P The Sub-Committee withdrew at 11.40 am to consider the application and returned at 12.25 pm. The Chairman read out the decision, the full reasons for which would be sent to all parties within five working days.
P <b>RESOLVED</b> – that the application be granted subject to the conditions in Appendix C to the report and the following further conditions:
P (A) customers must not use the courtyard after 9.00 pm;
P (B) the rear gate to Mill Yard must be kept locked from 7.00 pm until the premises close; and
P (C) a notice asking customers to leave quietly must be displayed at each exit.
R 20 | <b>APPLICATION TO VARY A PREMISES LICENCE – THE GREEN MAN, CHURCH STREET, STORTMERE</b>
P The Licensing Officer reported that the only representation had been withdrawn on 18 August after the applicant agreed to reduce the hours for live music, so a hearing was no longer required. The Sub-Committee noted that the variation would be granted by officers under delegated authority.
S 10
P The meeting closed at 12.40 pm
S 16
P Chairman ............................................
P Date ...................................................
