@title Hibbaldby Parish Council minutes 6 March 2019
@font Helvetica
@fontsize 10
@numcol 24
@footer Hibbaldby Parish Council || Page {page}
P <b>20018/19-92 THE MINUTES OF THE MEETING OF HIBBALDBY PARISH COUNCIL HELD ON WEDNESDAY 6<super>th</super> MARCH 2019 IN THE VILLAGE HALL.</b>
P <b>PRESENT:</b> Cllr A Copeland (Chairman), Cllrs S Dent, M Garthwaite, P Ingamells, K Maw, R Stamp and J Topliss.
P <b>IN ATTENDANCE:</b> Mrs L Brumby (Clerk), Ward Cllr D Ackroyd and 3 members of the public.
R 2018/19-93 | <b>APOLOGIES</b> – Cllr H Kirkby (work commitments). The reason was <b>ACCEPTED</b>.
R 2018/19-94 | <b>DECLARATIONS OF INTEREST</b> – Cllr Maw declared a personal interest in minute 2018/19-101 as a neighbour of the applicant.
R 2018/19-95 | <b>PUBLIC PARTICIPATION</b> – A resident of Chapel Lane asked when the footpath along the beck would be cleared of fallen branches. The Chairman said it would be raised under matters arising.
R 2018/19-96 | <b>MINUTES</b> – <b>RESOLVED</b> that the minutes of the meeting held on 6<super>th</super> February 2019 be signed as a true record. Proposed Cllr Dent, seconded Cllr Stamp.
R 2018/19-97 | <b>MATTERS ARISING</b> – (a) Street light 14 on Chapel Lane has been repaired. (b) Cllr Topliss offered to walk the beck footpath with the landowner before the next meeting. (c) The replacement bus shelter glass is on order.
R 2018/19-98 | <b>WARD COUNCILLOR'S REPORT</b> – Ward Cllr Ackroyd reported that the district council had frozen car parking charges for 2019/20 and that the consultation on bin collection days would close on 31<super>st</super> March.
R 2018/19-99 | <b>FINANCE</b> – (a) <b>RESOLVED</b> to pay: Clerk salary March £265.40; HMRC £66.20; Hibbaldby Village Hall – room hire £18.00; Hibbaldby Mowing – grass cutting £210.00. Proposed Cllr Ingamells, seconded Cllr Garthwaite, all in favour. (b) The budget monitoring report to 28<super>th</super> February was received and <b>NOTED</b>.
R 2018/19-100 | <b>PLAYING FIELD</b> – Cllr Garthwaite proposed that the council buy a new set of junior goals at £1,450, seconded Cllr Ingamells. Cllr Maw proposed an amendment that the existing goals be repaired at a cost of £320, seconded Cllr Topliss. Amendment: For 2, Against 5. <b>LOST</b>. Substantive motion: For 5, Against 1, Abstentions 1. <b>CARRIED</b>.
R 2018/19-101 | <b>PLANNING</b> – PA/2019/0218 – Two storey side extension, 9 Beck Side. Cllr Maw left the room. <b>AGREED</b> to support the application. Cllr Maw returned.
R 2018/19-102 | <b>ANNUAL PARISH MEETING</b> – <b>AGREED</b> that the Annual Parish Meeting be held on Wednesday 24<super>th</super> April 2019 at 7pm, with the Chairman's report and reports from the village groups.
R 2018/19-103 | <b>CORRESPONDENCE</b> – Letter from the police about rural crime; circular from the county association; newsletter from the rural community council. <b>NOTED</b>.
R 2018/19-104 | <b>SPEEDWATCH</b> – Deferred to the April meeting as the co-ordinator could not attend.
R 2018/19-105 | <b>DATE OF NEXT MEETING</b> – Wednesday 3<super>rd</super> April 2019 at 7.30pm.
S 12
P The meeting closed at 9.05pm.
S 20
P Signed ....................................................... Chairman      Date ..............................
