@title Council Minute Book 16 December 2010
@font Helvetica
@fontsize 10
@numcol 14
@footer Page {page}
@pageoffset 209
HC WEST MARLSHIRE AND TARNFORD COUNCIL
S 4
HC COUNCIL MINUTE BOOK – COMMITTEE MINUTES FOR SUBMISSION TO COUNCIL
C (INCLUDING HARROWBY PARK TRUST SUB-COMMITTEE)
S 6
C Council – Thursday, 16th December, 2010
S 14
G <b>Contents</b> | <b>Page No</b>
G Minutes of meetings |
G Minutes of meeting Tuesday, 21st September, 2010 of Staffing Committee | (Page 211)
G Minutes of meeting Tuesday, 28th September, 2010 of Licensing Committee | (Page 212)
G Harrowby Park Trust Sub-Committee – no meeting held in this cycle |
PB
H Staffing Committee
P Tuesday, 21st September, 2010
S 4
P <b>PRESENT:</b> Councillors Brian Oldcastle (Chairman), Philip Hurd (Vice-Chairman), Maureen Dace, Sandra Kettley, Ravi Sandhu and Jonathan Wyke
P <b>Officers in attendance:</b> Head of Human Resources (Ms Lorraine Pickup), Monitoring Officer (Mr Colin Bateman) and Democratic Services Officer (Mrs Alison Dodd)
S 4
R 18 | <b>APOLOGIES FOR ABSENCE</b>
P Apologies for absence were received from Councillor Glenda Fairclough.
R 19 | <b>DECLARATIONS OF INTEREST</b>
P Councillor Kettley declared a personal interest in minute 21 as her daughter is employed in the Regeneration Service. She remained in the meeting but did not vote.
R 20 | <b>MINUTES</b>
P RESOLVED: That the minutes of the meeting held on 13th July 2010 be approved as a correct record and signed by the Chairman.
R 21 | <b>ESTABLISHMENT CHANGES – REGENERATION SERVICE</b>
P The Head of Human Resources presented a report proposing the deletion of two vacant Project Officer posts and the creation of a Town Centre Manager post at Grade 9, funded for two years from the Performance Reward Grant. Councillor Hurd asked whether the post would first be advertised to staff at risk of redundancy and the Head of Human Resources confirmed that it would.
P RESOLVED: That (1) the establishment changes set out in Appendix A to the report be approved; and (2) the Town Centre Manager post be ring-fenced in the first instance to staff on the redeployment register.
R 22 | <b>REVIEW OF THE CAR ALLOWANCE SCHEME</b>
P The Committee considered a report of the Head of Human Resources on options for replacing the essential user lump sum with a mileage-only scheme. Councillor Wyke moved and Councillor Dace seconded that the matter be deferred so that the consultation with the trade unions could be completed. On being put to the vote the motion was carried.
P RESOLVED: That consideration of the review be deferred to the meeting on 23rd November 2010.
R 23 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b>
P RESOLVED: That the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.
R 24 | <b>SENIOR MANAGEMENT ARRANGEMENTS</b>
P The Monitoring Officer reported on the interim arrangements made by the Chief Executive following the resignation of the Director of Community Services.
P RESOLVED: That the interim arrangements be noted.
S 8
P The meeting commenced at 2.00 pm and concluded at 3.10 pm
P Chairman
PB
H Licensing Committee
P Tuesday, 28th September, 2010
S 4
P <b>PRESENT:</b> Councillors Elaine Mottram (Chairman), Keith Ashdown, Harjit Dhillon, Gareth Nuttall, Brian Oldcastle, Stuart Pover and Pauline Threlfall
P <b>Officers in attendance:</b> Licensing Manager (Mr Dean Kershaw), Solicitor (Ms Farah Iqbal) and Democratic Services Officer (Mrs Alison Dodd)
P <b>Also present:</b> Mr Tony Critchlow, Tarnford Hackney Carriage Association (for minute 12)
S 4
R 9 | <b>APOLOGIES FOR ABSENCE AND SUBSTITUTES</b>
P Apologies were received from Councillor Mary Colclough. Councillor Pover attended as her substitute.
R 10 | <b>DECLARATIONS OF INTEREST</b>
P No declarations of interest were made.
R 11 | <b>MINUTES</b>
P RESOLVED: That the minutes of the meeting held on 29th June 2010 be approved as a correct record.
R 12 | <b>HACKNEY CARRIAGE FARES REVIEW</b>
P The Licensing Manager introduced the annual review of the table of fares. The trade had asked for an increase of 4.5% to reflect fuel and insurance costs. Mr Critchlow addressed the Committee on behalf of the Association in support of the request.
P Councillor Ashdown moved, and Councillor Dhillon seconded, that the fares be increased by 4.5% from 1st December 2010. Councillor Threlfall moved an amendment, seconded by Councillor Nuttall, that the increase be limited to 3%. On being put to the vote the amendment was lost. The substantive motion was then put and carried.
P RESOLVED: That the table of fares be increased by 4.5% with effect from 1st December 2010, subject to public notice and the consideration of any objections.
R 13 | <b>STREET TRADING – MARKET SQUARE, TARNFORD</b>
P The Licensing Manager reported that the market traders had asked for Market Square to be open to street trading on non-market days.
P RESOLVED: That notice be given of the Council's intention to designate Market Square, Tarnford as a consent street.
R 14 | <b>LICENSING ACT 2003 – REVIEW OF THE STATEMENT OF LICENSING POLICY</b>
P The Solicitor reported that the Statement of Licensing Policy must be reviewed and republished by 7th January 2011 and set out the proposed consultation. The Committee noted the timetable for the review and the list of consultees.
R 15 | <b>DATE OF NEXT MEETING</b>
P Tuesday 14th December 2010 at 6.00 pm.
S 8
P The meeting commenced at 6.00 pm and concluded at 7.25 pm
P Chairman
