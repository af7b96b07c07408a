@title Charter Commission Minutes 10-15-2024 DRAFT
@font Times-Roman
@fontsize 11.5
@header Larch Hollow Charter Commission Minutes — DRAFT||Tuesday, October 15, 2024
@footer {page}
HC LARCH HOLLOW CHARTER COMMISSION
C Regular Meeting Minutes
C Tuesday, October 15, 2024 – 6:30 p.m.
C City Hall, Council Chambers
S 8
H 1. CALL TO ORDER
P Chair R. Halvorsen called the meeting to order at 6:31 p.m.
H 2. ROLL CALL
P Members present: B. Amdahl, K. Lindqvist, T. Oduya, G. Prestegard, M. Vick and Chair R. Halvorsen. Members absent: J. Sorlie (excused). Also present: City Administrator N. Feeney and City Attorney P. Ruud.
H 3. APPROVAL OF AGENDA
P MOTION, by K. Lindqvist, and seconded, by T. Oduya, to approve the agenda as presented. Motion carried 6-0.
H 4. APPROVAL OF MINUTES – September 17, 2024
P G. Prestegard asked that the minutes show that he had arrived at 6:40 p.m. and not at the start of the meeting.
P MOTION, by G. Prestegard, and seconded, by M. Vick, to approve the September 17, 2024 minutes as amended. Motion carried 6-0.
H 5. NEW BUSINESS
H A. Section 2.06 – Vacancy in the Office of Mayor
P Chair R. Halvorsen reminded the Commission that the Council had asked for a recommendation on what should happen if the Mayor's office became vacant with less than a year of the term remaining. At present the acting mayor serves out the term, and the Council seat is left empty.
P G. Prestegard said he believed the acting mayor should become mayor and the Council should fill the resulting Council vacancy by appointment. B. Amdahl agreed with G. Prestegard's position. K. Lindqvist said she was worried that an appointed mayor would have no mandate from the voters and would prefer a special election whenever more than 180 days remained.
P City Attorney P. Ruud explained that state law sets a minimum period before a special election can be held, and that a charter provision shorter than that period could not be enforced. T. Oduya asked how many times the situation had arisen. City Administrator N. Feeney said it had happened once, in 2009, when the office was vacant for seven months.
P MOTION, by G. Prestegard, and seconded, by B. Amdahl, directing P. Ruud to draft language under which the acting mayor becomes mayor and the Council fills the Council vacancy by appointment. Discussion occurred. M. Vick asked whether the motion could wait until the Commission had seen both options in writing. MOTION was withdrawn by maker and seconder.
P City Attorney P. Ruud stated he would draft two versions of Section 2.06, one with appointment and one with a special election, for the November meeting. Chair R. Halvorsen asked that the drafts show the current wording in strike-through.
H B. Section 4.05 – Filing Period for Candidates
P City Administrator N. Feeney explained that the county now closes candidate filing two weeks earlier than the date in the Charter, so the two dates no longer match. T. Oduya said the Charter should refer to state law rather than to a fixed date.
P MOTION, by T. Oduya, and seconded, by K. Lindqvist, to recommend to the City Council that Section 4.05 be amended to provide that the filing period shall be the period set by state law. Motion carried 5-1 (Vick opposed).
H 6. OLD BUSINESS
H A. Annual Report to the Chief Judge
P Chair R. Halvorsen reported that the annual report had been filed with the court on September 30. No action was needed.
H 7. COMMISSIONER REPORTS
P M. Vick reported that she had attended the League training on charter commissions and would share the handouts by e-mail. J. Sorlie had sent word that she expects to attend in November.
H 8. NEXT MEETING
P The next regular meeting will be held on Tuesday, November 19, 2024, at 6:30 p.m. in the Council Chambers.
H 9. ADJOURNMENT
P MOTION, by B. Amdahl, and seconded, by K. Lindqvist, to adjourn. Motion carried 6-0. The meeting adjourned at 7:52 p.m.
S 14
P Respectfully submitted,
P Lena Marsh, Recording Secretary
