@title Strathmorven Community Council minutes 16 August 2004
@font Times-Roman
@fontsize 11.5
@footer Strathmorven Community Council - minutes of 16th August 2004 - page {page}
P <b>Minutes of the Strathmorven Community Council meeting held on Monday 16th August 2004 at Strathmorven Primary School at 7.30pm.</b>
S 6
P <b>SEDERUNT:</b> Councillors: Mrs Elspeth Rattray, Mrs Morag Dinnie, Alasdair Farquharson, Iain Gillanders and Mrs Catriona Shand. Also Cllr. Douglas Milne and Cllr. Rhona Ogston.
P <b>In attendance:</b> Hamish Leys (Park Authority ranger), Sgt Colin Mearns (Police), Fraser Coutts (Invermorven Estate) and nine members of the public.
P <b>APOLOGIES:</b> Mrs Ann Lumsden, Gordon Birse and Neil Smart.
P <b>MINUTES FROM THE MEETING HELD 21st June 2004:</b>
P The minutes were approved. Proposed by Iain Gillanders and seconded by Mrs Morag Dinnie.
P <b>MATTERS ARISING FROM THE MINUTES OF THE MEETING OF 21st June:</b>
P Village Hall Roof: Mrs Rattray informed the meeting that the Hall Committee had received two quotations and that work would start in September.
P Bus Shelter at the Square: Cllr. Milne has asked the Roads Department for a date for the replacement shelter. He will report back.
P Litter at the Falls car park: Alasdair Farquharson said the extra bin had made a difference but that it was being emptied only once a week.
P <b>POLICE REPORT:</b>
P Sgt Mearns reported that it had been a quiet summer, with two thefts from cars at the Falls car park and a number of complaints about speeding on the Glen road. Mrs Shand asked whether the mobile camera could be sited near the school when term starts. Sgt Mearns said he would request it.
P <b>HAMISH LEYS (PARK AUTHORITY RANGER):</b>
P Hamish Leys introduced himself to the meeting. He explained that he had been appointed to cover Strathmorven and the upper glen and that his role was to look after the paths and to support community projects. He offered to help with the path from the village to the Falls. Iain Gillanders welcomed the offer and asked him to attend the October meeting with a costed plan.
P <b>PLANNING:</b>
P 04/01732/FUL Erection of garage, 3 Birkhall Terrace – no comments.
P 04/01845/FUL Change of use of shop to house, Old Post Office, The Square – the community council objected because the village would be left without a post office counter. The Secretary will write to the planning department.
P <b>TREASURER'S REPORT:</b>
P Mrs Dinnie reported a balance of £1,846.22 in the current account. A grant of £250 had been received from the Deemouth Council ward budget for the Christmas lights. It was agreed to donate £50 to the Strathmorven Highland Games Committee. Proposed by Mrs Catriona Shand and seconded by Alasdair Farquharson.
P <b>FRASER COUTTS (INVERMORVEN ESTATE):</b>
P Fraser Coutts told the meeting that the estate intends to plant native woodland on 40 hectares above Craigenlarig Farm and would hold an open day in September. Mrs Rattray asked that the right of way through the farm be kept open during the works. Fraser Coutts gave that assurance.
P <b>AOCB:</b>
P Cllr. Ogston said the council's consultation on the local plan would include a drop-in session in the school on 9th September.
P Alasdair Farquharson proposed that the community council pay for a second bench at the Falls car park from its own funds. Seconded by Iain Gillanders. On a show of hands the motion was lost by two votes to three.
P <b>DATE OF NEXT MEETING:</b>
P Monday 18th October 2004 at Strathmorven Primary School at 7.30pm.
S 8
P The meeting closed at 9.20pm.
