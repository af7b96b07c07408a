@title Ferncroft Practice PPG: Minutes
@font Helvetica
@fontsize 10
@header Ferncroft Practice PPG: Minutes
@footer Ferncroft Practice Patient Participation Group – 9 March 2016||{page}
H Ferncroft Practice PPG: Minutes
H Ferncroft Practice Patient Participation Group Meeting
P Date: 9 March 2016 at 18.30
P Place: Ferncroft Practice, Aldous Road
P Chair: Bernard Achebe
P Minutes: Shirin Qureshi
P Practice Staff Present: Shirin Qureshi (Practice Manager), Dr Helen Garnock
P Members Present: Bernard Achebe, Maud Pellegrini, Trevor Sallis, Yusuf Demir, Olive Catterall
TH Item and Discussion | Action Points
T <b>Minutes from Last meeting:</b><br/>Trevor reported that he had attended the borough-wide PPG network on 18 February and had brought copies of its newsletter.<br/>Suggestion box for the waiting room – agreed at the last meeting.<br/>Sign-up forms sent out with the flu letters.<br/>The minutes of the meeting held on 25 November 2015 were agreed as a correct record. | Shirin to put up the suggestion box – done<br/>Newsletter copies left at reception
T <b>Minute Taker for this meeting</b><br/>Shirin agreed to take the minutes again; Maud offered to take them in June. | Maud – June meeting
T <b>New members and how they joined</b><br/>Shirin reported that 36 patients had returned the sign-up form sent out with the flu letters. Twelve want to come to meetings and the others would rather be part of a virtual group. The new members include younger patients and carers, which the group welcomed. | Shirin to write to all 36 with the date of the next meeting
T <b>Virtual group – how it will work</b><br/>Yusuf suggested a short e-mail each month with one question for virtual members. Bernard said replies should be summarised for the group rather than circulated in full. Group agreed that a monthly e-mail would be tried until the summer. | Yusuf to draft the first question
T <b>Patient survey 2015/16</b><br/>Dr Garnock went through the results. Satisfaction with the nurses was high; the lowest scores were for waiting more than 20 minutes after the appointment time. Olive asked whether patients could be told at reception when a doctor is running late. The action plan was agreed with two changes: a notice at reception when a surgery is running more than 20 minutes late, and a review of the length of Monday morning appointments. | Shirin to put the action plan on the website
T <b>Online booking</b><br/>Not discussed – next meeting | Carried forward
T <b>Noticeboard and website</b><br/>Maud said the PPG noticeboard is hidden behind the door of the baby clinic room. Shirin will ask the landlord whether it can be moved. | Shirin
T <b>Any other business</b><br/>Trevor raised the bus stop outside the surgery, which has lost its shelter. This is a council matter; Bernard will mention it to his ward councillor. | Bernard
T <b>Date of next meeting</b><br/>Wednesday 8 June 2016 at 18.30 at the practice. |
