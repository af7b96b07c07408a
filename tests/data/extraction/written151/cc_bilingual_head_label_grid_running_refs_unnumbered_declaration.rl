@title Glynhafod Community Council minutes 12 November 2019
@font Helvetica
@fontsize 10.5
@numcol 20
@footer {page}
HC GLYNHAFOD COMMUNITY COUNCIL
HC CYNGOR CYMUNED GLYN-HAFOD
S 6
C Minutes of the meeting held 12th November 2019 at Glynhafod C.P. School.
S 6
G <b>PRESENT</b> | Councillor E. Pritchard – Chairman
G  | Councillor H. Beddoes
G  | Councillor M. Ellis-Jones
G  | Councillor S. Kenyon
G  | Councillor T. Oakley
G  | Councillor R. Vaughan
G  | Councillor A. Wynne
G <b>APOLOGIES FOR ABSENCE</b> | Councillor J. Lloyd
G  | Councillor C. Moss
G <b>IN ATTENDANCE</b> | Mr. G. Hughes – Clerk to the Council
S 4
P <b>DECLARATION OF INTEREST</b> Councillor R. Vaughan declared a personal interest in minute 66/19 as secretary of the Glynhafod Over 55s Club.
R 61/19 | <b>MINUTES</b> RESOLVED That the minutes of the October meeting be accepted as a true record and signed.
R 62/19 | <b>POLICE REPORT</b> PCSO Gethin Rowlands attended for this item. PCSO Rowlands reported that there had been two thefts of quad bikes from farms in the area during October and asked residents to make sure that outbuildings were locked. Councillor T. Oakley asked whether anything could be done about vehicles speeding through the village at school times. PCSO Rowlands advised that he would arrange for the speed enforcement van to attend. He also warned members of a telephone scam in which callers claimed to be from the bank. PCSO Rowlands was thanked for attending.
R 63/19 | <b>STREETSCENE SERVICES – COUNTY COUNCIL</b> Mr. Alun Parry, Area Supervisor for Streetscene, attended for this item. Councillor M. Ellis-Jones said that potholes on Heol yr Eglwys between the chapel and the school were getting worse. Alun advised that the road was in next year’s resurfacing programme and that the deepest holes would be patched before Christmas. Alun was thanked for coming.
R 64/19 | <b>GLYNHAFOD RECREATION GROUND</b> Further to Minute No. 52/19, Councillor H. Beddoes reported on the condition of the play equipment following the annual inspection. (a) The inspector had found the bearings of the roundabout to be worn and recommended their replacement. (b) The surface under the swings needed topping up with bark. RESOLVED That the Clerk obtain quotations for both items of work and that the Chairman and Vice Chairman be authorised to accept the lowest quotation.
R 65/19 | <b>BUS SHELTER, PEN-Y-BRYN</b> Members reported that the roof of the bus shelter at Pen-y-bryn was leaking and two panes were cracked. The Clerk reported that two quotations had been received, £640.00 from D. &amp; R. Joinery and £815.00 from Hafod Shelters. RESOLVED That the quotation of D. &amp; R. Joinery be accepted.
R 66/19 | <b>REQUESTS FOR FINANCIAL ASSISTANCE</b> Councillor R. Vaughan left the meeting for this item. RESOLVED That donations be made as follows: Glynhafod Over 55s Club £150.00; Eisteddfod Gadeiriol Glyn-hafod £100.00; Wales Air Ambulance £100.00. Councillor R. Vaughan returned to the meeting.
R 67/19 | <b>PLANNING APPLICATIONS</b> 058912 – Erection of detached garage, Bryn Teg, Glynhafod Road. Members had no observations to make on this application.
R 68/19 | <b>FINANCE</b> The Clerk presented the statement of accounts for the period to 31st October 2019. RESOLVED That the following accounts be paid:
G  | Clerk’s salary – October 2019 | £238.40
G  | H.M.R.C. – P.A.Y.E. | £59.60
G  | Glynhafod C.P. School – room hire | £30.00
R 69/19 | <b>BUDGET AND PRECEPT 2020/21</b> The Clerk presented a draft budget for 2020/21 showing the effect of the increased costs of grass cutting and the play area inspection. Consideration of the precept was deferred to the December meeting.
R 70/19 | <b>CORRESPONDENCE</b> (a) One Voice Wales – Area Committee meeting, 21st November 2019. (b) County Council – Consultation on the Rights of Way Improvement Plan. (c) Boundary Commission – Review of electoral arrangements. The correspondence was noted.
R 71/19 | <b>DATE OF NEXT MEETING</b> Tuesday 10th December 2019 at 7.00 p.m. at Glynhafod C.P. School.
S 16
P Signed ............................................ Chairman &nbsp;&nbsp;&nbsp; Date ..............................
