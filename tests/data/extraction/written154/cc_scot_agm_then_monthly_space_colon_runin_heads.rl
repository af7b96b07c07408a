@title Mossbriggs Community Council Minutes June 2012
@font Helvetica
@fontsize 11
@footer Minutes 14.06.12||Page {page}
HC Mossbriggs Community Council
C Minutes of the meeting held at 7.30pm in Mossbriggs community Centre on 14th June 2012
P Present :
P Councillors : Adair; Blackie; Cranston; Dunlop; Elliot; Fairbairn; Gow; Laidlaw; Renton; Turnbull;
P Regional Councillors : Ian Renwick; Morag Scott
P Apologies : Sandy Turnbull,
P Press Representative: Gail Hume.
P The meeting opened with the Annual General Meeting, back in June this year after last year’s was put back to August by the ward by-election.
P The chairman presented his report on the year's work of the Council, thanking members for the footpath survey and the Christmas tree. Derek Adair ( Treasurer ) took members through the accounts for the year to 31st March 2012: £3817.40p in the ordinary account and £962.15p held for projects. Adoption of the accounts was moved by Elspeth Cranston and seconded by Ross Dunlop.
P Walter Laidlaw then vacated the chair and Regional Councillor Renwick took the elections.
P Chairman – Walter Laidlaw, proposed by Anne Blackie and seconded by Jim Gow.
P Vice Chairman – Ross Dunlop, proposed by Walter Laidlaw and seconded by Helen Elliot.
P Secretary – Anne Blackie, proposed by Elspeth Cranston and seconded by Ross Dunlop.
P Treasurer – Derek Adair, proposed by Jim Gow seconded by Tam Fairbairn.
P The remaining members were all willing to carry on.
P Councillor Renwick returned the chair to Walter Laidlaw for the ordinary business.
P Minutes of Previous Meeting : The minutes of the May meeting were approved – proposed by Helen Elliot seconded by Tam Fairbairn.
P Police Report : Neither the May nor the June figures had come through from the local officers.
P Members had seen a letter in the “ Mossbriggs Courier ” about litter and late night noise at the loch car park, from a resident of many years’ standing. There was regret that nobody had raised it with the Community Council first, since members speak to the local officers every month and could have passed it on. It was agreed that the Secretary would write to the Courier setting out how residents can raise concerns with the Council.
P Matters Arising : Bus shelter at Whinfield Road – Councillor Scott reported that the order had been placed and the shelter should be in by the end of July. Ross Dunlop asked that the old concrete base be lifted at the same time.
P Planning : 12/00451/FUL Extension to 7 Larchfield Court – no comment. 12/00502/FUL Wind turbine at Harelaw Farm – Jim Gow queried the height of the turbine which was shown as 34 metres to the blade tip. After discussion the Council agreed to object on the grounds of its visibility from the loch path.
P Treasurer’s Report : Derek Adair reported £3891.22p in the ordinary account after payment of the hall let and insurance. The grant from the Council for 2012/13 had still to be received.
P Community Centre : Helen Elliot reported that the management committee had repainted the small hall and were looking for volunteers for the gala teas. The centre would be closed for the last two weeks of July.
P Paths Group : Elspeth Cranston reported that the path from the school to the old railway line had been surfaced and was now open. The group would like the Council to pay for two dog bins at the railway end. It was agreed to pay for one bin this year and ask the Regional Councillors about the second.
P Regional Councillors’ Reports : Councillor Renwick reported on the school roll review and the consultation meeting to be held in the school on 26th June. Councillor Scott reported that the gritting review would go to committee in September.
P Correspondence : Community Council Liaison Officer – training dates; Scottish Water – mains renewal at Station Road; Whinlaw Heritage Trust – newsletter. Noted.
P A.O.C.B. : Jim Gow raised the lack of a village noticeboard at the north end of the village. This was deferred to the July meeting so that a price could be obtained.
P Date of next meeting : Thursday 12th July 2012 at 7.30pm in the Community Centre.
