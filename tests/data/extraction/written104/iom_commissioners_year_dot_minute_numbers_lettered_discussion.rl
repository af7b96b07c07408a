@title Minutes 10 December 2001
@font Times-Roman
@fontsize 11.5
@header Glentrammon Parish Commissioners||Minutes 10.12.01
@footer Page {page}||Chairman’s initials ……………
HC MINUTES OF THE MEETING OF PARISH COMMISSIONERS HELD ON MONDAY DECEMBER 10th 2001, 7.30 PM AT GLENTRAMMON SCHOOL HALL
S 6
P <b>7.30 pm Meeting of Glentrammon Parish Commissioners</b>
P Present: Mrs E. Shimmin (Chairman), Mr W. Kissack, Mr G. Cubbon, Mrs J. Karran, Mr H. Watterson. Clerk: R. Crennell
P <b>01.141. Apologies:</b> Received from Mr Looney, who is abroad on business. <b>01.142. Declarations of Interest in items on the Agenda.</b> Mr Cubbon declared an interest in planning application 01/1644 as a neighbour of the applicant.
P <b>01.143. Accuracy of the Minutes of the Meeting of 12th November 2001.</b> Mr Kissack moved their adoption as a true record. Seconded, Mrs Karran. Resolved.
P <b>01.144. Matters Arising from those Minutes.</b> Dealt with under 01.145 below.
P <b>01.145. Matters for Discussion.</b>
P a. To discuss the Department’s proposals for a new refuse collection contract for the northern parishes. The clerk summarised the Department’s letter of 20th November, which proposed a single contract for the three northern authorities from April 2003 with a fortnightly collection. Mr Cubbon said that a fortnightly collection would not be acceptable to residents of the flats at Close Glass, who had no room to store refuse. Mrs Karran suggested that the Commissioners ask for a weekly collection to be kept for flats and for the larger households. Mr Watterson questioned whether a joint contract would in practice reduce the cost to Glentrammon, since the parish was at the end of every round. The Chairman advised that the Commissioners should wait for the costings promised by the Department before taking a view. It was noted that the Department had asked for comments by the end of February.
P b. To fix the rate for 2002/03. The clerk reported that the estimates showed a small surplus if the rate remained unchanged, after allowing for the renewal of the street lighting maintenance agreement. Mr Kissack proposed that the rate remain at 41p in the pound. Seconded, Mr Cubbon. Resolved.
P c. To consider the request from the Glentrammon Players for use of the School Hall. The Players had asked to use the hall on four evenings in January for rehearsals of the pantomime. The Commissioners agreed that the hall be made available free of charge on the understanding that the Players would be responsible for locking up.
P d. To discuss the condition of the footpath between Glen Road and the church. Mrs Karran reported that the path was again flooding below the lych gate. Deferred to the January meeting to allow the clerk to obtain the Highways report.
P <b>01.146. Planning Applications.</b> (a) 01/1612 – Extension to dwelling, Thie Glass, Glen Road. No objections. (b) 01/1644 – Erection of agricultural building, Ballatrammon Farm. Mr Cubbon, having declared an interest, took no part in the discussion. No objections.
P <b>01.147. Accounts for Payment.</b> Accounts totalling £2,846.19 as listed in the schedule were presented. Mrs Karran proposed that these be paid. Seconded, Mr Kissack. Resolved.
P <b>01.148. Correspondence.</b> (i) Department of Local Government – circular on the Christmas refuse collection arrangements. (ii) Glentrammon School – letter of thanks for the donation to the library fund. (iii) Municipal Association – minutes of the November meeting. Noted.
P <b>01.149. Any Other Business.</b> Mr Watterson reported that the drain at the bottom of Glen Road was blocked again; the clerk to inform the Department.
P <b>01.150. Date of Next Meeting.</b> Monday 14th January 2002, 7.30 pm, Glentrammon School Hall.
P The meeting closed at 9.15 pm.
S 24
P Signed ……………………………………………… Chairman        Date ……………………………
