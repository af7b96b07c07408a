@title Town Council Minutes 24.04.06
@font Times-Roman
@fontsize 11.5
@footer {page}
@pageoffset 154
@numcol 20
HC SANDCOMBE TOWN COUNCIL
P <b>MINUTES</b> of the Town Council Meeting held in the Council Chamber on Monday 24 April 2006 following the Planning Committee. The meeting began at 7.12pm.
G <b>PRESENT</b> | Cllr Mrs P M Yeo (Town Mayor)
G  | Cllr R J Pengelly (Deputy Town Mayor)
G  | Cllr D C Hext
G  | Cllr Mrs B Luxton
G  | Cllr K L Mudge
G  | Cllr Mrs S E Northcott
G  | Cllr T Sercombe
G  | Cllr Mrs A Trist
G <b>Clerk:</b> | Mr G H Coombes
G <b>Others Present:</b> | County Cllr Mrs J Widgery, District Cllr P Ashplant, PC Mark Penwarden (Neighbourhood Beat Manager), three members of the public and one representative of the press
R 05.612 | <b>Public Speaking Time</b> Mr R Cudmore of Marine Parade spoke about the state of the shelter on the Esplanade, where the roof had been leaking since February. The Town Mayor replied that the shelter belonged to the District Council and that the Town Council had reported it twice. Mrs E Ware asked whether the public toilets on Fore Street would open earlier in the summer. The Clerk replied that the District Council would open them at 7.30am from May.
R 05.613 | <b>Apologies for Absence</b> Cllr J Bastin (holiday) and Cllr Mrs R Heard (unwell) had sent apologies.
R 05.614 | <b>Declarations of Interest</b> Cllr Hext declared a personal interest in minute 05.620 as a member of the Bowling Club.
R 05.615 | <b>Minutes</b> Members had received the Minutes of 27 March 2006 in advance. They were unanimously agreed as a true record and signed.
R 05.616 | <b>Report of Committee</b> Members noted the Planning Committee’s Minutes of 10 April 2006.
R 05.617 | <b>Report of Neighbourhood Beat Manager</b> PC Mark Penwarden reported that during the period 27 March to 21 April six crimes had been reported in the town.
P A shed on Brook Road had been broken into and garden tools taken; two cars had been damaged in the Station Road car park overnight on 8 April; a purse had been taken from a handbag in a café on Fore Street; and there had been two assaults outside licensed premises on the Saturday before Easter, for which one man had been charged. PC Penwarden said that with the summer season coming he would be working more evenings on the seafront, and asked members to pass on any reports of drinking in the shelters. He also warned of a caller going door to door offering to clear gutters, who had taken deposits from two elderly residents in Cliff Terrace and not come back; anyone approached should take the van’s number and ring the police.
P Cllr Sercombe asked whether the police would attend the carnival committee’s safety meeting. PC Penwarden replied that he would go himself. The Town Mayor thanked PC Penwarden for his report.
R 05.618 | <b>Report of County Councillor</b> County Cllr Mrs J Widgery reported that the County had agreed to resurface the lower end of Brook Road in July and that the consultation on school transport charges would close on 12 May.
R 05.619 | <b>Report of District Councillor</b> District Cllr P Ashplant reported that the District Council had agreed its parking charges for the summer, which would rise by 10p an hour. In answer to a question from Cllr Mrs Trist, he said that the free parking for residents on Sundays would continue.
R 05.620 | <b>Bowling Club – Request for Grant</b> The Club had asked for help with the cost of a new mower. Cllr Hext, having declared an interest, left the Chamber. It was proposed by Cllr Pengelly and seconded by Cllr Mudge that a grant of £400 be made. Cllr Mrs Luxton felt that £250 would be more in keeping with other grants. On being put to the vote the proposal was carried, 5 voting for and 1 against. Cllr Hext returned to the Chamber.
R 05.621 | <b>Questions by Members (Standing Order 9)</b> Cllr Mrs Northcott asked the Town Mayor whether the town sign at the western entrance would be replaced before the summer. The Town Mayor replied that the new sign was being made and would be up by the end of May. Cllr Mudge asked when the Christmas lights account would be settled; the Clerk replied that the final invoice had been paid on 12 April.
R 05.622 | <b>Town Design Statement – request for a donation</b> The Design Statement Group had asked for help with the printing of the Town Design Statement. RESOLVED that a donation of £150 be made to the Group towards printing costs.
R 05.623 | <b>Annual Town Meeting</b> It was agreed that the Annual Town Meeting be held on Monday 15 May 2006 at 7pm in the Public Hall.
R 05.624 | <b>Correspondence</b> The list of correspondence was noted.
S 8
P There being no further business the Town Mayor closed the meeting at 8.47pm.
S 16
P Signed …………………………………… Town Mayor          Date ……………………
