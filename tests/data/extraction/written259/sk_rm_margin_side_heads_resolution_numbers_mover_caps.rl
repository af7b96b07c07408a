@title RM of Kestrel Hills No. 463 - Regular Meeting April 2, 2020
@font Helvetica
@fontsize 10
@numcol 24
@header RM OF KESTREL HILLS NO. 463     {page}||April 2, 2020
HC MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE RURAL MUNICIPALITY OF KESTREL HILLS NO. 463 HELD IN THE MUNICIPAL OFFICE, TENNANT, AND BY TELECONFERENCE, ON THURSDAY, APRIL 2, 2020.
S 4
R Present | Reeve: Leonard Bakke<br/>Councillors: Division 1 – Gordon Holmstrom (by teleconference)<br/>Division 2 – Petra Vanek (by teleconference)<br/>Division 3 – Wesley Rossiter - Late<br/>Division 4 – Dale Kowalchuk<br/>Division 5 – Harvey Dueck<br/>Division 6 – Vacant<br/>Administrator: Colleen Marchuk
R Call to Order | Reeve Bakke called the meeting to order at 9:04 a.m.
R Agenda | 20/101 VANEK: That the agenda be adopted as presented with the addition of COVID-19 Office Closure. Carried
R Minutes | 20/102 KOWALCHUK: That the minutes of the Regular Meeting of Council on March 5, 2020 be accepted as presented. Carried
R Special Meeting Minutes | 20/103 DUECK: That the minutes of the Special Meeting of Council on March 19, 2020 be accepted as presented. Carried
R Statement | 20/104 HOLMSTROM: That the Statement of Financial Activities for March 2020 be accepted as presented. Carried
R Accounts | 20/105 DUECK: That the accounts to April 2, 2020 be authorized for payment and that a list of cheques numbered 18211 to 18262 inclusive and including EFT payroll deposits and online Receiver General remittances totaling $96,418.22 be annexed to and form a part of these minutes. Carried
R COVID-19 Office Closure | 20/106 KOWALCHUK: That the municipal office be closed to the public effective April 3, 2020 until further notice, with staff available by telephone and email, and that ratepayers be encouraged to pay taxes by online banking. Carried
R | Councillor Rossiter joined the meeting at 10:12 a.m.
R Foreman Report | Foreman Troy Lindahl reported that the grader operators are on a staggered schedule, that frost is coming out of the roads in Divisions 2 and 5, and that the gravel tender will be ready for the May meeting. Councillor Holmstrom asked that the washout on the Lake Road be signed.<br/>20/107 ROSSITER: That the Foreman's report be accepted as presented. Carried
R Road Bans | 20/108 HOLMSTROM: That spring road bans of 7,250 kg per axle be placed on all municipal grid roads effective April 6, 2020 until lifted by resolution of council. Carried
R Tax Discount | 20/109 VANEK: That the 2020 tax discount period be extended from June 30 to August 31, 2020 in view of the COVID-19 emergency. Carried
R Cemetery | 20/110 DUECK: That the request of the Tennant Community Club to mow the municipal cemetery for $1,800.00 for the 2020 season be approved. Defeated
R Mail | 20/111 ROSSITER: That the correspondence, including the cancellation notice for the SARM midterm convention, be filed. Carried
R Next Meeting | The next regular meeting of council will be held on Thursday, May 7, 2020 at 9:00 a.m., in the municipal office or by teleconference.
R Adjourn | 20/112 KOWALCHUK: That this meeting adjourn at 12:48 p.m. Carried
S 30
G _____________________________ | _____________________________
G Reeve | Administrator
