@title Feldacre Parish Council minutes 4 March 2013
@font Helvetica
@fontsize 10.5
@footer Feldacre Parish Council – minutes 4th March 2013||page {page}
@numcol 14
HC FELDACRE PARISH COUNCIL
G Chairman: Mr Ashley Trenholm | Clerk: Mr R Kinsella
C Clerk's address: Rowan Lea, Church Street, Feldacre
S 8
H Minutes of the meeting of the Parish Council held in Feldacre Village Hall on Monday 4th March 2013 at 7.30pm
P <b>Present:</b> The Chairman; Councillors Mrs G Ruddle, P Stannard, Mrs H Loxton and D Brampton; the Clerk; District Councillor Mrs M Okereke; PCSO Gail Fenn; 5 parishioners.
R 1. | <b>APOLOGIES FOR ABSENCE</b><br/>Cllr T Whitworth (work). Accepted.
R 2. | <b>DECLARATIONS OF INTEREST</b><br/>None.
R 3. | <b>MINUTES OF THE MEETING HELD ON 4TH FEBRUARY 2013</b><br/>The minutes were read and signed by the Chairman as a correct record.
R 4. | <b>POLICE REPORT</b><br/>PCSO Gail Fenn reported one burglary from an outbuilding at Back Lane and two reports of hare coursing on the fen fields. Mr Wilfred Amos asked whether farmers could have the non-emergency number on a card; PCSO Fenn said she would bring some to the next meeting.
R 5. | <b>OPEN FORUM</b><br/>Mrs Brenda Kettle asked why the grass on the green had not been cut since October. The Chairman explained that the contractor does not cut between November and March. Mr Jonah Pryor said that the footpath from the church to Long Meadow was flooded again and asked the Council to report it.
R 6. | <b>DISTRICT COUNCILLOR'S REPORT</b><br/>Mrs Okereke reported that the district's share of council tax would not rise in 2013/14 and that the Local Plan would go out for consultation in the summer.
R 7. | <b>MATTERS ARISING FROM THE MINUTES</b>
R | <b>(a) Bus shelter.</b> The Clerk reported that the glazing had been replaced under the insurance claim, less the excess of £100.
R | <b>(b) Village sign.</b> Cllr Brampton reported that the signwriter had finished the new panel. It was agreed to hold a short unveiling after the Annual Parish Meeting.
R 8. | <b>PLANNING</b><br/>F/13/0118 – Manor Farm, Back Lane – erection of agricultural storage building. Cllr Stannard proposed that no objection be raised, seconded by Mrs Loxton; carried unanimously.
R 9. | <b>FINANCE</b><br/>The following payments were approved: R Kinsella, salary January–March, £330.00; Feldacre Village Hall, room hire, £36.00; HMRC, PAYE, £82.50. The Clerk presented the budget monitoring statement to 28th February, which was noted.
R 10. | <b>ANNUAL PARISH MEETING</b><br/>It was agreed that the Annual Parish Meeting be held on Monday 13th May 2013 at 7.00pm. Mrs Ruddle offered to write to the village organisations inviting reports.
R 11. | <b>CORRESPONDENCE</b><br/>The list of correspondence was noted.
R 12. | <b>DATE OF NEXT MEETING</b><br/>Monday 8th April 2013 at 7.30pm.
P The meeting closed at 9.15pm.
S 18
P Signed …………………………………… Chairman      Date ……………………
