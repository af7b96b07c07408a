@title Sports Park Committee minutes 13 January 2016
@font Helvetica
@fontsize 10
@pageoffset 213
@footer SPC 13/01/2016 || Page {page}    Initialled…………
HC COPPERFIELD VALE PARISH COUNCIL
HC MINUTES OF THE MEETING OF THE SPORTS PARK COMMITTEE HELD ON WEDNESDAY 13TH JANUARY 2016 AT 7:30PM IN THE FRONT YOUTH MEETING ROOM AT THE COPPERFIELD VALE COMMUNITY CENTRE
G Present: | Cllr A Ormerod (Chairman) | Cllr R Lacey
G  | Cllr S Nunn | Cllr L Gosling
G  | Cllr D Pritchard | Cllr T Varney
G Apologies: | Cllr K Whitlam |
G Also in attendance: | Ms R Castell (Chief Executive Officer) | Miss J Dacre (Sports Park Manager)
G  | Mr K Ruane (Sports Bar Supervisor) | 1 Resident
P The meeting started at 19:30
G SP15/201 | <b>To receive and accept Apologies for Absence</b> |
G  | Apologies were received from Cllr Whitlam with reasons for her absence. It was RESOLVED that the reasons be accepted. |
G SP15/202 | <b>To receive Declarations of Interest &amp; Lobbying</b> |
G  | Cllr Pritchard declared that he had been lobbied by a resident about floodlight hours. |
G SP15/203 | <b>Minutes</b> – It was RESOLVED that the minutes of the meeting held on 9th December 2015 be approved and were duly signed. |
G SP15/204 | <b>Chairman’s Announcements</b> |
G  | There were none. |
G SP15/205 | <b>Officer’s Reports – to receive reports and note update</b> |
G  | SP15/150 Trophy cabinet – the cabinet has now been installed in the social area. Noted. |
G  | SP15/163 Key holders – the security company will not hold key holder details without a contract. The CEO was asked to write to the Landlord with the key holder list. | CEO
G  | SP15/171 Social area carpet – the Landlord has been contacted and a response is awaited. Noted. |
G  | SP15/188 Sports Bar opening times – the amended times have been put on the website. It was AGREED that the times be reviewed again in April. | SPM
G SP15/206 | <b>To consider quotations for pitch line marking and agree actions</b> |
G  | Three quotations had been circulated. The Sports Park Manager explained that the lowest quotation did not include the junior pitches. Cllr Lacey proposed that the second quotation be accepted, seconded by Cllr Varney. It was RESOLVED to accept the quotation from Linecraft Ltd of £1,140 plus VAT for the 2016/17 season. | SPM
G SP15/207 | <b>To receive the Sports Bar income report</b> |
G  | Mr Ruane presented the income figures for October to December, which showed an increase of 12% on the same period last year. The report was noted. |
G SP15/208 | <b>To consider the Sports Park hire charges for 2016/17</b> |
G  | Cllr Gosling asked whether the charges for local junior clubs could be held at the current rate. It was AGREED that the revised charges, with junior club rates held at the 2015/16 level, be recommended to the Finance and HR Committee. | FHR
P Due to the confidential nature of the following business in item SP15/209, the press and public were excluded from the meeting in accordance with standing order 1c at 20:41
H PART 2 – CONFIDENTIAL
G SP15/209 | <b>To consider the staff rota review and agree actions</b> |
G  | The CEO presented a draft report on weekend and evening cover at the Sports Park. It was AGREED that the first phase of the review be recommended to the Finance and HR Committee. | FHR
P The meeting was re-opened to the public at 21:02
G SP15/210 | <b>Date of next meeting</b> |
G  | Wednesday 10th February 2016 at 7:30pm. |
P The meeting closed at 21:04
